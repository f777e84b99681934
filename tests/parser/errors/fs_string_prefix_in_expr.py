f'{b"a" "b"}'
