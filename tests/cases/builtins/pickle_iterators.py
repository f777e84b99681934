# __reduce__/__setstate__ of the builtin iterators: the tuples, and rebuilding from them as pickle does

def show(label, it):
    r = it.__reduce__()
    print(label, type(it).__name__, r[0].__name__, r[1:])

def rebuild(it):
    func, args, *state = it.__reduce__()
    new = func(*args)
    if state and state[0] is not None:
        new.__setstate__(state[0])
    return new

def roundtrip(label, make):
    for consumed in (0, 1, 2, None):
        it = make()
        if consumed is None:
            list(it)
        else:
            for _ in range(consumed):
                next(it, None)
        copy = rebuild(it)
        print(label, consumed, type(copy).__name__, list(copy), list(it))

def makers():
    d = {1: 'a', 2: 'b', 3: 'c'}
    return [
        ("list", lambda: iter([1, 2, 3])),
        ("list_rev", lambda: reversed([1, 2, 3])),
        ("tuple", lambda: iter((1, 2, 3))),
        ("range", lambda: iter(range(1, 10, 3))),
        ("longrange", lambda: iter(range(2**70, 2**70 + 9, 3))),
        ("dict_keys", lambda: iter(d)),
        ("dict_values", lambda: iter(d.values())),
        ("dict_items", lambda: iter(d.items())),
        ("dict_rkeys", lambda: reversed(d)),
        ("dict_rvalues", lambda: reversed(d.values())),
        ("dict_ritems", lambda: reversed(d.items())),
        ("set", lambda: iter({5})),
        ("str", lambda: iter("abc")),
        ("ustr", lambda: iter("a\u1234c")),
        ("bytes", lambda: iter(b"abc")),
        ("bytearray", lambda: iter(bytearray(b"abc"))),
    ]

for label, make in makers():
    it = make()
    show(label, it)
    next(it)
    show(label, it)
    list(it)
    show(label, it)
    roundtrip(label, make)

# __setstate__ clamps the index it is given
for label, make, states in [
        ("list", lambda: iter([1, 2, 3]), (-3, 1, 9)),
        ("list_rev", lambda: reversed([1, 2, 3]), (-3, 0, 1, 9)),
        ("tuple", lambda: iter((1, 2, 3)), (-3, 2, 9)),
        ("range", lambda: iter(range(5)), (-3, 2, 9)),
        ("longrange", lambda: iter(range(2**70, 2**70 + 5)), (-3, 2, 9)),
        ("str", lambda: iter("abc"), (-1, 1, 9)),
        ("bytes", lambda: iter(b"abc"), (-1, 1, 9)),
        ("bytearray", lambda: iter(bytearray(b"abc")), (-1, 1, 9))]:
    for st in states:
        it = make()
        print(label, st, it.__setstate__(st), list(it))
    it = make()
    try:
        it.__setstate__(1.5)
    except TypeError as e:
        print(label, "TypeError", e)
    list(it)
    it.__setstate__(0)
    print(label, "exhausted", list(it))

print(range(1, 7, 2).__reduce__(), range(2**80).__reduce__())
