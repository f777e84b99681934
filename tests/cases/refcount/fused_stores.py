# FOR_ITER and UNPACK_SEQUENCE run the STORE_FASTs after them without a dispatch of their own:
# the old values still die in CPython's order, one store after another, and code their
# __del__ runs sees the locals stored so far, the rest not yet.
import gc
import sys


class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        caller = sys._getframe(1)
        seen = {k: v.name for k, v in caller.f_locals.items() if isinstance(v, Obj)}
        print('del', self.name, sorted(seen.items()), gc.collect() >= 0)


def loops():
    x = Obj('x0')
    for x in [Obj('x1'), Obj('x2')]:
        print('body', x.name)
    for x in (Obj('t1'), Obj('t2')):
        print('body', x.name)
    for i in range(3):
        print('range', i)
    for k, v in {1: Obj('v1'), 2: Obj('v2')}.items():
        print('item', k, v.name)
    x = k = v = None
    print('loops done')


def unpacking():
    a, b, c = Obj('a0'), Obj('b0'), Obj('c0')
    t = (Obj('a1'), Obj('b1'), Obj('c1'))
    a, b, c = t
    del t
    print('stored', a.name, b.name, c.name)
    a, b, c = [Obj('a2'), Obj('b2'), Obj('c2')]
    print('stored from a list', a.name, b.name, c.name)

    class Box:
        pass
    box = Box()
    a, box.attr, c = (Obj('a3'), Obj('attr'), Obj('c3'))   # a store that is no STORE_FAST
    print('partly fused', a.name, box.attr.name, c.name)
    a, *rest = (Obj('a4'), 1, 2)
    (p, q), r = (1, 2), 3
    print('starred and nested', a.name, rest, p, q, r)
    a = b = c = box = None
    print('unpacking done')


def many_locals():
    # Locals past 15 are stored by plain STORE_FASTs (STORE_FAST_STORE_FAST packs two 4-bit indexes).
    l0 = l1 = l2 = l3 = l4 = l5 = l6 = l7 = l8 = l9 = l10 = l11 = l12 = l13 = l14 = l15 = 0
    l16, l17, l0, l18 = (16, 17, 'zero', 18)
    print(l0, l16, l17, l18)


def repeated():
    o = object()
    before = sys.getrefcount(o)
    for _ in range(1000):
        a, b = (o, o)
        for c in (o, o):
            pass
    del a, b, c
    print('leaked', sys.getrefcount(o) - before)


def errors():
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        print(e)
    try:
        for a, b in [(1, 2), (3,)]:
            print(a, b)
    except ValueError as e:
        print(e)


loops()
unpacking()
many_locals()
repeated()
errors()
