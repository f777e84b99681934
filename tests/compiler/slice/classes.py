class A:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

class B(A):
    y = 2
    def m(self):
        return self.get() + self.y

a = B(1)
print(a.m())
