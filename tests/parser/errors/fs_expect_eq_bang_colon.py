f'{a b'
