# The instances.py figure with __slots__: no instance dict at all.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i + 1) for i in range(1000000)]
total = 0
for p in points:
    total += p.x - p.y
print(len(points), total)
