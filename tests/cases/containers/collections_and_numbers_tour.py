d = {}
for i in range(10): d[i] = i * i
for i in range(0, 10, 3): del d[i]
d[0] = "back"
print(d, list(d)[-1], len(d))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]))
print(sorted([5, 2, 8, 1], reverse=True), sorted("hello"), sorted({3: 1, 1: 2}))
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, {1, 2} < s1, s1.isdisjoint({9}))
fs = frozenset([3, 1, 2])
print(fs, hash(fs) == hash(frozenset([1, 2, 3])), {fs: "ok"}[frozenset({1, 2, 3})])
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1 / 3, 2 / 3, 10 / 4)
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** 100, (-2) ** 3, 4 ** 0.5)
print(int(3.99), int(-3.99), float(7), 1e-7, 123456789.0, 1.23456789e+20, 5e-324)
print(True + True, True * 3, bool(0.0), bool(""), bool([0]), None is None, 1 == 1.0, hash(1) == hash(1.0))
print(abs(-0.0), -0.0 == 0.0, float("inf") > 10**300, float("-inf") < -10**300, 10**400 > float("inf"))
print(max(1, 2.5, key=lambda v: -v), min("b", "a"), sum([0.1] * 10), sum(range(101)))
print(list(zip(range(3), "ab", [True, False, None])), dict(enumerate("ab")))
it = iter(range(3))
print(list(zip(it, it)))
matrix = [[1, 2], [3, 4]]
print([list(col) for col in zip(*matrix)], sum(map(sum, matrix)))
print(list(reversed(range(5))), list(range(10, 0, -3)), range(5)[1:3], 3 in range(5), range(0, 10, 2)[-1])
a = [1, 2, 3]
b = a
b += [4]
print(a is b, a)
t = (1, [2])
t[1].append(3)
print(t)
x = y = []
x.append(1)
print(y)
print([i for i in range(3) for j in range(i)], {i: j for i, j in [(1, 2), (1, 3)]})
print(list(filter(str.isdigit, "a1b2c3")), "".join(map(str.upper, "abc")))
print(sum([1,2,3]), sum([1.5, 2, 3]), sum([10**20, 1]), sum([1, 2.5]), sum([[1],[2]], []), sum([1e308, 1e308, -1e308]), sum([True, True]), sum([2**62, 2**62, 2**62]))
try:
  sum([1, "a"])
except TypeError as e: print(e)
