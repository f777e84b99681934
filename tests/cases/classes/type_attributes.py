# A class's special attributes as data descriptors of type: __name__, __qualname__,
# __module__, __doc__, __bases__, __abstractmethods__, __flags__; a metaclass's mro();
# __class__ and __dict__ assignment.
import abc


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    "doc"

C.__name__ = "D"
C.__qualname__ = "Outer.D"
C.__module__ = "mod"
C.__doc__ = "new doc"
print(C, C.__name__, C.__qualname__, C.__module__, C.__doc__)
show("name int", lambda: setattr(C, "__name__", 1))
show("qualname int", lambda: setattr(C, "__qualname__", 1))
show("name nul", lambda: setattr(C, "__name__", "a\0b"))
show("del name", lambda: delattr(C, "__name__"))
show("list name", lambda: setattr(list, "__name__", "x"))
show("doc set", lambda: type.__dict__["__doc__"].__set__(list, "blah"))
show("doc del", lambda: type.__dict__["__doc__"].__delete__(C))
print(type(type.__dict__["__name__"]).__name__, object.__getattribute__(int, "__bases__"))
print(type.__dict__["__bases__"].__get__(bool), type.__doc__.splitlines()[0])

# __abstractmethods__ and instantiating an abstract class
class Base(abc.ABC):
    @abc.abstractmethod
    def g(self): ...
    @abc.abstractmethod
    def f(self): ...

show("abstract", lambda: Base())
print(sorted(Base.__abstractmethods__), bool(Base.__flags__ & (1 << 20)))

class Impl(Base):
    def f(self): ...
show("one left", lambda: Impl())

class Plain:
    pass
Plain.__abstractmethods__ = frozenset({"x"})
show("set abstract", lambda: Plain())
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
show("del again", lambda: delattr(Plain, "__abstractmethods__"))
show("type's own", lambda: type.__abstractmethods__)
print(bool(int.__flags__ & (1 << 8)), bool(Plain.__flags__ & (1 << 9)))

# __bases__ assignment recomputes the MRO of the class and its subclasses
class X:
    def m(self): return "X"
class Y:
    def m(self): return "Y"
class Z(X):
    pass
class W(Z):
    pass
w = W()
print(w.m())
Z.__bases__ = (Y,)
print(w.m(), [k.__name__ for k in W.__mro__], Y.__subclasses__() == [Z], X.__subclasses__())
show("empty", lambda: setattr(Z, "__bases__", ()))
show("not tuple", lambda: setattr(Z, "__bases__", [Y]))
show("not class", lambda: setattr(Z, "__bases__", (1,)))
show("cycle", lambda: setattr(Z, "__bases__", (W,)))
show("layout", lambda: setattr(Z, "__bases__", (int,)))
show("builtin", lambda: setattr(int, "__bases__", (object,)))
class P:
    pass
class Q(P):
    pass
show("duplicate", lambda: setattr(Q, "__bases__", (P, Y, P)))

# a metaclass's mro()
class Meta(type):
    def mro(cls):
        seen.append(cls.__name__)
        return [cls, object] if cls.__name__ == "Short" else super().mro()
seen = []
class Long:
    def hello(self): return "hi"
class Short(Long, metaclass=Meta):
    pass
print(seen, [k.__name__ for k in Short.__mro__], hasattr(Short, "hello"))

class BadMeta(type):
    def mro(cls):
        return [cls, 1]
show("non-class", lambda: BadMeta("Bad", (), {}))

class ClassCell(type):
    def mro(cls):
        cls.__dict__["f"]()
        return super().mro()
got = []
class UsesCell(metaclass=ClassCell):
    def f():
        got.append(__class__)
print(got == [UsesCell])

# __class__ assignment checks the layout; __dict__ may be deleted
class S1:
    __slots__ = ["a", "b"]
class S2:
    __slots__ = ["b", "a"]
class S3:
    __slots__ = ["a"]
s = S1()
s.__class__ = S2
print(type(s).__name__)
show("slots differ", lambda: setattr(S1(), "__class__", S3))
show("dict differs", lambda: setattr(S1(), "__class__", X))
o = X()
o.attr = 1
del o.__dict__
print(o.__dict__)
o.other = 2
print(o.__dict__)
show("dict list", lambda: setattr(o, "__dict__", []))
