# Edge cases of the itertools iterators: partial consumption, exhaustion, errors from callbacks, huge sizes.
from itertools import *
import sys
# groupby with reentrant key
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self): return hash(self.v)
g = groupby([1, 1, 2, 2, 3])
a = list(g)
print([(k, list(v)) for k, v in a])
# islice consuming
it = iter(range(10))
print(list(islice(it, 3, 5)), list(it))
it = iter(range(10))
sl = islice(it, 1, 9, 3)
print(list(sl), list(it))
# accumulate with None func explicit
print(list(accumulate([1,2,3], None)))
# count float accumulation
c = count(0.1, 0.1)
print([next(c) for _ in range(4)])
print(repr(count(1, -0.5)), repr(count(10**20, 10**20)))
# chain with failing iterable creation
def bad():
    raise KeyError('x')
    yield
try: list(chain([1], bad()))
except KeyError as e: print('KeyError', e)
# zip_longest with exhausted iterators
z = zip_longest(iter([1]), iter([]), fillvalue=0)
print(list(z), list(z))
# starmap with non-tuple
print(list(starmap(lambda *a: a, [[1, 2], 'ab', range(2)])))
# cycle after exhaustion of empty
print(list(islice(cycle(iter([])), 3)))
# batched big n
print(list(batched(range(5), 10)))
try: list(batched(range(5), sys.maxsize))
except MemoryError: print('MemoryError')
# product of iterators
print(list(product(iter('ab'), iter('cd'))))
print(list(compress(count(), [1, 0, 1])))
# repeat times keyword and negative
print(list(repeat('a', times=-1)), repr(repeat('a', times=-1)))
print(sys.getrefcount(None) > 0)
t = tee([1,2,3])[0]
print(type(t).__copy__(t) is not t, list(t))
try: type(t)()
except TypeError as e: print(e)
# dropwhile predicate error
try: list(dropwhile(lambda x: 1/0, [1]))
except ZeroDivisionError as e: print(e)
print(list(takewhile(bool, [1, 2, 0, 3])))
try: list(filterfalse(lambda x: x.y, [1]))
except AttributeError as e: print(e)
print(list(permutations([1,2,3], 0)), list(combinations([], 0)))
