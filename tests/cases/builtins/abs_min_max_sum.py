# abs, min, max and sum.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 70)), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 8, -1]), max((1.5, 2, 0)))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max([[1, 2], [1, 3]]))
print(min([], default="empty"), max([5], default=0), min(3, 3.0), max(3.0, 3))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.5, 0.25]), sum([1, 2], 10))
print(sum([[1], [2, 3]], []), sum((2 ** 64, 2 ** 64)))
print(min([3, -4, 2], key=abs), max(["aa", "b", "ccc"], key=len))
for call in ["min", "max", "sum"]:
    try:
        if call == "min":
            min([])
        elif call == "max":
            max(1)
        else:
            sum(["a", "b"])
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
