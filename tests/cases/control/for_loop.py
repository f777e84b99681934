# for loops over lists, tuples, strings, ranges and dicts.
for x in [1, 2, 3]:
    print("list", x)
for x in ("a", "b"):
    print("tuple", x)
for ch in "hey":
    print("str", ch)
for i in range(2, 11, 4):
    print("range", i)
for i in range(3, 0, -1):
    print("down", i)
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print("key", k, d[k])
for k, v in d.items():
    print("item", k, v)
for a, b in [(1, 2), (3, 4)]:
    print("pair", a + b)
total = 0
for i in range(101):
    total += i
print("total", total)
for i in range(0):
    print("never")
print("i after loop", i)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for cell in row:
        print(cell, end=" ")
    print()
