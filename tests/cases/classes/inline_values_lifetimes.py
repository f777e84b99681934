# An instance's attributes (inline values until __dict__ is asked for) are released when
# it dies, in the order they were set, and cycles through them are collected.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    pass


h = Holder()
h.a = Noisy("a")
h.b = Noisy("b")
h.c = Noisy("c")
h.b = Noisy("b2")
print("replaced b")
del h
print("after del h")

# A cycle through inline values only.
gc.collect()
x = Holder()
y = Holder()
x.other = y
y.other = x
x.tag = Noisy("in cycle")
del x, y
print("collected", gc.collect() >= 2)

# The same after the dict was materialized.
x = Holder()
x.self = x
x.tag = Noisy("dict cycle")
print(sorted(vars(x)))
del x
print("collected", gc.collect() >= 2)

# gc sees the values as the instance's referents.
z = Holder()
marker = Noisy("marker")
z.m = marker
print(marker in gc.get_referents(z), gc.is_tracked(z))
del z, marker
print("end")
