# A cycle with a weakly referenced member: collection clears the weakref, calls its
# callback (the weakref itself is not garbage), then runs the finalizers.
import gc, _weakref
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("del", self.n)
def cb(wr): print("callback, referent gone:", wr() is None)
a = Node(1); b = Node(2); a.other = b; b.other = a
w = _weakref.ref(a, cb)
del a, b
print("before collect")
gc.collect()
print("after collect", w() is None)
