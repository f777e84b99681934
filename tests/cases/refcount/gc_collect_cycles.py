# Reference cycles are freed by gc.collect(), finalizers included.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
gc.collect()
a = A(1)
b = A(2)
a.other = b
b.other = a
del a, b
print("cycle dropped")
print("collected some:", gc.collect() > 0)
print("after collect")
lst = [A(3)]
lst.append(lst)
del lst
print("self-referencing list dropped")
gc.collect()
print("after second collect")
print("nothing left:", gc.collect())
