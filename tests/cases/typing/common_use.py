from typing import (Protocol, runtime_checkable, NamedTuple, TypedDict, Literal, Annotated,
                    overload, get_type_hints, Optional, Union, Generic, TypeVar, Callable, Any,
                    ClassVar, Final, get_origin, get_args, cast, NewType, Self, Never, Required, NotRequired,
                    ParamSpec, Concatenate, TypeVarTuple, Unpack, Iterator, Sequence, Mapping, TypeGuard, final, no_type_check)
import typing, dataclasses

T = TypeVar('T')
K = TypeVar('K')

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

print(Box[int], Box[int].__origin__, Box[int].__args__, Box.__parameters__, Box.__mro__)
b = Box[int](3)
print(b.get(), b.__orig_class__)

class Pair[A, B]:
    def __init__(self, a: A, b: B): self.a, self.b = a, b
print(Pair, Pair.__type_params__, Pair.__parameters__, Pair[int, str], Pair.__mro__, Pair.__orig_bases__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), Closable.__protocol_attrs__ if hasattr(Closable, '__protocol_attrs__') else '')

class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._asdict(), Point._fields, Point.__annotations__, p._replace(y=5))

class Movie(TypedDict, total=False):
    title: str
    year: Required[int]
m: Movie = {'title': 'x', 'year': 1}
print(Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__, m)

print(Literal[1, 2], Literal[1, 2] == Literal[2, 1], get_args(Literal['a', 'b']))
print(Annotated[int, "meta"], get_args(Annotated[int, "meta"]), Annotated[int, "m"].__metadata__)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), len(typing.get_overloads(f)))

def g(a: int, b: "str" = "", c: Optional[list[int]] = None) -> dict[str, int]: ...
print(get_type_hints(g))
print(get_type_hints(Point), get_type_hints(Movie))
print(get_type_hints(Box.__init__))

@dataclasses.dataclass
class D:
    x: int
    y: list[str] = dataclasses.field(default_factory=list)
    z: ClassVar[int] = 3
    w: "Undefined" = None
print(D(1), dataclasses.fields(D)[1].type, [f.name for f in dataclasses.fields(D)])
print(D.__annotations__ if False else '', typing.get_type_hints(D, localns={'Undefined': int}))

print(Optional[int], Union[int, str, None], Callable[[int, str], bool], Callable[..., int])
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Optional[int]))
print(typing.List[int], typing.Dict[str, int], typing.Tuple[int, ...], typing.Set, typing.Type[int])
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(cast(int, "x"), Any, ClassVar[int], Final[int], Self, Never)
P = ParamSpec('P')
def deco(fn: Callable[P, T]) -> Callable[Concatenate[int, P], T]: ...
print(Callable[P, T], Callable[Concatenate[int, P], T], Callable[P, T][[int, str], bool])
Ts = TypeVarTuple('Ts')
class Arr(Generic[*Ts]): pass
print(Arr[int, str], Arr[()], tuple[*Ts], tuple[int, *Ts][str, bytes], Arr.__parameters__)
print(Unpack[Ts], [*Ts])
class MyMap(Mapping[K, T]): pass
print(MyMap[str, int], MyMap.__parameters__, Sequence[int], Iterator[T][str])
print(typing.TYPE_CHECKING, typing.AnyStr, typing.Text)
type IntList = list[int]
type Alias[X] = dict[str, X]
print(IntList, IntList.__value__, Alias[int], Alias.__value__, Alias[int].__args__)
def gen[X: (int, str), *Us, **Q](x: X) -> X: return x
print(gen.__type_params__, gen.__type_params__[0].__constraints__)
print(final.__name__, no_type_check.__name__, typing.assert_type(3, int), typing.reveal_type.__name__)
class Node[T = int]:
    pass
print(Node.__type_params__[0].__default__, Node[str])
print(int | None, list[int] | None, Box[int] | None, Optional[Box[int]])
class Proto2(Protocol[T]):
    def meth(self) -> T: ...
print(Proto2[int], Proto2.__parameters__)
try:
    isinstance(1, Proto2)
except TypeError as e:
    print(e)

# typing caches subscriptions (lru_cache, up to 128 per form); empty the caches so that the
# leak hunter, which reruns this file, finds no growth.
for clear in typing._cleanups: clear()
