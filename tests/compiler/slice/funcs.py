def f(a, b=2, *, c=3):
    return a + b + c

def g():
    pass

def h(x, y):
    global counter
    counter = x
    z = x * y
    return z

f(1, c=4)
g()
