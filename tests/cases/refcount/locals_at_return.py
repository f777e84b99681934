# A function's locals are released when it returns (in the order CPython releases them).
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = A(1)
    b = A(2)
    c = A(3)
    print("returning from f")
def g():
    keep = A(4)
    drop = A(5)
    return keep
f()
print("after f")
k = g()
print("after g, kept", k.n)
del k
def h(x, y):
    print("in h")
h(A(6), A(7))
print("after h")
def raises():
    a = A(8)
    raise ValueError("x")
try:
    raises()
except ValueError:
    print("handling")
print("after handler")
