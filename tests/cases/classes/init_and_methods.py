# A class with __init__ and methods.
class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
    def tick(self):
        self.value += self.step
        return self.value
    def reset(self):
        self.value = 0
c = Counter()
print(c.tick(), c.tick(), c.value)
d = Counter(10, step=5)
print(d.tick(), d.tick())
c.reset()
print(c.value, d.value)
print(type(c).__name__, isinstance(c, Counter), isinstance(5, Counter))
print(type(c) is Counter, type(Counter))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, isinstance(e, object))
