# __reduce__/__setstate__ of the iterators pickling could not reach before: the sequence
# iterator (iter over __getitem__), callable_iterator, zip, map, filter; range iterators
# keep their kind (range_iterator vs longrange_iterator) through pickling.
import pickle, copy, itertools

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError(i)

class Sized(Seq):
    def __len__(self):
        return 4

it = iter(Seq())
next(it)
f, args, state = it.__reduce__()
print(f, type(args[0]).__name__, state, it.__length_hint__(), iter(Sized()).__length_hint__())
print(list(pickle.loads(pickle.dumps(it))), list(it), it.__reduce__())
it = iter(Seq())
it.__setstate__(-7)
print(list(it))
it = iter(Seq())
it.__setstate__(2)
print(list(it))

counter = iter([1, 2, 3, 4, 5, 0, 9]).__next__
c = iter(counter, 0)
print(c.__reduce__()[0], c.__reduce__()[1][1], next(c))
print(list(c), c.__reduce__())

# the callable exhausts its own iterator without returning the sentinel (gh-101892)
def spam():
    if spam.inner:
        return 2
    spam.inner = True
    list(spam.iterator)
    return 1
spam.inner = False
spam.iterator = iter(spam, 2)
try:
    next(spam.iterator)
except StopIteration:
    print("StopIteration")

for strict in (False, True):
    z = zip([1, 2, 3], 'abc', strict=strict)
    next(z)
    r = z.__reduce__()
    print(r[0].__name__, len(r[1]), r[2:], list(pickle.loads(pickle.dumps(z))))
    m = map(pow, [2, 3, 4], [2, 2, 2], strict=strict)
    next(m)
    r = m.__reduce__()
    print(r[0].__name__, r[1][0].__name__, r[2:], list(copy.deepcopy(m)))
z = zip([1], [2, 3])
z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print("ValueError", e)
print(list(pickle.loads(pickle.dumps(filter(None, [0, 1, '', 'a'])))))
print(list(pickle.loads(pickle.dumps(filter(str.isupper, 'aBcD')))))
print(filter(None, []).__reduce__()[1][0])

# Which iterator a range gets depends on C long's size, so only the round trip is shown.
M = 2**63
for t in [(5,), (M - 2, M - 1, 2), (M - 3, M - 1), (1, 2, M - 1), (-1, -2, -M), (-M, -M + 3)]:
    it = iter(range(*t))
    p = pickle.loads(pickle.dumps(it))
    print(t, type(p) is type(it), list(p) == list(range(*t)), list(itertools.islice(reversed(range(*t)), 3)))
print(type(iter(range(5))).__name__, type(iter(range(2**100))).__name__)
print(list(itertools.islice(reversed(range(-2 * M - 2, -M + 1, 2)), 3)))
