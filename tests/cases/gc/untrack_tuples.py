# A collection untracks the tuples that cannot be part of a cycle (_PyTuple_MaybeUntrack):
# items that are atoms, static types, or tuples untracked themselves (decided oldest first).
import gc

class K:
    pass

a = (1, "a", 2.5, None, b"x", 10**30)
b = (a, None, 3)
c = ([],)
d = (a, c)
e = (int, str, (1,))
f = (K,)
g = ((1, 2), (3, (4, 5)))
h = (K(),)
j = ({},)
k = (frozenset([1]), 1j, range(3), slice(1, 2))
print([gc.is_tracked(x) for x in (a, b, c, d, e, f, g, h, j, k)])
gc.collect()
print([gc.is_tracked(x) for x in (a, b, c, d, e, f, g, g[1], h, j, k)])
rows = [(n, str(n), n * 0.5) for n in range(5000)]
gc.collect()
print(sum(gc.is_tracked(r) for r in rows), gc.is_tracked(rows))
# Untracked tuples are not in gc.get_objects(), and stay untracked.
ids = {id(o) for o in gc.get_objects()}
print(id(a) in ids, id(rows) in ids, id(rows[0]) in ids)
del rows
gc.collect()
print(gc.is_tracked(a), a)
