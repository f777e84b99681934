# types.GenericAlias (list[int]) and the union type (int | str): repr, args, parameters, substitution, equality, isinstance
import sys
a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__, a.__name__)
print(dict[str, list[int]], tuple[()], tuple[int, ...], list[[int, str]])
print(a == list[int], a != list[str], hash(a) == hash(list[int]), a == list)
print(a([1, 2]), type(a((1,))))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
try: a[int]
except TypeError as e: print(e)
print(*iter(tuple[int, ...]), [*tuple[int, str]][0].__unpacked__, a.__unpacked__)
st = next(iter(tuple[int, str]))
print(st, st.__typing_unpacked_tuple_args__, a.__typing_unpacked_tuple_args__)
class B(list[int]): pass
print(B.__mro__, B.__orig_bases__)
GA = type(a)
print(GA(list, int), GA(dict, (str, int)))
print(type[int], frozenset[int], set[str], tuple[int])
class C:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(C[int])
u = int | str
print(u, type(u), u.__args__, type(u).__module__, type(u).__name__)
print(int | None, None | int, int | str | int, (int | str) | (str | float), int | int)
print(u == (str | int), hash(u) == hash(str | int), u == int)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str), isinstance(None, int | None))
print(list[int] | None, int | list[str])
try: int | 3
except TypeError as e: print(e)
print(u.__parameters__)
Union = type(u)
print(Union[int, str], Union[int], Union[int, None])
print(isinstance(3, (int | str, float)))
def f(x: int | None) -> list[int]: pass
print(f.__annotations__)
print(repr(list[int]), repr(GA(list, (sys.modules[__name__].C,))))
class TV:
    def __init__(self, name): self.name = name
    def __typing_subst__(self, arg): return arg
    def __repr__(self): return '~' + self.name
    def __or__(self, o): return Union[self, o]
    def __ror__(self, o): return Union[o, self]
T, K = TV('T'), TV('K')
g = dict[K, list[T]]
print(g, g.__parameters__, g[str, int], list[T][float])
try: g[int]
except TypeError as e: print(e)
try: g[int, str, bytes]
except TypeError as e: print(e)
print((int | T).__parameters__, (int | T)[str], (int | list[T])[bytes])
class Box:
    def __class_getitem__(cls, item): return GA(cls, item)
b = Box[int]()
print(type(b).__name__, b.__orig_class__, Box[int].__name__, list[int].append is list.append)
print(list[int] == GA(list, (int,)), dict[str, int] == dict[str, str], hash(dict[str, int]) == hash(dict[str, int]))
