# A class whose __next__ is deleted (or that never had one) is not an iterator:
# for, next(), iter(), yield from and list() raise TypeError instead of crashing.

class BadIterator:
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1

try:
    for i in BadIterator():
        print("got", i)
except TypeError as e:
    print("for:", e)

it = BadIterator()
for f in (next, iter, list, lambda o: next(o, "default")):
    try:
        print(f(it))
    except TypeError as e:
        print("TypeError:", e)


class Sub(BadIterator):
    pass

try:
    next(Sub())
except TypeError as e:
    print("subclass:", e)

# Giving __next__ back makes both iterators again.
BadIterator.__next__ = lambda self: 42
print(next(it), next(Sub()))


class NoNext:
    def __iter__(self):
        return self

def gen():
    yield from NoNext()

try:
    list(gen())
except TypeError as e:
    print("yield from:", e)
