# __slots__: member descriptors, no __dict__/__weakref__ unless listed, errors, layouts
import sys
class A:
    __slots__ = ('a', 'b')
x = A()
print(hasattr(x, '__dict__'), hasattr(x, '__weakref__'))
print(type(A.a).__name__, repr(A.a), A.a.__name__, A.a.__qualname__, A.a.__objclass__ is A, A.a.__doc__)
x.a = 1
print(x.a)
try: x.b
except AttributeError as e: print(type(e).__name__, e)
try: del x.b
except AttributeError as e: print(type(e).__name__, e)
try: x.c = 3
except AttributeError as e: print(type(e).__name__, e)
try: x.c
except AttributeError as e: print(type(e).__name__, e)
del x.a
try: x.a
except AttributeError as e: print(type(e).__name__, e)
import _weakref
try: _weakref.ref(x)
except TypeError as e: print(e)
try: A.a.__get__(5)
except TypeError as e: print(e)
try: A.a.__set__(5, 1)
except TypeError as e: print(e)
print(A.a.__get__(None, A) is A.a)
print(A.__slots__, sorted(k for k in A.__dict__ if not k.startswith('__') or k in ('__slots__',)))
class B(A):
    __slots__ = ['__dict__', 'c']
b = B(); b.z = 9; b.c = 2; b.a = 1
print(b.__dict__, b.c, b.a, hasattr(b, '__weakref__'))
class W:
    __slots__ = '__weakref__'
w = W(); r = _weakref.ref(w); print(r() is w, W.__slots__)
class Dd:
    __slots__ = {'p': 'doc of p', 'q': None}
print(Dd.p.__doc__, Dd.q.__doc__, Dd.__slots__)
class P:
    __slots__ = ('__priv', '_x')
    def set(self): self.__priv = 5; return self.__priv
print(P().set(), sorted(k for k in P.__dict__ if 'priv' in k or k == '_x'))
for body in ("__slots__ = ('a',)\n    a = 1", "__slots__ = ('__dict__', '__dict__')", "__slots__ = (1,)",
             "__slots__ = ('a b',)", "__slots__ = ('__weakref__', '__weakref__')", "__slots__ = 3",
             "__slots__ = ('x', 'x')"):
    try:
        exec("class T:\n    " + body)
        print("ok", body)
    except Exception as e: print(type(e).__name__, e)
for base in (int, tuple, bytes):
    try:
        class S(base): __slots__ = ('x',)
        print(base.__name__, 'ok', hasattr(S(), '__dict__'))
    except TypeError as e: print(e)
class IE(int): __slots__ = ()
print(hasattr(IE(), '__dict__'))
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
try:
    class S3(S1, S2): pass
except TypeError as e: print(e)
class S4(S1): pass
s4 = S4(); s4.a = 1; s4.q = 2; print(s4.__dict__, s4.a)
class E: __slots__ = ()
class F(E, S1): pass
print(F.__mro__[1].__name__)
try:
    class G(A): __slots__ = ('__weakref__', '__weakref__')
except TypeError as e: print(e)
class H(B): __slots__ = ('__dict__',) if False else ()
try:
    class I(B): __slots__ = ('__dict__',)
except TypeError as e: print(e)
class WW(W):
    __slots__ = ()
try:
    class WX(W): __slots__ = ('__weakref__',)
except TypeError as e: print(e)
print(A.a.__set__(x, 7), x.a)
try: A.__dict__['a'].__delete__(x); A.a.__delete__(x)
except AttributeError as e: print(e)
class M: __slots__ = ('m',)
m = M()
try: print(M.__dict__['__dict__'])
except KeyError as e: print('KeyError', e)
import gc
class Node:
    __slots__ = ('other', '__weakref__')
n1, n2 = Node(), Node(); n1.other = n2; n2.other = n1
r = _weakref.ref(n1); del n1, n2; gc.collect(); print(r())
class Big:
    __slots__ = tuple('s%d' % i for i in range(5))
    def __init__(self): self.s0 = self.s4 = 'v'
bg = Big(); print(bg.s0, bg.s4, hasattr(bg, 's2'))
