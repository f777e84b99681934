lambda a, /, /: 1
