# range objects.
r = range(10)
print(r, len(r), r[3], r[-1], 5 in r, 10 in r)
print(range(0, 20, 5)[1:3], range(10)[::-1], range(10)[::3])
for i in range(3, -3, -2):
    print(i, end=" ")
print()
print(list(range(1, 10, 4)), list(range(-5)), list(range(5, 0, -2)))
print(range(3) == range(3), range(1, 3) == range(1, 4))
print(sum(range(1000)), max(range(7)), min(range(3, 9)))
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
