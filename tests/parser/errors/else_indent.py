if x:
    pass
    else:
