if y:
    pass
elif x = 1:
    pass
