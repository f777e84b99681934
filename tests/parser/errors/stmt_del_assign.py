del x = 1
