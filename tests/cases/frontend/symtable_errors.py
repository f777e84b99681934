# symtable's SyntaxErrors (symbol table and future checks, and the parser's) with CPython's message and
# position; what the symbol table accepts that codegen would refuse (return/yield outside a function).
import symtable, _symtable
BAD = [
    "def f(x): global x",
    "def f(x):\n    nonlocal x",
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    global x\n    nonlocal x",
    "def f():\n    def g():\n        nonlocal y",
    "class A:\n    nonlocal __class__",
    "def f(a, a): pass",
    "def f[T, T](): pass",
    "lambda a, a: 1",
    "def f():\n    from os import *",
    "[x for x in (y := [1])]",
    "[(i := 0) for i in range(3)]",
    "class A:\n    [(j := 1) for j in range(3)]",
    "class A:\n    [(k := 1) for i in range(3)]",
    "def f():\n    yield 1\n    return [(yield) for x in y]",
    "await x",
    "async def f():\n    [x async for x in y]\ndef g():\n    [x async for x in y]",
    "def f():\n    [x for x in await y]",
    "type T[A] = (yield)",
    "def f[T](x: (yield)): pass",
    "class A[T]:\n    x: (yield)",
    "x: (yield)",
    "def f(x: (y := 1)): pass",
    "type X[T: (y := 1)] = int",
    "class A[T](x := 1): pass",
    "__debug__ = 1",
    "def f(__debug__): pass",
    "del __debug__",
    "x = 1\nfrom __future__ import annotations",
    "from __future__ import annotations; from __future__ import division",
    "import os; from __future__ import division",
    "from __future__ import nested_scopes, braces",
    "from __future__ import spam",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f[T]():\n    nonlocal T",
    "def f():\n    [[(a := 1) for b in range(1)] for a in range(1)]",
    "def f():\n    import __debug__",
    "class A:\n    def f(self):\n        nonlocal __class__",
    "def f(x:int, *, y):\n  pass\ndef f2(**k, m): pass",
    "return 5",
    "yield 5",
    "for x in y:\n  pass\nelse:\n  continue",
]
for src in BAD:
    try:
        t = symtable.symtable(src, "bad.py", "exec")
        print("OK", repr(src), sorted(t.get_identifiers()))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    except Exception as e:
        print("other", type(e).__name__, e)

# The symbol table's and the future statements' errors carry their location as attributes only
# (args is the message alone, and the text is the file's line); codegen's carry it in args too.
for src in ["def f(a, a): pass", "from __future__ import braces", "x = 1\nfrom __future__ import division", "return 1"]:
    for name, fn in (("symtable", symtable.symtable), ("compile", compile)):
        try:
            fn(src, __file__, "exec")
            print(name, "ok")
        except SyntaxError as e:
            print(name, repr(e), e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
