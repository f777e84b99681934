# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): await, async for, async with and async
# comprehensions at top level make a coroutine code object (CO_COROUTINE), only when used.
import ast
import inspect
import types

F = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT


@types.coroutine
def _suspend(v):
    return (yield v)


async def sleep(d, result=None):
    await _suspend(d)
    return result


async def arange(n):
    for i in range(n):
        await _suspend(i)
        yield i


class CM:
    async def __aenter__(self):
        return 5

    async def __aexit__(self, *a):
        print("exit", a[0])
        return False


def drive(c):
    steps = 0
    try:
        while True:
            c.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


SOURCES = [
    ("await sleep(0, 7)", "eval"),
    ("x = await sleep(0, 7)", "exec"),
    ("await sleep(0, 7)", "single"),
    ("[x async for x in arange(3)]", "eval"),
    ("{x async for x in arange(3)}", "eval"),
    ("{x: -x async for x in arange(3)}", "eval"),
    ("[await sleep(0, x) for x in range(3)]", "eval"),
    ("[[await sleep(0, y) for y in range(x)] for x in range(3)]", "eval"),
    ("async for i in arange(3):\n    print(i)\nelse:\n    print('else')", "exec"),
    ("async with CM() as c:\n    print(c)", "exec"),
    ("try:\n    await sleep(0, 1)\n    raise KeyError(2)\nexcept KeyError as e:\n    r = await sleep(0, e)", "exec"),
    ("x: int = await sleep(0, 3)", "exec"),
    ("x: int = await sleep(0, 3)", "single"),
    ("f'{await sleep(0, 4)}'", "eval"),
    ("async def g():\n    return await sleep(0, 8)\nr = await g()", "exec"),
    # Nothing to await: an ordinary code object.
    ("(x async for x in arange(3))", "eval"),
    ("1 + 2", "eval"),
    ("def f(): pass", "exec"),
    ("async def h(): await sleep(0)", "exec"),
]

for src, mode in SOURCES:
    ns = {"sleep": sleep, "arange": arange, "CM": CM}
    co = compile(src, "<tla>", mode, flags=F)
    print(repr(src), mode, hex(co.co_flags), co.co_names)
    print("  code", co.co_code.hex())
    r = eval(co, ns)
    if inspect.iscoroutine(r):
        print("  coroutine ->", drive(r), {k: v for k, v in ns.items() if k in ("x", "r", "c")})
    elif inspect.isasyncgen(r):
        print("  async generator")
    else:
        print("  ->", r)

# Without the flag, and where the flag does not reach (inside a function or lambda).
for src, mode, flags in [
    ("await sleep(0)", "exec", 0),
    ("[x async for x in arange(3)]", "eval", 0),
    ("async for i in arange(3): pass", "exec", 0),
    ("async with CM(): pass", "exec", 0),
    ("def f():\n    await sleep(0)", "exec", F),
    ("lambda: await sleep(0)", "eval", F),
    ("def f():\n    return [x async for x in arange(3)]", "exec", F),
    ("def f():\n    async with CM(): pass", "exec", F),
    ("class C:\n    await sleep(0)", "exec", F),
]:
    try:
        compile(src, "<tla>", mode, flags=flags)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset)

# A function made from the code object runs it with its globals as locals.
g = {"sleep": sleep}
co = compile("a = await sleep(0, result=1)", "<tla>", "single", flags=F)
print(drive(types.FunctionType(co, g)()), g["a"])
