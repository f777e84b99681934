import typing
T = typing.TypeVar('T'); Ts=typing.TypeVarTuple('Ts')
A = typing.TypeAliasType('A', list[T], type_params=(T,))
print(A, A.__value__, A.__module__, A.__type_params__, A.__parameters__, A[int], A.evaluate_value, A.__name__)
B = typing.TypeAliasType('B', tuple[*Ts], type_params=(Ts,))
print(B, B.__parameters__, B.__type_params__, list(B))
try: A.__module__ = 'm'
except Exception as e: print(type(e).__name__, e)
try: typing.TypeAliasType('C', int, type_params=[T])
except Exception as e: print(type(e).__name__, e)
try: typing.TypeAliasType('C', int, qualname=1)
except Exception as e: print(type(e).__name__, e)
try: typing.TypeAliasType('C')
except Exception as e: print(type(e).__name__, e)
try: typing.TypeAliasType('C', int)[int]
except Exception as e: print(type(e).__name__, e)
D=typing.TypeVar('D', default=int)
try: typing.TypeAliasType('C', int, type_params=(D, T))
except Exception as e: print(type(e).__name__, e)
try: typing.TypeAliasType('C', int, type_params=(1,))
except Exception as e: print(type(e).__name__, e)
try: A.__name__ = 'x'
except Exception as e: print(type(e).__name__, e)
class K:
  type Q[X] = list[X]
print(K.Q, K.Q.__module__, K.Q.__name__, K.Q.__reduce__())
print(typing.TypeAliasType('C', int, type_params=()).__type_params__)
try: typing.TypeAliasType('C', int, type_params=())[int]
except Exception as e: print(type(e).__name__, e)
print(hash(A) is not None, A == A, A | int, typing.TypeAliasType.__module__)
try:
    del A.__module__; print(A.__module__)
except Exception as e: print(type(e).__name__, e)
try: typing.TypeAliasType(1, int)
except Exception as e: print(type(e).__name__, e)

# typing caches subscriptions (lru_cache, up to 128 per form); empty the caches so that the
# leak hunter, which reruns this file, finds no growth.
for clear in typing._cleanups: clear()
