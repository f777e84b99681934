# product, permutations, combinations, combinations_with_replacement.
from itertools import *

print(list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', [])))
print(list(product('ab', repeat=0)), len(list(product(range(3), range(4), repeat=2))))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations('ab', 3)))
print(list(permutations('abc', None))[:3], len(list(permutations(range(5)))), list(permutations('ab', r=1)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 5)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(list(combinations_with_replacement('ab', 0)), len(list(combinations_with_replacement(range(5), 3))))
# results kept by the caller are not modified when the next one is made
p = product('ab', 'cd')
a = next(p); b = next(p)
print(a, b, list(p))
c = combinations(range(4), 2)
kept = [next(c), next(c)]
print(kept, list(c))
pm = permutations('abc')
x = next(pm); y = next(pm)
print(x, y)
cw = combinations_with_replacement('ab', 2)
print(next(cw), next(cw), next(cw), list(cw))
s = {t for t in product(range(2), repeat=2)}
print(sorted(s), hash(next(product('a'))) == hash(('a',)))
# the same tuple object is reused only when the caller dropped it
d = {}
for t in product('ab', repeat=2):
    d[t] = 1
print(sorted(d))
print(sum(1 for _ in product(range(10), repeat=4)), sum(sum(t) for t in combinations(range(20), 3)))
import sys
print(sum(len(t) for t in permutations(range(6))), max(permutations(range(4))))
try: list(permutations('ab', 2**70))
except OverflowError as e: print('OverflowError', e)
class P(product): pass
print(list(P('ab')), type(P('ab')).__name__)
