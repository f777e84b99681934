# Bound methods pickle as getattr(self, name) (method.__reduce__), for instance and class methods.
import pickle


class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @classmethod
    def make(cls, x):
        return cls(x)


p = Point(3)
r = p.get.__reduce__()
print(r[0] is getattr, r[1][0] is p, r[1][1])
print(Point.make.__reduce__()[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(p.get, proto))
    c = pickle.loads(pickle.dumps(Point.make, proto))
    print(proto, type(m).__name__, m(), c(5).x, c.__self__ is Point)


class Odd:
    def f(self):
        pass


m = Odd().f
try:
    m.__reduce__(1)
except TypeError as e:
    print(e)
