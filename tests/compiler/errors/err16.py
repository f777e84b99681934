def f():
    [y for x in (y := 1)]
