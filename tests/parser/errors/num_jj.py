x = 5jj
