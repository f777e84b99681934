# groupby and its groups, tee and its shared buffer.
from itertools import groupby, tee, _grouper, _tee, _tee_dataobject, islice, count
import itertools

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = groupby('aabbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
k3, g3 = next(g)
print(next(g3), list(g3), list(g))
print(list(groupby([])), type(next(groupby('a'))[1]).__name__)
gb = groupby('aab')
_, grp = next(gb)
print(next(grp), list(_grouper(gb, 'a')))
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if self.v == 'x': raise RuntimeError('cmp')
        return self.v == other.v
try: list(groupby([Key('x'), Key('x')]))
except RuntimeError as e: print('RuntimeError', e)
try: list(groupby([1, 2], key=lambda x: 1 / 0))
except ZeroDivisionError as e: print('ZeroDivisionError', e)

a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee(iter('abc'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('x', 0), len(tee('x', 1)), type(tee('x')[0]).__name__)
x, y = tee(count())
for _ in range(200): next(x)
print(next(x), next(y), list(islice(y, 3)))
t1, t2 = tee([1, 2, 3])
t3 = t1.__copy__()
print(next(t1), list(t3), list(t1), list(t2))
t4, t5 = tee(t1)
print(t4 is t1, t5 is t1)
u, = tee(iter([1, 2]), 1)
u2 = _tee(u)
print(next(u), list(u2))
import _weakref
w = _weakref.ref(t2)
print(w() is t2)
del t2
print(w())
def reenter():
    yield next(tt[0])
tt = tee(reenter())
try: next(tt[0])
except RuntimeError as e: print('RuntimeError', e)
d = _tee_dataobject([], [1, 2], None)
print(type(d).__name__)
try: _tee_dataobject([], list(range(58)), None)
except ValueError as e: print('ValueError', e)
big1, big2 = tee(range(1000))
print(sum(big1), sum(big2))
