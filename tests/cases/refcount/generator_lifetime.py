# A suspended generator owns its locals; dropping it closes it (finally runs)
# and releases them.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    local = A(1)
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
print("dropping suspended generator")
g = None
print("after drop")
def exhaust():
    x = A(2)
    yield x.n
for v in exhaust():
    print("got", v)
print("after loop")
def holder():
    item = yield
    print("received", item.n)
    yield
    print("not reached")
h = holder()
next(h)
h.send(A(3))
print("send returned")
h = None
print("end")
