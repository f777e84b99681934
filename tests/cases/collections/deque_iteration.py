# deque iterators: forward and reverse, length hints, pickling support (_deque_iterator(d, i)),
# "deque mutated during iteration" from iterators, count(), index(), in and comparisons.
from _collections import deque, _deque_iterator, _deque_reverse_iterator

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = deque(range(6))
it = iter(d)
print(next(it), next(it), it.__length_hint__(), list(it), it.__length_hint__())
r = reversed(d)
print(next(r), r.__length_hint__(), list(r))
print(type(it) is _deque_iterator, type(r) is _deque_reverse_iterator, iter(it) is it)

it = iter(d); next(it)
print(it.__reduce__()[1][1])
print(list(_deque_iterator(d, 2)), list(_deque_reverse_iterator(d, 2)), list(_deque_iterator(d, 100)))
t(lambda: _deque_iterator([1]))
t(lambda: _deque_iterator())
t(lambda: _deque_iterator(d, 'a'))

# mutation during iteration
for mutate in (lambda x: x.append(1), lambda x: x.appendleft(1), lambda x: x.pop(),
               lambda x: x.popleft(), lambda x: x.rotate(1), lambda x: x.clear(),
               lambda x: x.extend([1]), lambda x: x.insert(1, 0), lambda x: x.remove(3),
               lambda x: x.__delitem__(0)):
    d = deque(range(5))
    it = iter(d)
    next(it)
    mutate(d)
    t(lambda: next(it))
    t(lambda: next(it))   # stays exhausted-with-error
d = deque(range(5)); it = iter(d); next(it); d[0] = 'x'; print(next(it))
d = deque(range(5)); it = iter(d); next(it); d.reverse(); print(next(it))
d = deque(range(5)); it = iter(d); list(it); d.append(9); t(lambda: next(it))
d = deque(range(3)); d.rotate(0); it = iter(d); d.rotate(3); t(lambda: next(it))

class MutatingCompare:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.pop()
        return False
d = deque(range(10))
m = MutatingCompare(d)
t(lambda: d.count(m))
d = deque(range(10)); m = MutatingCompare(d)
t(lambda: d.index(m))
d = deque(range(10)); m = MutatingCompare(d)
t(lambda: m in d)
d = deque(range(10)); m = MutatingCompare(d)
t(lambda: d.remove(m))

class BadCmp:
    def __eq__(self, other):
        raise RuntimeError("bad compare")
d = deque([1, 2, BadCmp(), 3])
t(lambda: d.count(3))
t(lambda: d.index(3))
t(lambda: 3 in d)
t(lambda: d.remove(3))
t(lambda: d == deque([1, 2, 3, 3]))

# a deque holding itself, compared and counted
d = deque('ab'); d.append(d)
print(d.count(d), len(d))

# iterating a deque while its items die: references are held across compares
class Hold:
    def __eq__(self, other):
        return other == 'z'
d = deque([Hold(), 'z'])
print(d.count('z'), d.index('z'))
