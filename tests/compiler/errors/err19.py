class C:
    [(z := 1) for x in y]
