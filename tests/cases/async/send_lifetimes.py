# Object lifetimes through coroutines: a value passed to coro.send(v) lives until send returns
# (the C#-to-Python call holds it); a suspended coroutine that is dropped is closed at once.
from _weakref import ref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

keep = []
def tracked(name):
    o = Obj(name)
    keep.append(ref(o, lambda r: print("  freed", name)))
    return o

class Suspend:
    def __await__(self):
        return (yield "suspended")

async def receiver():
    v = await Suspend()
    print("  received", v)
    del v
    print("  dropped own reference")
    await Suspend()
    return "done"

c = receiver()
c.send(None)
print("before send")
x = c.send(tracked("sent value"))
print("send returned", x)

# the same through a coroutine_wrapper and an asend awaitable
c = receiver()
w = c.__await__()
w.send(None)
x = w.send(tracked("sent through wrapper"))
print("wrapper send returned", x)

async def agen():
    v = yield 1
    print("  agen received", v)
    del v
    yield 2
g = agen()
next(g.__anext__(), None)
try:
    g.asend(tracked("sent through asend")).send(None)
except StopIteration as e:
    print("asend gave", e.value)

async def dropped():
    b = tracked("local b")
    try:
        await Suspend()
    finally:
        print("  finally while closing")

c = dropped()
c.send(None)
print("dropping the coroutine")
del c
print("after drop")

# an async generator's yielded value is handed out, not kept
async def yields():
    yield tracked("yielded")
g = yields()
try:
    next(g.__anext__())
except StopIteration as e:
    v = e.value
print("holding", v)
del v
print("end")
