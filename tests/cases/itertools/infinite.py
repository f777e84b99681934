# count, cycle and repeat: values, reprs, slow mode past the long range, subclasses.
import itertools as it, sys
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(1, 3), 4)))
print(list(islice(count(0.5), 3)), list(islice(count(1, 0.25), 4)), list(islice(count(2**64, -2**63), 3)))
print(list(islice(count(3+4j, 1j), 3)))
class Num:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __add__(self, other): return Num(self.v + other.v)
    def __repr__(self): return f'Num({self.v})'
print(list(islice(count(Num(1), Num(10)), 4)), repr(count(Num(1), Num(2))))
big = count(sys.maxsize - 1)
print(next(big) == sys.maxsize - 1, next(big) == sys.maxsize, next(big) == sys.maxsize + 1, repr(big) == f"count({sys.maxsize + 2})")
c = count(5)
next(c); next(c)
print(repr(c), repr(count(5, 1)), repr(count(5, 2)), repr(count(1.0, 1)), repr(count(0, 1.0)), repr(count(-3, -1)))
print(repr(count(2**70)), repr(count(step=2**70)))
class MyCount(count): pass
print(repr(MyCount(3, 2)), list(islice(MyCount(), 2)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
def gen():
    yield 1
    raise ValueError('boom')
cy = cycle(gen())
print(next(cy))
try: next(cy)
except ValueError as e: print('ValueError', e)
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -1)), list(islice(repeat(None), 3)))
r = repeat('a', 2)
print(repr(r), r.__length_hint__()); next(r); print(repr(r), r.__length_hint__()); next(r); print(repr(r), list(r))
print(repr(repeat([1, 2])), repr(repeat(object=3, times=1)))
import operator
print(operator.length_hint(repeat(1, 7)), operator.length_hint(repeat(1), 42))
class R(repeat): pass
print(repr(R('z', 4)))
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__name__, count.__module__, type(iter(count())) is count)
