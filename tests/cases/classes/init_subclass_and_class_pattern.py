# class keywords reach __init_subclass__; a class pattern honours a metaclass's __instancecheck__
class A:
    def __init_subclass__(cls, **kw): print(cls.__name__, kw)
class B(A, x=1, y=2): pass
class M(type):
    def __new__(m, n, b, ns, **kw): print('meta kw', kw); return super().__new__(m, n, b, ns, **kw)
class C(A, metaclass=M, z=3): pass
T = type('T', (A,), {}, q=5)
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class Any(metaclass=Meta): pass
for v in (42, 'x'):
    match v:
        case Any(): print('Any matched', v)
        case _: print('no match', v)
class Bad(type):
    def __instancecheck__(cls, inst): raise ValueError('boom')
class BB(metaclass=Bad): pass
try:
    match 1:
        case BB(): pass
except ValueError as e: print(e)
