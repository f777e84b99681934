# __complex__ is looked up through the descriptor protocol; a custom mro() that leaves the
# class out fails at super(cls, cls) in __init_subclass__; slot wrappers from the wrong class
# raise; exception instances' __dict__ cannot be deleted, also through a subclass.
class SpecialDescr:
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        print('get', self.impl.__name__)
        return self.impl.__get__(obj, owner)
def complex_num(self): return 1j
class X: __complex__ = SpecialDescr(complex_num)
print(complex(X()))
class Err(Exception): pass
class ErrDescr:
    def __get__(self, obj, owner): raise Err('from descriptor')
class Y: __complex__ = ErrDescr()
try:
    complex(Y())
except Err as e:
    print('Err:', e)

class B: pass
class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M): pass
except TypeError as e:
    print('TypeError:', e)
class P:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class Q(P, flag=1): pass

class W(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
w = W()
for op in (lambda: w == w, lambda: w + w):
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)

class Base: pass
class Exception1(Exception, Base): pass
for e in (ValueError(), Exception1()):
    e.__dict__ = {'a': 1}
    print(e.a)
    try:
        del e.__dict__
    except TypeError as x:
        print('TypeError:', x)
import types
class SubType(types.ModuleType): pass
m = types.ModuleType('m')
for target in (int, B):
    try:
        m.__class__ = target
    except TypeError as e:
        print('TypeError:', e)
