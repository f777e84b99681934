# Coroutine objects driven by hand: send/throw/close, their attributes and errors.
def show(o):
    r = repr(o)
    print(r[:r.index(" at 0x")] + " at 0x...>")

def attempt(f, *args):
    try:
        r = f(*args)
        print("->", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)


class Suspend:
    """An awaitable that suspends once, passing `value` up to whoever drives the coroutine."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got


async def add(a, b):
    x = await Suspend(("want", a))
    y = await Suspend(("want", b))
    return x + y

c = add(1, 2)
show(c)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin, c.cr_code is add.__code__)
print(type(c.cr_frame).__name__)
print(c.send(None))
print(c.cr_suspended, type(c.cr_await).__name__)
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await, c.cr_suspended)
attempt(c.send, None)
attempt(c.close)

# can't send a value into a just-started coroutine
c = add(1, 2)
attempt(c.send, 5)
c.close()

# throw() raises at the await and can be caught there
async def catcher():
    try:
        await Suspend("waiting")
    except KeyError as e:
        return "caught " + repr(e)

c = catcher()
c.send(None)
attempt(c.throw, KeyError("k"))
c = catcher()
c.send(None)
attempt(c.throw, ValueError("v"))
attempt(c.send, None)

# close() raises GeneratorExit inside; a coroutine that keeps awaiting is an error
async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        print("got GeneratorExit")
        await Suspend(2)

c = stubborn()
c.send(None)
attempt(c.close)

async def returns_on_close():
    try:
        await Suspend(1)
    except GeneratorExit:
        return "closing value"

c = returns_on_close()
c.send(None)
attempt(c.close)

# close of a coroutine that never started does not run it
async def never_runs():
    print("should not print")
c = never_runs()
attempt(c.close)
attempt(c.send, None)

# __name__ and __qualname__ can be set to str only
class K:
    async def meth(self):
        return 1
c = K().meth()
print(c.__name__, c.__qualname__)
c.__name__ = "renamed"
show(c)
attempt(setattr, c, "__qualname__", 5)
attempt(setattr, c, "__name__", None)
c.close()

# coroutine is not an iterator; __await__ gives a coroutine_wrapper that is one
async def value(v):
    return v
c = value(42)
attempt(iter, c)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
attempt(next, w)
w.close()
c = value(43)
w = c.__await__()
attempt(w.send, None)

# awaiting things that are not awaitable
async def await_it(x):
    return await x

class NonIterAwait:
    def __await__(self):
        return 5
class CoroAwait:
    def __await__(self):
        return value(1)
class GenAwait:
    def __await__(self):
        yield "from generator"
        return "done"

for obj in [1, "s", NonIterAwait(), CoroAwait()]:
    c = await_it(obj)
    attempt(c.send, None)
    c.close()
c = await_it(GenAwait())
attempt(c.send, None)
attempt(c.send, None)

# StopIteration raised inside a coroutine becomes RuntimeError
async def raises_stop():
    raise StopIteration("oops")
c = raises_stop()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# a coroutine awaited by two awaiters
async def waits():
    await Suspend("x")
shared = waits()
async def await_shared():
    await shared
first = await_shared()
first.send(None)
second = await_shared()
attempt(second.send, None)
first.close()

# a coroutine already executing
async def reenter():
    attempt(me.send, None)
    return "done"
me = reenter()
attempt(me.send, None)

# yield from a coroutine in a plain generator is refused
def plain():
    yield from value(1)
cv = value(1)
attempt(next, plain())
cv.close()

# throw() with the old three-argument signature still works
c = catcher()
c.send(None)
attempt(c.throw, KeyError, KeyError("three"), None)
attempt(c.throw, 1)

# cr_origin records where coroutines were created while origin tracking is on
import sys
print(sys.get_coroutine_origin_tracking_depth())
def make():
    return value(1)
def make_outer():
    return make()
sys.set_coroutine_origin_tracking_depth(2)
c = make_outer()
print([(line, name) for _, line, name in c.cr_origin])
sys.set_coroutine_origin_tracking_depth(0)
print(sys.get_coroutine_origin_tracking_depth(), make().cr_origin)
attempt(sys.set_coroutine_origin_tracking_depth, -1)
c.close()
