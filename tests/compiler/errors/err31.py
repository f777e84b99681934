def f(a):
    def g():
        nonlocal a
        a: int = 1
