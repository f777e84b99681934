# Instances of subclasses of builtin types get a __dict__ and, where CPython gives one,
# weak reference support (type_new adds tp_dictoffset / tp_weaklistoffset).
import gc
import _weakref


class D(dict): pass
class L(list): pass
class S(str): pass
class I(int): pass
class T(tuple): pass
class B(bytes): pass
class F(float): pass
class C(complex): pass
class St(set): pass
class Fs(frozenset): pass
class Ba(bytearray): pass

for cls, arg in ((D, {'k': 1}), (L, [1, 2]), (S, 'abc'), (I, 7), (T, (1, 2)), (B, b'xy'),
                 (F, 1.5), (C, 2j), (St, {1}), (Fs, {2}), (Ba, b'q')):
    o = cls(arg)
    o.tag = cls.__name__.lower()
    o.n = 1
    o.n += 1
    print(cls.__name__, repr(o), o.tag, o.n, sorted(o.__dict__.items()), vars(o) is o.__dict__)
    print(' ', '__dict__' in cls.__dict__, '__weakref__' in cls.__dict__, 'tag' in dir(o))
    try:
        r = _weakref.ref(o)
        print('  weakref ok', r() is o, _weakref.getweakrefcount(o))
    except TypeError as e:
        print('  TypeError:', e)
    del o.tag
    try:
        o.tag
    except AttributeError as e:
        print('  AttributeError:', e)

# The value of the builtin is untouched by the attributes.
s = S('hello')
s.extra = [1]
print(s.upper(), len(s), s == 'hello', hash(s) == hash('hello'))
i = I(41)
i.note = 'x'
print(i + 1, i.note, type(i + 1).__name__)

# __dict__ can be replaced, and a subclass of a subclass shares the mechanism.
class DD(D): pass
dd = DD(a=1)
dd.x = 1
dd.__dict__ = {'y': 2}
print(dd, dd.y, hasattr(dd, 'x'))
try:
    dd.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)

# __slots__ on such subclasses: no __dict__, the slots hold the values.
class DS(dict):
    __slots__ = ('a', 'b')
d = DS(k=2)
d.a = 1
print(d, d.a, hasattr(d, '__dict__'))
try:
    d.c = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    d.b
except AttributeError as e:
    print('AttributeError:', e)
class DS2(DS):
    __slots__ = ('c',)
d2 = DS2()
d2.a, d2.c = 'A', 'C'
print(d2.a, d2.c)
class LS(list):
    __slots__ = ('__weakref__',)
ls = LS([3])
print(_weakref.ref(ls)() is ls, hasattr(ls, '__dict__'))
class SS(str):
    __slots__ = ()
try:
    SS('x').y = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    class IS(int):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)

# The dict and the slots take part in cycles, and die with the instance.
dead = []
class Cyc(list): pass
c = Cyc()
c.me = c
c.slot_cycle = [c]
r = _weakref.ref(c, lambda ref: dead.append('list subclass'))
del c
gc.collect()
print(dead)
class Cyc2(dict):
    __slots__ = ('other', '__weakref__')
c = Cyc2()
c.other = c
r = _weakref.ref(c, lambda ref: dead.append('dict subclass with slots'))
del c
gc.collect()
print(dead)

class Marker:
    def __del__(self):
        print('marker released')
s = S('v')
s.m = Marker()
del s
print('after del')
