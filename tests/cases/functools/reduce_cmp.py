# _functools.reduce and cmp_to_key.
from _functools import reduce, cmp_to_key
import operator
print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 0), reduce(operator.add, 'abc', 'x'), reduce(operator.mul, range(1, 6), initial=1))
print(reduce(lambda a, b: [b] + a, iter(range(4)), []))
for call in [lambda: reduce(operator.add, []), lambda: reduce(operator.add, 1), lambda: reduce(len), lambda: reduce(operator.add, [1], 2, 3),
             lambda: reduce(function=operator.add, iterable=[1])]:
    try: call()
    except TypeError as e: print('TypeError', e)
def gen():
    yield 1
    raise ValueError('in iterable')
try: reduce(operator.add, gen())
except ValueError as e: print('ValueError', e)
def cmp(a, b): return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(obj=2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, type(k1).__name__)
try: K.cmp
except AttributeError as e: print('AttributeError', e)
print(max([K(5), K(9), K(2)]).obj)
for call in [lambda: K(), lambda: K(1, 2), lambda: k1 < 2, lambda: hash(k1), lambda: cmp_to_key()]:
    try: call()
    except TypeError as e: print('TypeError', e)
print(cmp_to_key(mycmp=cmp)(3).obj)
