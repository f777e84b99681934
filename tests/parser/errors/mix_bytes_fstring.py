s = b'a' f'b'
