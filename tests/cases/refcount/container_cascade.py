# Dropping a container releases what it holds: list items last to first,
# tuple items last to first, dict values in insertion order, attributes in order.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [A(1), A(2), A(3)]
print("drop list")
lst = None
t = (A(4), A(5), A(6))
print("drop tuple")
t = None
d = {"x": A(7), "y": A(8), "z": A(9)}
print("drop dict")
d = None
class Holder:
    def __init__(self):
        self.first = A(10)
        self.second = A(11)
    def __del__(self):
        print("del holder")
h = Holder()
print("drop holder")
h = None
nested = [A(12), [A(13), (A(14),)], {"k": A(15)}]
print("drop nested")
nested = None
print("end")
