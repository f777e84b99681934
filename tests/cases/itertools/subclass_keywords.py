# The itertools constructors (and filter) refuse keywords unless a subclass defines its own
# __init__; positional counts leave the keywords out.
import itertools
import operator

def is_even(x):
    return x % 2 == 0

cases = [
    (filter, (None, [0, 1])),
    (itertools.filterfalse, (None, [0, 1])),
    (itertools.chain, ([1, 2], [3, 4])),
    (itertools.starmap, (operator.pow, ((2, 3), (3, 2)))),
    (itertools.islice, ([1, 2, 3, 4], 1, 3)),
    (itertools.islice, ([1, 2, 3, 4], 2)),
    (itertools.takewhile, (is_even, [2, 3, 4])),
    (itertools.dropwhile, (is_even, [2, 3, 4])),
    (itertools.cycle, ([1, 2],)),
]
for cls, args in cases:
    class Plain(cls):
        pass
    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        Plain(*args, newarg=3)
        print(cls.__name__, "accepted a keyword")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
    u = WithInit(*args, newarg=3)
    print(cls.__name__, list(itertools.islice(u, 0, 4)), u.newarg)
