# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: their fields, str and
# the argument checks of their constructors.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

u = UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "bad")
show("encode", lambda: (u.encoding, u.object, u.start, u.end, u.reason, u.args))
show("encode repr", lambda: u)
show("encode str", lambda: str(u))
show("encode \\u", lambda: str(UnicodeEncodeError("ascii", "a\u1234b", 1, 2, "bad")))
show("encode \\U", lambda: str(UnicodeEncodeError("ascii", "a\U00012345b", 1, 2, "bad")))
show("encode range", lambda: str(UnicodeEncodeError("ascii", "a\xe9b", 1, 3, "bad")))
show("encode out of range", lambda: str(UnicodeEncodeError("ascii", "ab", 5, 9, "bad")))
u.start = 5
show("start moved", lambda: (u.start, str(u)))
u.reason = 42
u.encoding = None
u.start = 0
u.end = 1
show("non-str reason", lambda: str(u))
u.object = b"xyz"
show("object not str", lambda: str(u))
for attr, value in [("start", "x"), ("end", 1.5)]:
    try:
        setattr(u, attr, value)
    except TypeError as x:
        print("set", attr, x)
try:
    del u.start
except TypeError as x:
    print("del start", x)
del u.reason
show("deleted reason", lambda: u.reason)

show("encode bytes object", lambda: UnicodeEncodeError("ascii", b"a", 1, 2, "bad"))
show("encode 4 args", lambda: UnicodeEncodeError("ascii", "a", 1, 2))
show("encode 6 args", lambda: UnicodeEncodeError("ascii", "a", 1, 2, "x", 6))
show("encode int encoding", lambda: UnicodeEncodeError(1, "a", 1, 2, "x"))
show("encode float start", lambda: UnicodeEncodeError("ascii", "a", 1.5, 2, "x"))
show("encode None reason", lambda: UnicodeEncodeError("ascii", "a", 1, 2, None))
show("encode keywords", lambda: UnicodeEncodeError("ascii", "a", 1, 2, "x", y=1))
show("encode huge", lambda: UnicodeEncodeError("ascii", "a", 2**100, 2, "x"))

d = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
show("decode", lambda: (d.encoding, d.object, d.start, d.end, d.reason))
show("decode str", lambda: str(d))
show("decode range", lambda: str(UnicodeDecodeError("utf-8", b"a\xffb", 0, 3, "bad")))
show("decode str object", lambda: UnicodeDecodeError("utf-8", "abc", 0, 3, "bad"))
show("decode int reason", lambda: UnicodeDecodeError("utf-8", b"abc", 0, 3, 7))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as x:
    print("raised decode", x.encoding, x.object, x.start, x.end, x.reason, str(x))
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as x:
    print("raised encode", x.encoding, x.object, x.start, x.end, x.reason, str(x))

t = UnicodeTranslateError("a\xe9b", 1, 2, "bad")
show("translate", lambda: (t.encoding, t.object, t.start, t.end, t.reason, t.args))
show("translate str", lambda: str(t))
show("translate range", lambda: str(UnicodeTranslateError("a\xe9b", 1, 3, "bad")))
show("translate 5 args", lambda: UnicodeTranslateError("a", "b", 1, 2, "x"))

show("uninitialized", lambda: (str(UnicodeEncodeError.__new__(UnicodeEncodeError)), UnicodeEncodeError.__new__(UnicodeEncodeError).encoding))
show("UnicodeError", lambda: (UnicodeError("x").args, hasattr(UnicodeError("x"), "encoding"), UnicodeEncodeError.__mro__))
