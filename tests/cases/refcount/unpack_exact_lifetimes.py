# UNPACK_SEQUENCE of an exact tuple or list: the targets hold new references, the sequence
# dies when its last reference goes, at once.
import sys
import weakref


class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


def f():
    t = (Obj('a'), Obj('b'))
    x, y = t
    print('unpacked', x.name, y.name)
    del t
    print('tuple gone')
    x = None
    print('x dropped')
    y = None
    print('y dropped')
    l = [Obj('c'), Obj('d'), Obj('e')]
    p, q, r = l
    l.clear()
    print('list cleared', p.name, q.name, r.name)
    p, q, r = [Obj('f'), Obj('g'), Obj('h')]
    print('replaced')


f()
print('after f')
o = object()
before = sys.getrefcount(o)
for _ in range(1000):
    a, b = (o, o)
    a, b = [o, o]
del a, b
print(sys.getrefcount(o) - before)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b = [1]
except ValueError as e:
    print(e)
