# Weak reference callbacks: when they run and in which order.
import _weakref
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def cb1(ref):
    print("cb1, referent gone:", ref() is None)
def cb2(ref):
    print("cb2")
a = A(1)
r1 = _weakref.ref(a, cb1)
r2 = _weakref.ref(a, cb2)
r3 = _weakref.ref(a)
print(r1() is a, r3() is a, r1 is not r2)
print("dropping a")
del a
print("after del a", r1(), r2(), r3())
class B:
    pass
b = B()
def cb_b(ref):
    print("B callback")
rb = _weakref.ref(b, cb_b)
b = 42
print("after rebinding b")
def f(x):
    w = _weakref.ref(x, cb1)
    x = None
    print("end of f")
f(A(2))
print("after f")
