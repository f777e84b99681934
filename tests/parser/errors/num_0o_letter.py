x = 0oz
