# TypeVar, ParamSpec and TypeVarTuple made by code whose globals name no module get __module__ None;
# a union on either side of | takes strings (forward references) and other _type_check-able args;
# a __typing_subst__ of an unpacked TypeVarTuple must return a tuple.
from typing import Union
ns = {}
exec('from typing import TypeVar, ParamSpec, TypeVarTuple; T = TypeVar("T", bound=float); P = ParamSpec("P"); Ts = TypeVarTuple("Ts")', ns, ns)
print(ns['T'].__module__, ns['P'].__module__, ns['Ts'].__module__)
U1 = Union[int, str]
try:
    print(U1 | "float")
except TypeError as e:
    print(e)
class EvilTypeVar:
    __typing_is_unpacked_typevartuple__ = True
    def __typing_prepare_subst__(*_):
        return None  # any value
    def __typing_subst__(*_):
        return 42  # not tuple
evil = EvilTypeVar()
type type_alias[*_] = 0
try:
    print(type_alias[evil][0])
except TypeError as e:
    print(e)

for other in ["float", float, None, 3, [int], U1, int | None]:
    for expr in (lambda: U1 | other, lambda: other | U1):
        try:
            print(expr())
        except TypeError as e:
            print("TypeError", e)
print(int | str | "x" if False else 0)
try:
    int | "str"
except TypeError as e:
    print(e)
