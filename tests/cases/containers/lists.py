# Lists: display, indexing, mutation and methods.
a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1])
a.append(9)
a.insert(0, 0)
print(a)
print(a.pop(), a.pop(0), a)
a[1] = "one"
print(a, a.index(4), a.count(1))
a.remove("one")
print(a)
a.extend([2, 6])
a.sort()
print(a)
a.reverse()
print(a)
b = a + [7]
print(b, a * 2 if len(a) < 4 else len(a * 2))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [])
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested))
nested[0].append(99)
print(nested)
c = a
c.append("shared")
print(a[-1], c is a)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
a[1:3] = ["x", "y", "z"]
print(a)
del a[0:2]
print(a)
print(list("abc"), list((1, 2)), list(range(3)))
