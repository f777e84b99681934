# dir() through __dir__ (object, type, module), __doc__ in builtin types' dicts, the
# __module__ of builtin functions, function __dict__ / __annotate__, cell objects, super's members.
import math
import sys
import types


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# __doc__: every builtin type's dict has it, so its instances see it
print("__doc__" in int.__dict__, (1).__doc__ == int.__doc__, [].__doc__ == list.__doc__)
print(None.__doc__ == type(None).__doc__)
class E(int):
    pass
print(E.__doc__, E(1).__doc__)

# __module__ of builtin functions: the module's name; None for bound methods of objects
print(len.__module__, math.sqrt.__module__, sys.getrecursionlimit.__module__, [].append.__module__)
f = math.floor
f.__module__ = "elsewhere"
print(math.floor.__module__, type(len).__dict__["__module__"].__class__.__name__)

# dir(): object.__dir__ merges the instance dict with the class and its bases
class A:
    a = 1
    def meth(self):
        pass
class B(A):
    b = 2
obj = B()
obj.c = 3
print([n for n in dir(obj) if not n.startswith("__")], "__dir__" in dir(object))
print([n for n in dir(B) if not n.startswith("__")], "mro" in dir(B), "mro" in dir(type))
print(object.__dir__(obj) is not None, sorted(type.__dir__(B)) == dir(B))
B.meth.known = 7
print("known" in dir(B().meth))
class Custom:
    def __dir__(self):
        return ["z", "a"]
print(dir(Custom()))
class NoDir:
    __dir__ = None
show("None __dir__", lambda: dir(NoDir()))
m = types.ModuleType("m")
m.x = 1
print(dir(m))
m.__dir__ = lambda: ["only"]
print(dir(m))
print(dir(5) == dir(int), "__class__" in dir(5))

# function __dict__ and __annotate__
def g(x: int):
    pass
g.__dict__ = {"k": 1}
print(g.k)
show("del dict", lambda: delattr(g, "__dict__"))
show("dict None", lambda: setattr(g, "__dict__", None))
print(callable(g.__annotate__), g.__annotations__)
g.__annotate__ = None
print(g.__annotate__, g.__annotations__)
g.__annotate__ = lambda fmt: {"r": fmt}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__, g.__annotate__)
show("annotate int", lambda: setattr(g, "__annotate__", 1))
show("del annotate", lambda: delattr(g, "__annotate__"))
show("annotations list", lambda: setattr(g, "__annotations__", []))
g.__annotate__ = lambda fmt: 5
show("non-dict", lambda: g.__annotations__)

# cells
c1, c2, empty = types.CellType(1), types.CellType(2), types.CellType()
print(c1 < c2, c1 == types.CellType(1), empty < c1, empty == types.CellType(), c1 > empty)
show("empty contents", lambda: empty.cell_contents)
show("cell kw", lambda: types.CellType(contents=1))
show("cell 2", lambda: types.CellType(1, 2))

# super: its members, binding, proxies, and type.__prepare__
class Base:
    def who(self):
        return "Base"
class Derived(Base):
    def who(self):
        return "Derived+" + super().who()
d = Derived()
s = super(Derived, d)
print(s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__, s.who())
u = super(Derived)
print(u.__self__, u.__self_class__, u.__get__(d).who(), u.__get__(None, Derived) is u)
class Proxy:
    def __init__(self, target):
        self.__target = target
    @property
    def __class__(self):
        return self.__target.__class__
print(super(Derived, Proxy(d)).who.__self__.__class__.__name__)
show("super 3", lambda: super(int, int, int))
show("super kind", lambda: super(Derived, 1))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["prepared"] = True
        return ns
class Prep(metaclass=Meta):
    pass
print(Prep.prepared, type.__prepare__("x", ()), type.__prepare__())
class DropCell(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class NoCell(metaclass=DropCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError", str(e).split(" as ")[0])
