# A class's __module__ may hold any object (namedtuple's module= takes a module object).
import collections
import types

NT = collections.namedtuple("NT", ["x", "y"], module=collections)
print(NT.__module__ is collections)
NT2 = collections.namedtuple("NT2", "a", module="somewhere")
print(NT2.__module__, repr(NT2(1)))

class C:
    pass
C.__module__ = 42
print(C.__module__)
ns = {}
exec("X = type('X', (), {})", ns)
try:
    ns["X"].__module__
except AttributeError as e:
    print("AttributeError:", e)
print(int.__module__, types.FunctionType.__module__)
