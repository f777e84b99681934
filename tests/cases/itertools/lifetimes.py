# When itertools objects release the items they hold, and result-tuple reuse.
import sys, gc
from itertools import *

class O:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __repr__(self): return f'O{self.n}'

print(len(set(map(id, product('ab', repeat=3)))), len(set(map(id, combinations(range(5), 2)))))
print(len(set(map(id, permutations(range(4))))), len(set(map(id, combinations_with_replacement('abc', 2)))))
print(len(set(map(id, zip_longest('abc', 'd')))), len(set(map(id, pairwise(range(6))))))
kept = list(product('ab', repeat=2))
print(kept, len(set(map(id, kept))))

it = iter([O(1), O(2), O(3)])
c = chain(it)
print(next(c))
print('after first')
print(next(c))
del c, it
print('chain gone')
a, b = tee([O(4), O(5)])
print(next(a), next(a))
print('a advanced')
print(next(b))
print('b advanced')
print(next(b))
print('b done')
del a, b
print('tees gone')
g = groupby([O(6), O(7)], key=lambda o: o.n)
k, grp = next(g)
print(k, next(grp))
del k, grp
print('group dropped')
del g
print('groupby gone')
r = repeat(O(8), 2)
print(list(r))
del r
print('repeat gone')
acc = accumulate([O(9)], initial=None)
print(next(acc))
del acc
print('accumulate gone')
# cycles through itertools objects are collected
class Holder: pass
h = Holder(); h.o = O(10); h.c = cycle([h])
del h
gc.collect()
print('cycle collected')
x = O(11)
before = sys.getrefcount(x)
p = product([x], repeat=3)
t = next(p)
print(sys.getrefcount(x) - before)
del t, p
print(sys.getrefcount(x) - before)
del x
print('end')
