print(list(zip([1, 2, 3], "ab")))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, 2])))
print(list(filter(lambda v: v % 2, range(10))))
print(list(enumerate("xyz", 1)), list(reversed([1, 2, 3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sorted([3, 1, 2], reverse=True), sorted("bca"), min(3, 1, 2), max([4, 9, 2], key=lambda v: -v))
print(sum([1, 2, 3], 10), any([0, 0, 1]), all([]), all([1, 0]))
