def f(a, a): pass
x = (yield)
