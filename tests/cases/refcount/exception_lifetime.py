# An exception and what it references live until the except block ends,
# unless a reference is saved; a saved exception makes a cycle through its
# traceback's frame that only the cycle collector frees.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class E(Exception):
    def __init__(self, payload):
        super().__init__("E")
        self.payload = payload
def f():
    try:
        raise E(A(1))
    except E as e:
        print("caught", e.payload.n)
    print("after except in f")
f()
print("after f")
def g():
    try:
        raise E(A(2))
    except E as e:
        saved = e
    print("end of g")
g()
print("after g")
gc.collect()
print("after collect")
try:
    raise E(A(3))
except E:
    print("handling at module level")
print("after module handler")
