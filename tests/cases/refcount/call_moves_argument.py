# A Python-to-Python call moves the argument into the callee: dropping the
# parameter drops the last reference, so __del__ runs inside the callee.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def other(a):
    print("in other"); a = None; print("after drop")
other(A(1))
print("end")
