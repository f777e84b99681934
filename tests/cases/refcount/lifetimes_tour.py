import gc
# generator and closure lifetimes, with statement exits, nested functions, and refcount order
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make_closure():
    t = T("closure")
    return lambda: t.n
c = make_closure()
print(c())
del c
def gen_holding():
    t = T("gen local")
    yield t.n
    yield "second"
g = gen_holding()
print(next(g))
del g
print("after del g")
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return T(self.name + " value")
    def __exit__(self, *exc): print("exit", self.name, exc[0]); return False
with CM("a") as v:
    print("body", v.n)
print("after with")
v = None
try:
    with CM("b"):
        raise KeyError("x")
except KeyError:
    print("propagated")
def nested():
    items = [T(i) for i in range(3)]
    return items[1]
kept = nested()
print("kept", kept.n)
kept = None
d = {"k": T("dict value")}
d["k"] = T("replacement")
del d["k"]
lst = [T("a"), T("b")]
lst.pop(0)
print("popped")
lst.clear()
print("cleared")
t = (T("tuple item"),)
t = None
x = T("reassign 1")
x = T("reassign 2")
print("end")
x = None
gc.collect()
