# The aiter() and anext() builtins, with and without a default.

def run(coro):
    while True:
        try:
            up = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  suspended with", up)

def attempt(f, *args):
    try:
        print("->", f(*args))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

async def agen():
    yield "first"
    await Suspend("between")
    yield "second"

async def main():
    g = agen()
    it = aiter(g)
    print("  aiter is self:", it is g)
    print("  ", await anext(it))
    print("  ", await anext(it, "default"))
    print("  ", await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration")
    return "main done"
print(run(main()))

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend(("counting", self.n))
        return self.n

async def with_class():
    c = Counter(2)
    out = []
    out.append(await anext(c, "d"))
    out.append(await anext(c, "d"))
    out.append(await anext(c, "d"))
    return out
print(run(with_class()))

print(type(anext(agen(), 1)).__name__)
a = anext(agen(), 1)
print(a.__await__() is a, iter(a) is a)
attempt(next, a)
a = anext(Counter(0), "empty")
attempt(next, a)
a = anext(Counter(1), "x")
attempt(a.send, None)
attempt(a.throw, ValueError("thrown into anext"))
a = anext(Counter(1), "x")
attempt(a.close)

attempt(aiter, 1)
attempt(anext, 1)
attempt(anext, [])

class BadAIter:
    def __aiter__(self):
        return 1
attempt(aiter, BadAIter())
attempt(aiter)
attempt(anext)
attempt(anext, 1, 2, 3)
