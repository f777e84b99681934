# property, classmethod, staticmethod and bound methods as CPython's object model has them.
import types


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# property: the getter's doc, __name__, __isabstractmethod__, read-only members, messages
class C:
    @property
    def x(self):
        "the x doc"
        return 1

    @x.setter
    def x(self, v):
        pass

    y = property(doc="explicit")

print(C.x.__doc__, C.x.__name__, C.x.__isabstractmethod__)
show("y.__name__", lambda: C.y.__name__)
C.y.__doc__ = "changed"
print(C.y.__doc__)
show("set fget", lambda: setattr(C.x, "fget", None))
show("get y", lambda: C().y)
show("set y", lambda: setattr(C(), "y", 1))
show("del y", lambda: delattr(C(), "y"))
show("set_name args", lambda: C.x.__set_name__())
p = property(lambda self: 1)
p.__set_name__(C, "named")
print(p.__name__, p.getter(lambda self: 2).__name__)


class SubProp(property):
    "subclass doc"

sp = SubProp(lambda self: 1, doc="given")
print(sp.__doc__, SubProp(lambda self: 1).__doc__)


def documented(self):
    "getter doc"
print(SubProp(documented).__doc__, SubProp(documented).setter(lambda s, v: None).__doc__)


class Slotted(property):
    __slots__ = ()
print(Slotted(lambda self: 1, doc="dropped").__doc__)
show("slotted getter doc", lambda: Slotted(documented))


class Abstract:
    def f(self):
        pass
    f.__isabstractmethod__ = True
print(property(Abstract.f).__isabstractmethod__, property(None, Abstract.f).__isabstractmethod__)

# staticmethod and classmethod: __init__, repr, the wrapped callable's identity, annotations
def func(a: int) -> str:
    "func doc"

sm = staticmethod(func)
cm = classmethod(func)
print(repr(sm)[:26], repr(cm)[:25], sm.__name__, cm.__qualname__, sm.__doc__, cm.__module__)
print(sm.__annotations__, "__annotations__" in sm.__dict__)
sm.__annotations__ = {"new": 1}
print(sm.__annotations__, func.__annotations__)
del sm.__annotations__
print(sm.__annotations__)
show("del again", lambda: delattr(cm, "__annotations__") or delattr(cm, "__annotations__"))
print(sm.__isabstractmethod__, staticmethod(Abstract.f).__isabstractmethod__)
print(staticmethod(None).__dict__ == {"__doc__": None.__doc__})
show("staticmethod()", lambda: staticmethod())
show("classmethod kw", lambda: classmethod(f=func))


class MySM(staticmethod):
    def __init__(self, f):
        pass
print(MySM(func).__func__, MySM(func).__wrapped__)


class New:
    @classmethod
    def __new__(*args):
        return args
print(New(1, 2) == (New, New, 1, 2))

# bound methods: types.MethodType, repr from __qualname__ / __name__, __doc__
class Callable:
    def __call__(self, x):
        return x

m = types.MethodType(Callable(), 5)
print(m(), repr(m).startswith("<bound method ? of 5"))
Callable.__name__ = "renamed"
obj = Callable()
obj.__name__ = "nm"
print(repr(types.MethodType(obj, 5)))
obj.__qualname__ = "qn"
print(repr(types.MethodType(obj, 5)))
print(types.MethodType(func, 1).__doc__)
show("MethodType(None)", lambda: types.MethodType(func, None))
show("MethodType(1, 2)", lambda: types.MethodType(1, 2))
show("MethodType(f)", lambda: types.MethodType(func))
print(types.MethodType.__doc__)
print([].append == [].append, len.__self__ is not None, (a := []).append == a.append)
