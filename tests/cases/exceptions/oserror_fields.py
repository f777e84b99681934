# OSError's fields, str, reduce and the errno -> subclass mapping of OSError.__new__.
# The reference CPython is an Emscripten build whose errno numbers differ from Linux's,
# so the mapping is checked by errno name, with each platform's numbers.
import sys

if sys.platform == "emscripten":
    E = dict(EAGAIN=6, EALREADY=7, EINPROGRESS=26, EPIPE=64, ESHUTDOWN=140, ECHILD=12,
             ECONNABORTED=13, ECONNREFUSED=14, ECONNRESET=15, EEXIST=20, ENOENT=44,
             EISDIR=31, ENOTDIR=54, EINTR=27, EACCES=2, EPERM=63, ESRCH=71, ETIMEDOUT=73)
else:  # Linux
    E = dict(EAGAIN=11, EALREADY=114, EINPROGRESS=115, EPIPE=32, ESHUTDOWN=108, ECHILD=10,
             ECONNABORTED=103, ECONNREFUSED=111, ECONNRESET=104, EEXIST=17, ENOENT=2,
             EISDIR=21, ENOTDIR=20, EINTR=4, EACCES=13, EPERM=1, ESRCH=3, ETIMEDOUT=110)

def named(text):
    # The errno numbers in a message, by name.
    for name, n in sorted(E.items(), key=lambda kv: -len(str(kv[1]))):
        text = text.replace(f"[Errno {n}]", f"[Errno {name}]").replace(f"({n},", f"({name},")
    return text

for name in sorted(E):
    print(name, type(OSError(E[name], "x")).__name__)
print("unmapped", type(OSError(9999, "x")).__name__)
print("not an int", type(OSError("2", "x")).__name__)
print("one arg", type(OSError(E["ENOENT"])).__name__)
print("subclass kept", type(FileExistsError(E["ENOENT"], "x")).__name__)

e = OSError(E["ENOENT"], "No such file or directory", "x")
print(type(e).__name__, isinstance(e, FileNotFoundError))
print(named(repr(e.args)), e.errno == E["ENOENT"], e.strerror, e.filename, e.filename2)
print(named(str(e)))
print(named(repr(e)))
r = e.__reduce__()
print(r[0].__name__, named(repr(r[1])), len(r))

e = OSError(E["ENOENT"], "No such file or directory", "x", None, "y")
print(named(str(e)), named(repr(e.args)), e.filename2)
print(named(repr(e.__reduce__()[1])))
e = OSError(E["EACCES"], "Permission denied")
print(type(e).__name__, named(str(e)), e.filename, named(repr(e.__reduce__())))
e = OSError(E["EACCES"], "Permission denied", None)
print(named(repr(e.args)), e.filename)
e = OSError(1, 2, 3, 4, 5, 6)
print(repr(e), e.errno, e.strerror, e.filename, str(e))
print(repr(OSError("a")), str(OSError("a")), OSError("a").errno)
print(str(OSError()), repr(OSError()), OSError().args, OSError().errno)
print(str(OSError(None, None)), str(OSError(None, "x")))
print(hasattr(OSError(), "winerror"))

e = OSError(E["ENOENT"], "x", "f")
e.x = 1
print(e.__reduce__()[2])
e.errno = 99
e.strerror = "changed"
e.filename = ["f"]
print(str(e))
del e.filename
print(e.filename, str(e))

# characters_written: only BlockingIOError's third argument, when a number.
try:
    OSError().characters_written
except AttributeError as x:
    print(repr(x))
b = BlockingIOError(E["EAGAIN"], "would block", 5)
print(b.characters_written, named(repr(b.args)), b.filename, named(str(b)))
b.characters_written = 7
print(b.characters_written)
del b.characters_written
for op in ("get", "del"):
    try:
        if op == "get":
            b.characters_written
        else:
            del b.characters_written
    except AttributeError as x:
        print(op, repr(x))
try:
    b.characters_written = "x"
except TypeError as x:
    print(x)
print(BlockingIOError(E["EAGAIN"], "x", "f").filename)
try:
    BlockingIOError(E["EAGAIN"], "x", 2.5)
except TypeError as x:
    print(x)

# A subclass with its own __init__ takes other arguments; __new__ ignores them.
class MyError(OSError):
    def __init__(self, a, b, c=3):
        super().__init__(a, b)
        self.c = c

m = MyError(E["ENOENT"], "x", 9)
print(type(m).__name__, m.errno == E["ENOENT"], m.strerror, m.c, named(repr(m.args)))

class NoInit(OSError):
    pass

n = NoInit(E["ENOENT"], "x", "f")
print(type(n).__name__, n.filename, named(str(n)))

for bad in [lambda: OSError(a=1), lambda: FileNotFoundError(2, x=1)]:
    try:
        bad()
    except TypeError as x:
        print(x)

print(EnvironmentError is OSError, IOError is OSError)
print(BrokenPipeError.__mro__)
print(TimeoutError.__mro__)
