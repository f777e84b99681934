class Base:
    def __init__(self, x): self._x = x
    def describe(self): return f"Base({self._x})"
    @property
    def x(self): return self._x
    @x.setter
    def x(self, value): self._x = value * 2
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self): return "Child:" + super().describe() + f"+{self.y}"
c = Child(1, 2)
print(c.describe(), c.x)
c.x = 5
print(c.x)
try:
    del c.x
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(c, Base), issubclass(Child, Base), Child.__mro__)
print(type(c).__name__, type(c).__qualname__, Child.__bases__)
