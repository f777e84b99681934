def f():
    pass

def g(a, b=1, *, c, d=2, **kw):
    return a

def h(*args, **kwargs):
    return

def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
    yield from range(3)

def outer():
    global counter
    counter = counter + 1
    return f(1, 2, key=3, *rest, **extra)

result = g(1, c=3)
