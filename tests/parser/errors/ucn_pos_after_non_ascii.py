x = 'é😀\N{FOO}'
