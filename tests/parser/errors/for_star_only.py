for * in x:
    pass
