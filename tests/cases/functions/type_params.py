# PEP 695/696 type parameters of functions and type aliases: TypeVar, ParamSpec, TypeVarTuple, lazy bounds/constraints/defaults, TypeAliasType
def f[T, U: int, V: (str, bytes), *Ts, **P](x: T) -> T: return x
print(f.__type_params__, f(3))
T, U, V, Ts, P = f.__type_params__
print(type(T).__name__, type(P).__name__, type(Ts).__name__, T.__name__, U.__bound__, V.__constraints__, T.__bound__, T.__constraints__)
print(T.__infer_variance__, T.__covariant__, T.has_default(), T.__default__, U.evaluate_bound is not None, T.evaluate_bound)
def g[T = int, *Ts = (), **P = [str]](): pass
T2, Ts2, P2 = g.__type_params__
print(T2.__default__, T2.has_default(), Ts2.__default__, P2.__default__, P2.has_default())
def lazy[T: Undefined](): pass
LT = lazy.__type_params__[0]
try: LT.__bound__
except NameError as e: print('NameError', e)
Undefined = float
print(LT.__bound__)
type Alias = list[int]
print(Alias, type(Alias).__name__, Alias.__value__, Alias.__name__, Alias.__type_params__, Alias.__module__)
type Later = Missing
try: Later.__value__
except NameError as e: print('NameError', e)
Missing = int
print(Later.__value__)
type Pair[K, V] = tuple[K, V]
print(Pair.__type_params__, Pair.__value__, Pair[int, str])
try: Alias[int]
except TypeError as e: print(e)
print(Alias | None, int | Alias)
print(T | int, repr(T), (T | None).__args__)
def h(): pass
print(h.__type_params__)
try: h.__type_params__ = [1]
except TypeError as e: print(e)
h.__type_params__ = (T,); print(h.__type_params__)
