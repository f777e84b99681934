# Reading and writing __slots__ attributes at the same sites many times (the sites cache where
# the slot is), while the classes and instances change under them: an unset or deleted slot, a
# subclass with more slots and a dict, __class__ switched between compatible classes, a slot
# member borrowed by another class, and the class attribute replaced after the sites ran.
class A:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class B(A):
    __slots__ = ('z',)


class D(A):
    pass


class A2:
    __slots__ = ('x', 'y')


class Borrower:
    x = A.x


def get(o):
    return o.x


def put(o, v):
    o.x = v


def run(label, f, *args):
    try:
        print(label, f(*args))
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


a, b, d = A(1, 2), B(3, 4), D(5, 6)
b.z = 7
d.w = 8
total = 0
for i in range(200):
    for o in (a, b, d):
        put(o, get(o) + i)
        total += get(o)
print(total, a.x, b.x, d.x, b.z, d.w, d.__dict__)

e = A.__new__(A)
run('unset', get, e)
for i in range(100):
    put(e, i)
run('set', get, e)
del e.x
run('deleted', get, e)
try:
    del e.x
except AttributeError as exc:
    print('delete again', exc)

for i in range(100):
    try:
        get(Borrower())
    except TypeError as exc:
        last = str(exc)
print('borrowed', last)
run('borrowed put', put, Borrower(), 1)

c = A(10, 20)
for i in range(100):
    get(c)
c.__class__ = A2
run('switched', get, c)
put(c, 11)
print(type(c).__name__, c.x, A2.x.__get__(c), c.y)

A.x = property(lambda self: 'property', lambda self, v: print('setter', v))
run('property', get, a)
run('property subclass', get, b)
put(a, 99)
del A.x
run('class attr removed', get, a)
