# len and range.
print(len(""), len("abc"), len([]), len([1, 2]), len(()), len((1,)), len({}), len({1: 1, 2: 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -2)), len(range(5, 5)))
r = range(2, 20, 3)
print(r, r[0], r[-1], r[2], len(r), 11 in r, 12 in r)
print(range(5), range(1, 5), range(1, 5, 2), range(0))
print(list(range(5)), list(range(5, 0, -1)), list(range(-3, 3)))
print(range(3) == range(0, 3), range(0) == range(5, 5))
print(list(range(0, -10, -3)), tuple(range(3)))
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], 10 ** 19 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
