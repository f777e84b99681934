# "coroutine ... was never awaited": a coroutine dropped before it started warns, once per
# location; one that ran, or was closed, does not.
import gc

async def job(x):
    return x

def make_and_drop():
    job(1)

make_and_drop()
for i in range(3):
    job(i)          # one warning for this line, not three

c = job(2)
del c               # warns here

c = job(3)
c.close()           # closed first: no warning
del c

c = job(4)
try:
    c.send(None)
except StopIteration as e:
    print("ran:", e.value)
del c               # finished: no warning

class Holder:
    pass
h = Holder()
h.c = job(5)
h.me = h
del h
gc.collect()        # a coroutine in a cycle warns when collected

async def agen():
    yield 1
g = agen()
a = g.asend(None)
del a               # an asend awaitable never awaited
t = g.athrow(ValueError)
del t
c = g.aclose()
del c
n = g.__anext__()
next(n, None)
del n               # awaited: no warning
print("end")
