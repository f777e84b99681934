# *args, **kwargs, keyword-only and positional-only parameters, and unpacking calls.
def f(a, b=2, *args, c=3, **kw):
    print(a, b, args, c, kw)
f(1)
f(1, 5, 6, 7)
f(1, c=9, d=10)
f(a=0, b=1)
def g(x, y, /, z, *, w):
    return x + y + z + w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
args = (1, 2)
kwargs = {"c": 30}
f(*args, **kwargs)
f(*[7, 8, 9])
