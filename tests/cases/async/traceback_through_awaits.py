# An exception raised deep in awaited coroutines: the traceback lists every coroutine frame.
class Suspend:
    def __await__(self):
        return (yield 1)
async def inner():
    await Suspend()
    raise ValueError("deep")
async def middle():
    return await inner()
async def outer():
    await middle()
c = outer()
c.send(None)
def gen():
    yield from sub()
def sub():
    yield 1
    raise KeyError("sub")
g = gen()
next(g)
try:
    next(g)
except KeyError:
    import sys
    print(sys.exception())
async def ag():
    yield 1
    raise StopAsyncIteration
a = ag()
try: next(a.__anext__())
except StopIteration: pass
try:
    next(a.__anext__())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
c.send(None)
