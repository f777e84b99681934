# symtable over varied code: nested functions, classes, comprehensions (inlined and not), lambdas,
# PEP 695 type parameters and aliases, deferred and __future__ annotations, global/nonlocal, imports,
# private names, match/except*/walrus; every Symbol predicate and the Function/Class queries.
import symtable, warnings
warnings.simplefilter("ignore", DeprecationWarning)

def walk(t, depth=0):
    ind = "  " * depth
    print(f"{ind}{t.get_type()} {t.get_name()!r} line={t.get_lineno()} nested={t.is_nested()} "
          f"optimized={t.is_optimized()} children={t.has_children()} {t!r}")
    for name in t.get_identifiers():
        s = t.lookup(name)
        print(f"{ind}  {s!r} ref={s.is_referenced()} param={s.is_parameter()} tparam={s.is_type_parameter()} "
              f"global={s.is_global()} declglobal={s.is_declared_global()} nonlocal={s.is_nonlocal()} local={s.is_local()} "
              f"annot={s.is_annotated()} free={s.is_free()} freeclass={s.is_free_class()} imported={s.is_imported()} "
              f"assigned={s.is_assigned()} compiter={s.is_comp_iter()} compcell={s.is_comp_cell()} ns={[n.get_name() for n in s.get_namespaces()]}")
    if isinstance(t, symtable.Function):
        print(f"{ind}  params={t.get_parameters()} locals={t.get_locals()} globals={t.get_globals()} "
              f"nonlocals={t.get_nonlocals()} frees={t.get_frees()}")
    if isinstance(t, symtable.Class):
        print(f"{ind}  methods={t.get_methods()}")
    for c in t.get_children():
        walk(c, depth + 1)

SNIPPETS = [
'''
import os, sys as system
from collections import *
from os.path import join as j
x = 1
def outer(a, /, b, *args, c=2, **kw):
    y = a + b
    def inner():
        nonlocal y
        y += 1
        return y, x
    global z
    z = lambda q, r=y: q + r
    return inner
''',
'''
class A:
    attr: int = 3
    other: "str"
    def method(self, v: int) -> None:
        self.v = v
        return __class__
    @staticmethod
    def s(): return super()
    class Inner:
        def m(self): return attr
''',
'''
def comps(data):
    a = [x * y for x in data for y in range(x) if x]
    b = {k: v for k, v in data.items()}
    c = {e for e in data}
    d = (g for g in data)
    e = [lambda: x for x in data]
    f = [[w for w in x] for x in data]
    return a, b, c, d, e, f
class K:
    vals = [i for i in range(3)]
    gen = (i for i in vals)
''',
'''
type Alias = int
type Gen[T, *Ts, **P] = tuple[T, *Ts]
def func[T: int, U: (str, bytes) = str, *V, **W](a: T) -> U: ...
class C[T: C = int](list[T]):
    def m[S](self, s: S) -> T: ...
    type Inner[Q] = dict[Q, T]
''',
'''
from __future__ import annotations
def f(a: int, *b: str, c: list[int] = [], **d: float) -> dict:
    x: int = 1
    y: SomeType
class D:
    z: int
''',
'''
def f(a: int, *b: str, c: list[int] = [], **d: float) -> dict:
    x: int = 1
    y: SomeType
    if a:
        w: int = 2
class D:
    z: int
    if True:
        q: str
''',
'''
async def co(xs):
    async with xs as y:
        pass
    async for z in xs:
        await z
    return [w async for w in xs]
''',
'''
def g():
    yield 1
    x = yield from g()
    match x:
        case [a, *rest] if a: pass
        case {"k": v, **others}: pass
        case Point(x=px) | str(px): pass
        case _ as whole: pass
    try:
        pass
    except* ValueError as eg:
        pass
    with open(x) as (fa, fb):
        pass
    del x
    (walrus := 3)
    [(inner := i) for i in range(3)]
    print(f"{walrus!r:>{inner}}")
''',
'''
class A:
    def f(self):
        def g():
            return __class__
        return g
    x = 1
    def h(self):
        return x
    global gg
    gg = 1
''',
'''print(__debug__)\n''',
'''
def deco(f): return f
@deco
class E:
    @deco
    def m(self): pass
    __private = 1
    def _m(self, __arg):
        return self.__private, __arg, __other
''',
]
for i, src in enumerate(SNIPPETS):
    print("=====", i)
    walk(symtable.symtable(src, f"snip{i}", "exec"))
for src, mode in [("x + y", "eval"), ("a = 1", "single"), ("lambda q: q + w", "eval")]:
    print("=====", mode)
    walk(symtable.symtable(src, "m", mode))
