# `__classcell__` and `__qualname__` may be __slots__ names: type.__new__ takes them out of the
# namespace first (the __class__ cell is filled, the qualified name kept), then makes the members.
import types

class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print(attr, "in namespace:", attr in namespace)
        return super().__new__(cls, name, bases, namespace)

class C1:
    def __init__(self):
        self.b = 42

class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()

print(type(C2.__dict__["__classcell__"]) is types.MemberDescriptorType)
c = C2()
print(c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 7
print(c.__classcell__)

try:
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]
except TypeError as e:
    print("TypeError:", e)

class Q1(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]
print(Q1.__qualname__, type(Q1.__dict__["__qualname__"]) is types.MemberDescriptorType)
q = Q1()
q.__qualname__ = "inst"
print(q.__qualname__, Q1.__qualname__)
