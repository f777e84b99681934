# __repr__, __str__, __eq__, __len__, __add__ on a user class.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __str__(self):
        return "<" + str(self.x) + "," + str(self.y) + ">"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError("Vec index out of range")
v = Vec(1, 2)
w = Vec(3, 4)
print(v, repr(v), str(w))
print(v + w, [v, w])
print(v == Vec(1, 2), v == w, v != w)
print(len(v), v[0], v[1])
try:
    v[2]
except IndexError as e:
    print("IndexError:", e)
print(f"{v} and {w!r}")
