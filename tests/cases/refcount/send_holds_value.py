# generator.send() holds its own reference to the value until it returns,
# so dropping it inside the generator does not finalize it yet.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    x = yield
    x = None
    print("after drop in gen")
    yield
g = gen(); next(g); g.send(A(2)); print("send returned")
