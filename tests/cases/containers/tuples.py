# Tuples: display, unpacking, immutability, comparison.
t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[0:2])
e = ()
one = (5,)
print(e, one, len(e), len(one), type(one).__name__)
a, b, c = t
print(a, b, c)
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), (1, 2) < (1, 3))
try:
    t[0] = 9
except TypeError as err:
    print("TypeError:", err)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1])
inner = [1]
holder = (inner, 2)
inner.append(3)
print(holder)
print(tuple([1, 2]), tuple("ab"), tuple(range(2)))
print(t.index("two"), (1, 1, 2).count(1))
try:
    x, y = (1, 2, 3)
except ValueError as err:
    print("ValueError:", err)
try:
    x, y, z = (1, 2)
except ValueError as err:
    print("ValueError:", err)
