[x for x]
