# deque: construction, appends and pops at both ends, maxlen trimming, rotate, indexing,
# insert/remove/index/count, copy, arithmetic, comparisons and repr (test_deque.py's behaviours).
from _collections import deque
import _weakref

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = deque(range(-5125, -5000))
d.__init__(range(200))
for i in range(200, 400):
    d.append(i)
for i in reversed(range(-200, 0)):
    d.appendleft(i)
print(list(d) == list(range(-200, 400)), len(d), d[0], d[-1], d[300])
left = [d.popleft() for i in range(250)]
right = [d.pop() for i in range(250)]
print(left == list(range(-200, 50)), right == list(range(399, 149, -1)), list(d) == list(range(50, 150)))

# maxlen
d = deque(range(10), maxlen=3)
print(d, d.maxlen, repr(deque(range(10), 0)))
d.append(10); d.appendleft(-1); print(d)
d.extend([11, 12]); print(d)
d.extendleft([20, 21]); print(d)
print(deque('abc', maxlen=None).maxlen)
t(lambda: deque('abc', -1))
t(lambda: deque('abc', -2))
t(lambda: deque('abc', 'x'))
t(lambda: deque('abc', 2.5))
t(lambda: deque(maxlen=True))
t(lambda: deque(1, 2, 3))
t(lambda: deque(iterable=[1], maxlen=2))
t(lambda: deque(foo=1))
z = deque(maxlen=0); z.extend(iter(range(100))); z.append(1); z.appendleft(2); print(z, len(z))
it = iter(range(10)); deque(it, maxlen=0); print(list(it))

# rotate
s = tuple('abcde')
d = deque(s)
d.rotate(1); print(''.join(d))
d.rotate(-1); print(''.join(d))
d.rotate(); print(''.join(d))
d.rotate(-7); print(''.join(d))
d.rotate(12345); print(''.join(d))
for n in range(-12, 13):
    for size in (0, 1, 2, 5, 16):
        a = list(range(size))
        dd = deque(a)
        dd.rotate(n)
        if size:
            k = n % size
            assert list(dd) == a[-k:] + a[:-k] if k else a, (n, size)
full = deque(range(8)); full.rotate(3); print(list(full))
bounded = deque(range(5), maxlen=5); bounded.rotate(-2); print(bounded)
t(lambda: deque().rotate('x'))
t(lambda: deque().rotate(1, 2))

# indexing
d = deque('abcdef')
print(d[0], d[-1], d[2], d[-3])
d[1] = 'X'; d[-1] = 'Y'; print(d)
del d[0]; del d[-1]; del d[1]; print(d)
t(lambda: d[10])
t(lambda: d[-10])
t(lambda: d['a'])
t(lambda: d[1:2])
t(lambda: d.__setitem__(10, 1))
t(lambda: d.__delitem__(-10))
class I:
    def __index__(self): return 1
print(d[I()])

# insert / remove / index / count
for i in range(-8, 8):
    for n in (0, 1, 5):
        a = list(range(n)); dd = deque(a)
        a.insert(i, 'x'); dd.insert(i, 'x')
        assert list(dd) == a, (i, n)
t(lambda: deque([1, 2], maxlen=2).insert(0, 3))
d = deque([1, 2], maxlen=3); d.insert(1, 9); print(d)
d = deque('abcdefab')
d.remove('b'); print(d)
t(lambda: d.remove('z'))
print(d.index('a'), d.index('a', 1), d.index('b', -3), d.count('a'), d.count('q'))
t(lambda: d.index('a', 1, 5))
t(lambda: d.index('f', 0, -3))
t(lambda: d.index('c', 'x'))
t(lambda: d.index('c', None))
t(lambda: d.index())
print(d.index('e', -100, 100), d.index('e', 2**70 and 3, 10**30))
print(1 in deque([1, 2]), 3 in deque([1, 2]), 2 not in deque([1, 2]))

# clear / reverse / copy / reversed
d = deque(range(5)); d.reverse(); print(d)
e = d.copy(); f = d.__copy__()
print(e, f, e is d, type(e).__name__)
print(list(reversed(deque('abc'))))
d.clear(); print(d, len(d), bool(d), bool(deque([0])))
t(lambda: deque().pop())
t(lambda: deque().popleft())
print(deque([1, 2], maxlen=5).copy())

# arithmetic
d = deque([1, 2, 3], maxlen=5)
print(d + deque([4, 5, 6]), d * 2, 2 * d, d * 0, d * -1)
t(lambda: d + [1])
t(lambda: d * 'a')
e = deque('ab'); e += 'cd'; print(e)
e *= 3; print(e)
e = deque('ab', maxlen=3); e *= 4; print(e)
e = deque('a', maxlen=3); e *= 10; print(e)
e = deque('a'); e *= 4; print(e)
e = deque('abc'); e *= 0; print(e)
e = deque('ab'); e += e; print(e)
e = deque('ab'); e.extend(e); e.extendleft(e); print(e)
t(lambda: deque().extend(5))

# comparisons
args = map(deque, ('', 'a', 'b', 'ab', 'ba', 'abc', 'xba', 'xabc', 'cba'))
for x in list(args):
    pass
seqs = ['', 'a', 'b', 'ab', 'ba', 'abc', 'xba', 'xabc', 'cba']
ds = list(map(deque, seqs))
for a, sa in zip(ds, seqs):
    for b, sb in zip(ds, seqs):
        assert (a == b) == (sa == sb) and (a != b) == (sa != sb)
        assert (a < b) == (sa < sb) and (a <= b) == (sa <= sb)
        assert (a > b) == (sa > sb) and (a >= b) == (sa >= sb)
print(deque([1]) == [1], deque([1]) != (1,), deque() == deque(maxlen=3))
t(lambda: deque() < [])
t(lambda: hash(deque()))

# repr
print(repr(deque()), repr(deque([1, 'a', None])), repr(deque(range(3), maxlen=7)))
d = deque(range(3)); d.append(d); print(repr(d))
class MyDeque(deque):
    pass
m = MyDeque('ab', 4); print(repr(m), type(m.copy()).__name__, m.copy(), type(m + m).__name__)
print(MyDeque.__name__, deque.__name__, deque.__module__, deque.__qualname__)
print(deque[int], deque.__class_getitem__(str))

# weakref and __reduce__
d = deque('abc')
r = _weakref.ref(d); print(r() is d); del d; print(r())
print(deque('ab').__reduce__()[:3], deque('ab', 4).__reduce__()[:3])
class D2(deque):
    pass
x = D2('xy')
print(x.__reduce__()[:3])
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
print(deque.__doc__)
print(deque.rotate.__doc__)
