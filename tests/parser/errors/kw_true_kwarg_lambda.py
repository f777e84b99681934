f = lambda True: 1
