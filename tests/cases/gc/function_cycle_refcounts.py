# A function in a cycle (through its closure cell) is collected without disturbing the
# references it held: the module's globals keep their count.
import gc, sys
g = globals()
before = sys.getrefcount(g)
def make():
    def f():
        return f
    return f
for _ in range(5):
    h = make()
    del h
    gc.collect()
print("globals refcount change:", sys.getrefcount(g) - before)
class Node:
    def __init__(self): self.me = self
    def method(self): return self
for _ in range(5):
    n = Node()
    n.bound = n.method
    del n
    gc.collect()
print("after instance cycles:", sys.getrefcount(g) - before)
for _ in range(5):
    def selfref(): pass
    selfref.me = selfref
    del selfref
    gc.collect()
print("after function __dict__ cycles:", sys.getrefcount(g) - before)
