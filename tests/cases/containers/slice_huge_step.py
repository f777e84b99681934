# Extended-slice deletion with a step near sys.maxsize (the index arithmetic must not
# overflow), and reversed() iterators pickled and restored.
import pickle, sys

for start, step in ((1, sys.maxsize), (-2, -sys.maxsize), (9, 1 << 333), (0, sys.maxsize - 1)):
    L = list(range(10))
    del L[start::step]
    print(start, step == sys.maxsize, L)
L = list(range(10))
L[5::sys.maxsize] = ['x']
print(L)

r = reversed((1, 2, 3))
print(r.__reduce__()[1:])
next(r)
print(r.__reduce__()[1:], list(pickle.loads(pickle.dumps(r))))
list(r)
print(r.__reduce__()[1:])
r = reversed('abcd')
r.__setstate__(1)
print(list(r))
r = reversed('abcd')
r.__setstate__(99)
print(list(r))
r = reversed('abcd')
r.__setstate__(-5)
print(list(r))
print(type(r).__name__)
for call in (lambda: type(iter([]))(), lambda: type(iter([]))(1), lambda: type(iter(range(3)))([1])):
    try:
        call()
    except TypeError as e:
        print(e)
