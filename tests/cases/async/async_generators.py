# Async generators driven by hand: __anext__/asend/athrow/aclose, their awaitables, states and errors.

def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("->", r)
    except BaseException as e:
        print(type(e).__name__ + ":", e)

class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

def run(coro):
    """Drive a coroutine to completion, printing what it passes up."""
    while True:
        try:
            up = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  suspended with", up)

async def agen():
    print("  start")
    got = yield 1
    print("  got", got)
    await Suspend("inside")
    yield 2
    print("  end")

g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_suspended, g.ag_await)
print(type(g.ag_frame).__name__, g.ag_code is agen.__code__, g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__, a.__await__() is a, iter(a) is a)
attempt(next, a)
print("after first", g.ag_running, g.ag_suspended)
attempt(next, a)
s = g.asend("sent")
attempt(s.send, None)
print("suspended in await:", g.ag_running, type(g.ag_await).__name__)
attempt(s.send, None)
attempt(next, g.__anext__())
attempt(next, g.__anext__())
print(g.ag_frame, g.ag_running, g.ag_suspended)

# async for over an async generator, with an await between yields
async def counter(n):
    for i in range(n):
        await Suspend(("tick", i))
        yield i * i

async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    return out
print(run(consume()))

# athrow: the exception lands at the yield
async def handles():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "handled " + repr(e)

g = handles()
attempt(next, g.__anext__())
attempt(next, g.athrow(KeyError("k")))
attempt(next, g.athrow(ValueError("v")))
attempt(next, g.__anext__())
attempt(next, g.athrow(KeyError("again")))

# aclose: GeneratorExit at the yield; awaiting in finally is allowed
async def closing():
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs")
        await Suspend("cleanup await")
        print("  after cleanup await")

g = closing()
attempt(next, g.__anext__())
c = g.aclose()
attempt(c.send, None)
attempt(c.send, None)
attempt(c.send, None)
attempt(next, g.__anext__())
attempt(next, g.aclose())

# a generator that yields while being closed
async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

g = yields_in_finally()
attempt(next, g.__anext__())
attempt(next, g.aclose())

# aclose of a generator that never started, and of a finished one
g = yields_in_finally()
attempt(next, g.aclose())
attempt(next, g.aclose())

# the awaitables are single-use
g = counter(2)
a = g.__anext__()
attempt(next, a)
attempt(next, a)
attempt(next, a)
attempt(a.send, None)
attempt(a.throw, ValueError("late"))
print(a.close())
t = g.athrow(ValueError)
t.close()
attempt(next, t)
attempt(t.send, None)
g2 = counter(1)
t = g2.aclose()
attempt(t.send, "x")
t.close()

# running twice at once
async def slow():
    await Suspend("busy")
    yield "value"

g = slow()
first = g.__anext__()
attempt(first.send, None)
print("ag_running:", g.ag_running)
attempt(g.__anext__().send, None)
attempt(g.athrow(ValueError).send, None)
attempt(g.aclose().send, None)
attempt(first.send, None)
print("ag_running:", g.ag_running)

# a non-None value sent first into a just-started async generator
async def simple():
    yield 1
g = simple()
attempt(g.asend(5).send, None)
g = simple()
attempt(g.asend(5).send, 7)

# StopAsyncIteration and StopIteration raised inside become RuntimeError
async def raises(exc):
    yield 1
    raise exc
for exc in [StopAsyncIteration("a"), StopIteration("b")]:
    g = raises(exc)
    attempt(next, g.__anext__())
    try:
        next(g.__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# return with a value is a syntax error; a plain return ends iteration
async def plain_return():
    yield 1
    return
g = plain_return()
attempt(next, g.__anext__())
attempt(next, g.__anext__())

# athrow arguments
g = simple()
for args in [(), (1, 2, 3, 4)]:
    t = g.athrow(*args)
    attempt(t.send, None)
    attempt(t.send, None)
    t.close()
g = simple()
attempt(next, g.athrow(1))
g = simple()
print(type(g.athrow(ValueError)).__name__)

# the asend awaitable's throw and close
g = handles()
attempt(next, g.__anext__())
a = g.__anext__()
attempt(a.throw, KeyError("via asend"))
a = g.__anext__()
attempt(a.throw, KeyError("again"))
a = g.asend(None)
print(a.close())
attempt(next, a)

# async for over objects that are not async iterables
async def bad_for(obj):
    async for x in obj:
        pass

class NoANext:
    def __aiter__(self):
        return 1
class ANextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class Manual:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i

for obj in [[1, 2], NoANext(), ANextNotAwaitable()]:
    c = bad_for(obj)
    try:
        c.send(None)
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))

async def manual():
    return [x async for x in Manual()]
print(run(manual()))

# async comprehensions and async generator expressions
async def comprehensions():
    squares = [x async for x in counter(3)]
    evens = {x for x in range(6) if x % 2 == 0}
    d = {x: y async for x, y in pairs()}
    ge = (x + 1 async for x in counter(2))
    print("  genexp type", type(ge).__name__)
    from_ge = [v async for v in ge]
    awaited = [await Suspend(i) for i in range(2)]
    return squares, sorted(evens), d, from_ge, awaited

async def pairs():
    yield "a", 1
    yield "b", 2

print(run(comprehensions()))

# break out of async for, then the generator is closed explicitly
async def breaker():
    g = counter(5)
    async for v in g:
        if v >= 1:
            break
    print("  suspended after break:", g.ag_suspended)
    await g.aclose()
    print("  closed:", g.ag_frame)
    return v
print(run(breaker()))
