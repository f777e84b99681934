s = '\xZZ'
