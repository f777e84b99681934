# A class's __dict__ descriptor defers to a builtin base's (type: read-only); a rich comparison
# dunder that fails to bind (a raising property) answers NotImplemented.
class Base: pass
class Meta1(type, Base): pass
class D(metaclass=Meta1): pass
dd = Base.__dict__["__dict__"]
for v in ({}, None):
    try:
        dd.__set__(D, v) if v is not None else dd.__delete__(D)
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
print(type(dd.__get__(D, type(D))).__name__)
import types
class M(types.ModuleType, Base): pass
m = M('m')
print(type(dd.__get__(m)).__name__)


class E:
    __eq__ = property(lambda self: (_ for _ in ()).throw(AttributeError("booh")))
e = E()
print(e == e, E() == E(), E() != E())
