# A collection stops tracking the tuples that hold nothing the collector could need to visit
# (_PyTuple_MaybeUntrack, run on each collected generation); tuples holding containers stay
# tracked, and a tuple whose inner tuple was untracked follows it in a later collection.
import gc
import itertools

big = 10 ** 20
pairs = list(itertools.product(range(1000, 1003), repeat=2))
mixed = next(zip(["a", "b"], [1.5, 2.5]))
holder = next(zip([[]], [1]))
nested = next(zip([pairs[0]], [big]))
deep = next(zip([nested], [None]))
print([gc.is_tracked(t) for t in (pairs[0], mixed, holder, nested, deep)])
gc.collect()
print([gc.is_tracked(t) for t in (pairs[0], mixed, holder, nested, deep)])
gc.collect()
print([gc.is_tracked(t) for t in (pairs[0], mixed, holder, nested, deep)])
print(all(not gc.is_tracked(t) for t in pairs), gc.is_tracked(pairs))
