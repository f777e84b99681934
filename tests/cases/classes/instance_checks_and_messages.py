# isinstance/issubclass through __class__ and __bases__ (type.__instancecheck__), __prepare__ results,
# type.__new__ argument counts, object.__init__ messages, method-wrapper equality.
class Proxy:
    def __init__(self, o): self._o = o
    @property
    def __class__(self): return self._o.__class__
class C: pass
print(isinstance(Proxy(C()), C), isinstance(Proxy(1), int), isinstance(1, C))
class FakeCls:
    __bases__ = ()
class FakeSub:
    __bases__ = (FakeCls(),)
print(issubclass(C, (int, C)), type.__instancecheck__(C, C()), type.__subclasscheck__(object, C))
class BadMeta(type):
    @classmethod
    def __prepare__(*a): return None
try:
    class Foo(metaclass=BadMeta): pass
except TypeError as e: print(e)
class M(type): pass
try: M(5)
except TypeError as e: print(e)
try: type(1, 2)
except TypeError as e: print(e)
class D: pass
try: D().__init__(42)
except TypeError as e: print(e)
l = []
print(l.__add__ == l.__add__, l.__add__ == [].__add__, hash(l.__add__) == hash(l.__add__))
import abc
class A(abc.ABC): pass
print(isinstance(A, abc.ABCMeta), issubclass(int, A))
try: isinstance(1, 1)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
