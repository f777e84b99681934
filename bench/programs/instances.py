# A million instances of a two-attribute class, kept alive together, then read back
# (issue 15's object-layout figure: time and peak RSS beside CPython's).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i + 1) for i in range(1000000)]
total = 0
for p in points:
    total += p.x - p.y
print(len(points), total)
