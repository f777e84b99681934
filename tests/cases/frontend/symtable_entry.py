# _symtable itself: its constants, the 'symtable entry' type (read-only members, repr, no
# constructor), the source forms symtable() takes (str, bytes with a coding cookie, any buffer),
# file names (str, bytes, os.PathLike) and its argument errors, in clinic's order.
import _symtable, pathlib

for k in sorted(dir(_symtable)):
    v = getattr(_symtable, k)
    if isinstance(v, int):
        print(k, v)

top = _symtable.symtable("def f(x):\n    def g(): return x\n    return g\nclass C: pass\n", "mod.py", "exec")
E = type(top)
print(E.__name__, E.__module__, E.__qualname__)
print(sorted(k for k in E.__dict__ if not k.startswith("__")), type(E.__dict__["symbols"]).__name__)
ids = set()
def show(e, depth=0):
    ids.add(e.id)
    assert e.id > 0 and repr(e) == f"<symtable entry {e.name}({e.id}), line {e.lineno}>"
    print("  " * depth, e.name, e.type, e.lineno, e.nested, e.varnames, e.symbols)
    for c in e.children:
        show(c, depth + 1)
show(top)
print(len(ids), top.children[1] is top.children[1], top.children is top.children)
for attr in ("id", "name", "symbols", "varnames", "children", "nested", "type", "lineno"):
    for op in ("set", "del"):
        try:
            setattr(top, attr, 1) if op == "set" else delattr(top, attr)
        except AttributeError as e:
            print(attr, op, e)
try:
    E()
except TypeError as e:
    print(e)

def attempt(*args, **kw):
    try:
        e = _symtable.symtable(*args, **kw)
        print("ok", e.name, e.type, sorted(e.symbols.items()))
    except Exception as ex:
        print(type(ex).__name__, ex)

attempt(b"# -*- coding: iso8859-15 -*-\nclass \xb4: pass\n", "?", "exec")
attempt("# -*- coding: iso8859-15 -*-\nclass \u017d: pass\n", "?", "exec")
attempt(bytearray(b"a = b"), "?", "exec")
attempt(memoryview(b"xa = b")[1:], "?", "exec")
attempt("x + y", "?", "eval")
attempt("z = 1\n", "?", "single")
attempt("print(__debug__)", "?", "exec")
attempt("pass", b"spam", "exec")
attempt("pass", pathlib.PurePosixPath("p.py"), "exec")
attempt("pass", bytearray(b"spam"), "exec")
attempt("pass", memoryview(b"spam"), "exec")
attempt("pass", ["spam"], "exec")
attempt("pass", "sp\0am", "exec")
attempt("pass", "spam", "ex\0ec")
attempt("pass", "spam", "bad")
attempt("pass", "spam", 1)
attempt(1, "spam", "bad")
attempt(1, 2, 3)
attempt(None, "spam", "exec")
attempt("a\0b", "spam", "exec")
attempt(b"a\0b", "spam", "exec")
attempt(memoryview(b"a\0b"), "spam", "exec")
attempt()
attempt("pass", "spam")
attempt("pass", "spam", "exec", 1)
attempt(source="pass", filename="spam", startstr="exec")
try:
    compile("a\0b", "spam", "exec")
except SyntaxError as e:
    print("compile:", e.args)
print(_symtable.symtable.__doc__)
print(_symtable.symtable.__text_signature__)
