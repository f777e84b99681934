x = 5 not in
