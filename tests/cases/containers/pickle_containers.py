# __reduce__ of set, frozenset, slice and enumerate, and copy/pickle through them
# (instance state of subclasses included).
import copy, pickle

class S(set):
    pass

class FS(frozenset):
    pass

class Slotted(set):
    __slots__ = ('a', 'b')

s = S([1, 2, 3])
s.x = 5
print(set([1, 2]).__reduce__(), frozenset([3]).__reduce__())
print(s.__reduce__())
sl = Slotted([4])
sl.a = 'A'
print(sl.__reduce__())
for obj in [set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), s, FS([7]), sl, {frozenset({1}), (2, 3)}]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        p = pickle.loads(pickle.dumps(obj, proto))
        assert p == obj and type(p) is type(obj), (obj, proto)
        assert getattr(p, '__dict__', None) == getattr(obj, '__dict__', None)
    d = copy.deepcopy(obj)
    print(type(d).__name__, sorted(d, key=repr), getattr(d, 'x', None), getattr(d, 'a', None))

nested = {frozenset({1, 2}), frozenset({3})}
d = copy.deepcopy(nested)
print(d == nested, [a is b for a, b in zip(sorted(d, key=min), sorted(nested, key=min))])

print(slice(1, 2, 3).__reduce__(), slice(None).__reduce__())
for sl_ in [slice(1, None, 'a'), slice([1], 2), slice(None, None, -1)]:
    print(pickle.loads(pickle.dumps(sl_)), copy.deepcopy(sl_), copy.copy(sl_) == sl_)
c = slice([1], [2])
print(copy.deepcopy(c).start is c.start, copy.copy(c) is c)

e = enumerate('abcd', 5)
print(e.__reduce__()[0], e.__reduce__()[1][1])
next(e)
print(e.__reduce__()[1][1], list(pickle.loads(pickle.dumps(e))), list(e))
big = enumerate('xy', 2**70)
print(big.__reduce__()[1][1], list(copy.deepcopy(big)))
class E(enumerate):
    pass
print(type(pickle.loads(pickle.dumps(E([1], 3)))).__name__, list(pickle.loads(pickle.dumps(E([1], 3)))))
