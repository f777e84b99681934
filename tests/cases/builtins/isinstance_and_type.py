# isinstance and type.
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
print(isinstance(d, Derived), isinstance(d, Base), isinstance(d, object))
print(isinstance(Base(), Derived), isinstance(3, (str, int)), isinstance("s", (list, tuple)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, float), isinstance(1, float))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(None), type(range(1)))
print(type(d), type(Base), type(type), type(len), type(isinstance))
def f():
    pass
print(type(f), type(d) is Derived, type(d) == Base, type(True) is bool)
print(type(1) is int, type(2 ** 100) is int, type(5 / 1) is float)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(range(0), range))
print(isinstance(None, type(None)), isinstance(int, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
