# _functools._lru_cache_wrapper: unbounded, bounded (LRU order), uncached, typed, keywords, reentrancy, methods.
from _functools import _lru_cache_wrapper
def info(*a): return a
calls = []
def f(x, y=0):
    calls.append((x, y))
    return x + y
c = _lru_cache_wrapper(f, 2, False, info)
print(c(1), c(2), c(1), c(3), c(2), c(1), calls, c.cache_info())
calls.clear(); c.cache_clear(); print(c.cache_info(), c(1), c(1, y=1), c(x=1), c(1, 0), calls, c.cache_info())
u = _lru_cache_wrapper(f, None, False, info)
for i in [1, 2, 1, 1, 2.0, 3]: u(i)
print(u.cache_info())
t = _lru_cache_wrapper(f, None, True, info)
for i in [1, 1.0, True, 1]: t(i)
print(t.cache_info())
z = _lru_cache_wrapper(f, 0, False, info)
z(1); z(1)
print(z.cache_info())
neg = _lru_cache_wrapper(f, -5, False, info)
neg(1); neg(1)
print(neg.cache_info())
def fib(n): return n if n < 2 else fibc(n - 1) + fibc(n - 2)
fibc = _lru_cache_wrapper(fib, None, False, info)
print(fibc(80), fibc.cache_info())
fib2 = _lru_cache_wrapper(fib, 3, False, info)
fibc = fib2
print(fib2(30), fib2.cache_info())
for bad in [lambda: _lru_cache_wrapper(1, 2, False, info), lambda: _lru_cache_wrapper(f, 'a', False, info), lambda: _lru_cache_wrapper(f, 2, False),
            lambda: c([1]), lambda: _lru_cache_wrapper(f, 2**100, False, info)]:
    try: bad()
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
print(c.__copy__() is c, c.__deepcopy__({}) is c)
try: c.__reduce__()
except AttributeError as e: print('AttributeError', e)
c.__qualname__ = 'f'
print(c.__reduce__(), c.__dict__)
class B:
    def __repr__(self): return 'B()'
    m = _lru_cache_wrapper(lambda self, x=1: (self, x), None, False, info)
b = B()
print(b.m(), b.m(), B.m(b, 2), type(b.m).__name__, B.m.cache_info())
def boom(x): raise ValueError(x)
e = _lru_cache_wrapper(boom, 2, False, info)
try: e(1)
except ValueError as ex: print('ValueError', ex, e.cache_info())
class Obj:
    def __init__(self): self.n = 0
    def __hash__(self):
        self.n += 1
        return 1
    def __eq__(self, other): return self is other
o = Obj()
h = _lru_cache_wrapper(lambda x: 1, 3, True, info)
h(o); h(o)
print(o.n)
order = _lru_cache_wrapper(f, 3, False, info)
for k in [1, 2, 3, 1, 4, 2, 5]: order(k)
calls.clear()
for k in [1, 4, 5, 2, 3]: order(k)
print(calls, order.cache_info())
