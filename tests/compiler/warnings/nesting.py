def g():
    x is 1
    try:
        pass
    finally:
        def h():
            x is 2
            return 3
        lambda: x is 4
        class C:
            x is 5
        [y for y in x if y is 6]
        while x:
            try:
                break
            finally:
                x is 7
    if x is 8: pass
    while x is 9: pass
    while not (x is 10 and x is 11 or x is 12): pass
    y = x is 13 if x is 14 else x is 15
    assert x is 16
    assert not (x is not 17)
    x = (1 is x < 2) if 3 > x is 4 else 5
