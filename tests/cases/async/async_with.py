# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__, and the errors.

def run(coro):
    while True:
        try:
            up = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  suspended with", up)

def attempt(coro):
    try:
        print("->", run(coro))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return (yield self.value)

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend(("enter", self.name))
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Suspend(("exit", self.name, typ.__name__ if typ else None))
        return self.suppress

async def simple():
    async with Manager("a") as x:
        print("  body with", x)
        async with Manager("b") as y, Manager("c") as z:
            print("  inner body", y, z)
    return "done"
attempt(simple())

async def raising(suppress):
    async with Manager("r", suppress):
        raise KeyError("inside")
    return "after with"
attempt(raising(True))
attempt(raising(False))

async def returning():
    async with Manager("ret"):
        return "returned from body"
attempt(returning())

async def in_loop():
    out = []
    for i in range(3):
        async with Manager(str(i)):
            if i == 1:
                continue
            out.append(i)
    return out
attempt(in_loop())

class NoAsync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class OnlyAEnter:
    async def __aenter__(self): return self
class OnlyAExit:
    async def __aexit__(self, *a): pass
class AEnterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
class AExitNotAwaitable:
    async def __aenter__(self): return self
    def __aexit__(self, *a): return "nope"

async def use(cm):
    async with cm:
        print("  body runs")
for cm in [1, NoAsync(), OnlyAEnter(), OnlyAExit(), AEnterNotAwaitable(), AExitNotAwaitable()]:
    attempt(use(cm))

# plain `with` on an asynchronous context manager
def use_sync(cm):
    with cm:
        pass
try:
    use_sync(Manager("sync"))
except TypeError as e:
    print("TypeError:", e)

# __aexit__ raising replaces the exception, with the original as context
class ExitRaises:
    async def __aenter__(self): return self
    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("from aexit")
async def exit_raises():
    async with ExitRaises():
        raise ValueError("body")
try:
    run(exit_raises())
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
