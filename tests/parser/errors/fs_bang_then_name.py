f'{a!r b}'
