s = 'a' 'b
