a = b if c else 3 if d
