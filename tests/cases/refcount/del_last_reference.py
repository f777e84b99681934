# del of the last reference runs __del__ immediately; del of another does not.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = A(1)
b = a
print("del a")
del a
print("del b")
del b
print("after del b")
lst = [A(2), A(3)]
print("del lst[0]")
del lst[0]
print("lst.pop()")
lst.pop()
print("after pop")
d = {"k": A(4)}
print("del d['k']")
del d["k"]
class Holder:
    pass
h = Holder()
h.obj = A(5)
print("del h.obj")
del h.obj
print("end")
