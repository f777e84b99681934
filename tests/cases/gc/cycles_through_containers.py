# Cycles through lists, dicts, tuples, functions, classes and generators are collected.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [A(1)]; lst.append(lst)
d = {"a": A(2)}; d["self"] = d
t = ([A(3)],); t[0].append(t)
def make():
    x = A(4)
    def inner(): return x
    x.f = inner
    return None
make()
class K:
    pass
K.instance = K()
K.instance.payload = A(5)
def gen():
    me = A(6)
    yield me
g = gen(); next(g); g_ref = [g]; g_ref.append(g_ref)
del lst, d, t, K, g, g_ref
print("collecting")
gc.collect()
print("done")
