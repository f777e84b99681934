class Empty:
    pass

class Point(Base):
    """A point."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(1, y=2)
print(p.norm(), p.x)
