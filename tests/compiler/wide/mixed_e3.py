def f():
    x = 1
    def g():
        nonlocal x
        del x
    global y
    y = [x for x in range(3)]
    return g
def h():
    try:
        return 1
    except:
        return 2
    else:
        return 3
    finally:
        return 4
def k(a, b):
    return a if a < b else b
def big():
    return {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12, 'm': 13, 'n': 14, 'o': 15, 'p': 16, 'q': 17}
def calls(o):
    o.a.b.c(1)(2)[3].d = 4
    super().f()
    o.m(*[1])
    o.m(**{})
    return o.x(
        1,
        2,
    )
class C:
    def f(self):
        super().f()
        return super(C, self).g
lam = lambda x, *y, z=1, **w: (x, y, z, w)
gen = (x for x in range(3) for y in range(x))
