import typing, types
from typing import Union, TypeVar, Literal
print(repr(Union[1]), Union[1, 2])
u2 = Union[int, list[int]]
try: print(isinstance("", u2))
except Exception as e: print(type(e).__name__, e)
try: print(issubclass(str, u2))
except Exception as e: print(type(e).__name__, e)
try: print(isinstance("", Union[int, 1]))
except Exception as e: print(type(e).__name__, e)
u = int | str
try: hash(Union[int, Literal[[1]]])
except Exception as e: print(type(e).__name__, e)
print(Union[int, str] | None, None | int, int | None)
print(typing.Optional[int], typing.get_origin(int | str), typing.get_args(int | str))
import pickle; print(pickle.loads(pickle.dumps(int | str)))
print(repr(types.UnionType.__doc__))
print(Union.__mro__)
print(u == 5, u != 5, u.__eq__(5))
T = TypeVar('T')
print(repr(Union[int, "str"]), repr(Union[T, "str"]))
print(Union[int, "str"] == Union["str", int], Union[T, int][str])
print(u.__origin__ is Union)
print(Union.__getitem__)
print(Union[int, str][()] if False else '')
try: u[int]
except Exception as e: print(type(e).__name__, e)
print(Union[int, Literal[[1]]].__args__)
try: print(Union[int, Literal[[1]]] == Union[Literal[[1]], int])
except Exception as e: print(type(e).__name__, e)
print(Union[list[int], list[int]], Union[int, bool], Union[Literal[1], Literal[True]])
print(typing.List[int] | None, int | typing.List[int], typing.Any | int)
try: print(int | 1)
except Exception as e: print(type(e).__name__, e)
try: print(1 | int)
except Exception as e: print(type(e).__name__, e)
def f(): pass
try: print(int | f)
except Exception as e: print(type(e).__name__, e)
NT = typing.NewType('NT', int)
print(int | NT, NT | int)
type A = int
print(A | int, int | A)
print(u.__parameters__, Union[T, int].__parameters__)
print(copy := __import__('copy').copy(u), __import__('copy').deepcopy(u))
print(Union[int, str].__args__ is not None, u.__name__)
try: u.__name__ = 'x'
except Exception as e: print(type(e).__name__, e)
try: u.foo = 'x'
except Exception as e: print(type(e).__name__, e)
try: Union.__origin__
except Exception as e: print(type(e).__name__, e)
try: Union()
except Exception as e: print(type(e).__name__, e)
try:
    class X(Union): pass
except Exception as e: print(type(e).__name__, e)
try:
    class X(int | str): pass
except Exception as e: print(type(e).__name__, e)
print(Union.__name__, Union.__qualname__, Union.__module__, u.__module__, sorted(set(dir(u)) - set(dir(object))))
print(typing.Union is types.UnionType, type(int | str) is Union, Union[int, str] is not Union[int, str])
try: Union[()]
except Exception as e: print(type(e).__name__, e)
print(Union[int, Union[str, bytes]], (int | str) | (bytes | int), Union[int, None].__args__)
print(isinstance(None, int | None), isinstance(3.0, int | str), issubclass(int, int | str))
try: issubclass(1, int | str)
except Exception as e: print(type(e).__name__, e)
print(list[int | str], list[int | str][()] if False else '', dict[str, T | None][int])

# typing caches subscriptions (lru_cache, up to 128 per form); empty the caches so that the
# leak hunter, which reruns this file, finds no growth.
for clear in typing._cleanups: clear()
