# __class__ can move an object between a builtin type with its own __dict__ (module) and a
# class statement's subclass of it: the subclass adds no __dict__ of its own, so the layouts match.
import types

class SubType(types.ModuleType):
    a = 1

m = types.ModuleType("m")
m.x = 5
m.__class__ = SubType
print(type(m).__name__, m.a, m.x, m.__dict__["x"])
m.__class__ = types.ModuleType
print(type(m).__name__, hasattr(m, "a"), m.x)

class WithSlot(types.ModuleType):
    __slots__ = ("s",)
try:
    m.__class__ = WithSlot
except TypeError as e:
    print("TypeError:", e)

# Builtin immutable instances refuse __class__ assignment whatever the layout.
class MyInt(int):
    __slots__ = ()
try:
    (1).__class__ = MyInt
except TypeError as e:
    print("TypeError:", e)
