# A __future__ import after the first statement fails in the symbol table pass (3.14's
# check_import_from), so it wins over codegen errors before it and loses to symbol-table
# errors the visit meets first.
srcs = [
"def f():\n    match x:\n        case [a] | [b]: pass\nfrom __future__ import annotations\n",
"def g():\n    nonlocal q\nfrom __future__ import annotations\n",
"def g():\n    global q\n    q = 1\n    def h():\n        nonlocal q\nfrom __future__ import annotations\n",
"x = 1\ndef g(a, a): pass\nfrom __future__ import annotations\n",
"x = 1\nfrom __future__ import annotations\ndef g(a, a): pass\n",
"x = 1\nfrom __future__ import annotations\ndef g():\n    yield = 1\n",
"from __future__ import annotations; from __future__ import annotations\nfrom __future__ import division\nx=1\nfrom __future__ import annotations\n",
"x = 1; from __future__ import annotations\n",
"'''doc'''; from __future__ import annotations\n",
"from __future__ import annotations; x = 1; from __future__ import division\n",
"class A:\n    from __future__ import annotations\n",
"def f():\n    from __future__ import nonexistent\n",
"from __future__ import nonexistent\n",
"x = 1\nfrom __future__ import nonexistent\n",
"x = [i for i in range(3) if (yield)]\nfrom __future__ import annotations\n",
"def f():\n    x: int = 1\n    global x\nfrom __future__ import annotations\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"{e.msg} @ {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")
