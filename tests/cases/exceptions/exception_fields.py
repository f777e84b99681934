# The fields of the exceptions CPython gives C members: StopIteration, SystemExit,
# ImportError, NameError, AttributeError, SyntaxError; KeyError's str; BaseException's
# own attributes, __reduce__ and __setstate__.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("StopIteration()", lambda: (StopIteration().value, StopIteration().args))
show("StopIteration(1, 2)", lambda: StopIteration(1, 2).value)
s = StopIteration(5)
s.value = 6
show("set value", lambda: (s.value, s.args))
del s.value
show("del value", lambda: s.value)
show("StopAsyncIteration", lambda: hasattr(StopAsyncIteration(1), "value"))

def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("generator return", e.value, e.args)

show("SystemExit()", lambda: (SystemExit().code, SystemExit().args))
show("SystemExit(3)", lambda: SystemExit(3).code)
show("SystemExit(1, 2)", lambda: SystemExit(1, 2).code)
show("SystemExit(None)", lambda: (SystemExit(None).code, SystemExit(None).args))
import sys
for arg in [(), (None,), (3,), ("bye",), ((1, 2),)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("sys.exit", arg, e.args, e.code)

show("ImportError('m')", lambda: (ImportError("m").msg, ImportError("m").name, ImportError("m").path, ImportError("m").name_from))
e = ImportError("m", name="n", path="p", name_from="f")
show("ImportError kw", lambda: (e.msg, e.name, e.path, e.name_from, e.args, str(e)))
show("ImportError 2 args", lambda: (ImportError("a", "b").msg, str(ImportError("a", "b"))))
show("ImportError(1)", lambda: (ImportError(1).msg, str(ImportError(1))))
show("ImportError reduce", lambda: e.__reduce__())
show("ImportError reduce plain", lambda: ImportError("x").__reduce__())
show("ModuleNotFoundError", lambda: (ModuleNotFoundError("m", name="q").name, ModuleNotFoundError.__mro__))
try:
    import no_such_module_here
except ModuleNotFoundError as x:
    print("import", type(x).__name__, x.name, x.msg, x.path)
try:
    from sys import no_such_name
except ImportError as x:
    print("from import", x.name, x.msg, x.name_from)

show("NameError", lambda: (NameError("m").name, NameError("m", name="x").name, NameError.__mro__))
try:
    undefined_name
except NameError as x:
    print("raised NameError", x.name, x.args)
def f():
    print(later)
    later = 1
try:
    f()
except UnboundLocalError as x:
    print("UnboundLocalError", x.name, x.args)

show("AttributeError", lambda: (AttributeError("m").name, AttributeError("m").obj))
a = AttributeError("m", name="x", obj=3)
show("AttributeError kw", lambda: (a.name, a.obj, a.args))
show("AttributeError reduce", lambda: a.__reduce__())
show("AttributeError getstate", lambda: AttributeError().__getstate__())
class C:
    pass
try:
    C().missing
except AttributeError as x:
    print("raised AttributeError", x.name, type(x.obj).__name__, x.args)

s = SyntaxError("msg", ("dir/f.py", 3, 4, "text", 3, 6))
show("SyntaxError", lambda: (s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line, s._metadata))
show("SyntaxError args", lambda: (s.args, str(s)))
show("SyntaxError 7", lambda: SyntaxError("m", ("f", 1, 2, "t", 1, 3, "meta"))._metadata)
show("SyntaxError list info", lambda: SyntaxError("m", ["f", 1, 2, "t"]).filename)
show("SyntaxError no file", lambda: str(SyntaxError("m", (None, 7, 4, "t"))))
show("SyntaxError no line", lambda: str(SyntaxError("m", ("a/b.py", None, 4, "t"))))
show("SyntaxError str line", lambda: str(SyntaxError("m", ("a/b.py", "7", 4, "t"))))
show("SyntaxError huge line", lambda: str(SyntaxError("m", ("f.py", 2**70, 4, "t"))))
show("SyntaxError()", lambda: (SyntaxError().msg, str(SyntaxError()), str(SyntaxError(5))))
show("SyntaxError 3 args", lambda: (SyntaxError("a", 1, 2).msg, SyntaxError("a", 1, 2).filename))
show("IndentationError", lambda: IndentationError("m", ("f", 1, 2, "t")).lineno)
show("TabError", lambda: TabError.__mro__)
s.lineno = 10
s.filename = "other.py"
show("changed", lambda: str(s))
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as x:
    print("compile", x.msg, x.filename, x.lineno, x.offset, repr(x.text), x.end_lineno, x.end_offset)

show("KeyError('a')", lambda: str(KeyError("a")))
show("KeyError('a', 'b')", lambda: str(KeyError("a", "b")))
show("KeyError()", lambda: str(KeyError()))
show("KeyError(())", lambda: str(KeyError(())))
try:
    {}[(1, 2)]
except KeyError as x:
    print("raised KeyError", str(x), x.args)

e = Exception(1)
show("no dict reduce", lambda: e.__reduce__())
e.x = 2
show("dict reduce", lambda: e.__reduce__())
e.__setstate__({"y": 3})
show("setstate", lambda: (e.y, e.__dict__))
e.__setstate__(None)
e.args = [4, 5]
show("args from list", lambda: e.args)
e.__suppress_context__ = True
show("suppress", lambda: e.__suppress_context__)
e = Exception()
e.add_note("first")
e.add_note("second")
show("notes", lambda: (e.__notes__, e.__dict__))
show("with_traceback", lambda: e.with_traceback(None) is e)
