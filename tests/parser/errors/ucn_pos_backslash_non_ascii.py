x = '\é\N{FOO}'
