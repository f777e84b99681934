# Temporaries die as soon as the instruction that used them is done.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def get(self): return self.n
A(1)
print("after expression statement")
print(A(2).n)
print(A(3).get())
def ret():
    return A(4)
ret()
print("after discarded return value")
v = ret().n
print("v =", v)
print(len([A(5), A(6)]))
print("end")
