# Uncaught TypeError from a bad call, deep in a call chain.
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
def make(w):
    return Shape(w)
print(Shape(2, 3).area())
s = make(4)
print(s.area())
