s = 'abc\'
