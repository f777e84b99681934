# A class call that enters a plain Python __init__ in the eval loop (CPython's
# CALL_ALLOC_AND_ENTER_INIT) behaves as type_call: arguments of every kind, __init__
# returning something other than None, bad arguments, the caller's frame, an __init__
# that raises (the instance dies at once), generator __init__, abstract classes, a
# metaclass __call__, __init__ or __new__ replaced on the class or a base, __slots__.
import sys, gc, weakref
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z
p = P(1); print(vars(p))
p = P(1, z=5); print(vars(p))
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print("TypeError:", e)
class Bad:
    def __init__(self, a): pass
try: Bad()
except TypeError as e: print("TypeError:", e)
class D:
    def __init__(self): self.f = sys._getframe(1).f_code.co_name
    def __del__(self): print("del D")
def caller(): return D().f
print(caller())
class Raise:
    def __init__(self): raise ValueError("no")
    def __del__(self): print("del Raise")
try: Raise()
except ValueError as e: print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
class G:
    def __init__(self): yield 1
try: G()
except TypeError as e: print("TypeError:", e)
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
    def __init__(self): pass
try: A()
except TypeError as e: print("TypeError:", e)
class B(A):
    def m(self): return 1
print(B().m())
class Meta(type):
    def __call__(cls, *a): print("meta call", a); return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, v): self.v = v
print(M(4).v)
class C1:
    def __init__(self): self.v = 1
c = C1(); C1.__init__ = lambda self: setattr(self, 'v', 2); print(C1().v)
def new_init(self): self.v = 3
C1.__init__ = new_init; print(C1().v)
class Sub(C1): pass
print(Sub().v)
C1.__new__ = lambda cls: 42
print(Sub())
class K:
    def __init__(self, **kw): self.kw = kw
print(K(a=1, b=2).kw)
class Slots:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(Slots(9).a)
r = []
class W:
    def __init__(self): r.append(weakref.ref(self))
w = W(); print(r[0]() is w); del w; print(r[0]())
