# Rebinding a name drops the old object after the new one is built.
class A:
    def __init__(self, n):
        self.n = n
        print("init", n)
    def __del__(self): print("del", self.n)
x = A(1)
x = A(2)
print("rebound")
x = None
print("set to None")
lst = [A(3)]
lst[0] = A(4)
print("item replaced")
lst = []
print("list replaced")
class H:
    pass
h = H()
h.a = A(5)
h.a = A(6)
print("attribute replaced")
h = None
print("end")
