# accumulate, batched, chain, compress, dropwhile, takewhile, filterfalse, islice, pairwise, starmap, zip_longest.
import itertools as it, operator
from itertools import *

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([], initial=10)))
print(list(accumulate([1, 2], initial=100)), list(accumulate('abc')), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate(iterable=[1, 2], func=operator.sub, initial=None)))
try: list(accumulate([1, 'a']))
except TypeError as e: print('TypeError', e)
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), n=2, strict=True)))
b = batched('abcde', 2, strict=True)
print(next(b), next(b))
try: next(b)
except ValueError as e: print('ValueError', e)
print(list(b))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(chain[int], type(chain[int]))
c = chain.from_iterable(x for x in ['xy', 'z'])
print(next(c), list(c))
class MyChain(chain): pass
print(type(MyChain.from_iterable([[1]])).__name__, list(MyChain([1], [2])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(data='abc', selectors=[0, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])), list(filterfalse(bool, [0, 2])))
tw = takewhile(lambda x: x < 2, iter([0, 1, 2, 3, 1]))
print(list(tw), list(tw))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, 3)), list(islice(range(10), 8, 100, 5)), list(islice(range(3), 5, 10)))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))
class Idx:
    def __index__(self): return 3
print(list(islice(range(10), Idx())), list(islice(range(10), 1, Idx(), Idx())))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), [10, 3]])), list(starmap(lambda *a: a, ['ab', iter('cd')])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('a', [], 'bc')))
z = zip_longest([1, 2], [3])
print(next(z), next(z), list(z))
def bad():
    yield 1
    raise KeyError('k')
try: list(zip_longest(bad(), 'abc'))
except KeyError as e: print('KeyError', e)
print([t for t in zip_longest(range(3), 'ab', fillvalue=None)])
# iterators hold their results only as long as CPython does
ps = list(pairwise(range(4)))
print(ps, [type(p).__name__ for p in ps])
zl = list(zip_longest(range(3), 'ab'))
print(zl)
