# Code objects: marshal.dumps(compile(...)) is CPython's bytes; loads gives a code object that runs.
import marshal
import hashlib

sources = [
    'x = 1\n',
    'def f(a, *, b=2): return a+b\nx = f(1)\nprint(x)\n',
    'class C:\n    """doc"""\n    def m(self, y: int) -> str:\n        return str(y)\n    class D:\n        pass\nprint(C().m(4), C.D.__qualname__)\n',
    'def g(x):\n    try:\n        return x in {"a", "b", "c"}\n    except KeyError as e:\n        raise ValueError("no") from e\n    finally:\n        pass\nprint(g("a"), g("z"))\n',
    'import sys\nasync def h():\n    async with a as b:\n        yield [i async for i in b]\nprint(h.__code__.co_flags, h.__name__)\n',
    'def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner\nprint(outer()(), (lambda q: q * 2)(21))\n',
    'print(1.5, 2j, -0.0, 10**30, b"by", "é€", (1, (2, 3)), frozenset({4}), "x"[0:1])\n',
]
for src in sources:
    code = compile(src, 'm.py', 'exec')
    data = marshal.dumps(code)
    print(len(data), hashlib.sha256(data).hexdigest()[:16])
    back = marshal.loads(data)
    print(type(back).__name__, back == code, marshal.dumps(back) == data)
    exec(back, {'__name__': 'm'})

code = compile('def f(x=3):\n    return x * 2\n', 'file.py', 'exec')
back = marshal.loads(marshal.dumps(code))
ns = {}
exec(back, ns)
f = ns['f']
print(f(), f(5), f.__code__.co_filename, f.__code__.co_qualname, f.__code__.co_varnames, f.__code__.co_firstlineno)
print(list(f.__code__.co_lines()) == list(code.co_consts[0].co_lines()))

# allow_code=False refuses code objects both ways.
for call in [lambda: marshal.dumps(code, allow_code=False), lambda: marshal.dumps([code], 4, allow_code=False),
             lambda: marshal.loads(marshal.dumps(code), allow_code=False)]:
    try:
        call()
    except ValueError as e:
        print(e)
print(marshal.loads(marshal.dumps(5), allow_code=False))
