# TextIOWrapper over BytesIO: incremental decoding, tell/seek cookies, reconfigure, detach.
import io

raw = "h\u00e9llo w\u00f6rld\nsecond \u20ac line\nthird\n".encode("utf-8")
t = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
t._CHUNK_SIZE = 4
print(repr(t.read(3)), t.tell())
cookies = []
while True:
    c = t.tell()
    line = t.readline()
    if not line:
        break
    cookies.append((c, line))
print(cookies)
for c, line in reversed(cookies):
    t.seek(c)
    print(t.readline() == line, end=" ")
print()
t.seek(0)
print(t.read(5), t.read(1), t.tell())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
print(w.write("a\nb\n"), b.getvalue())
w.flush()
print(b.getvalue(), w.encoding, w.errors, w.line_buffering)
w.reconfigure(line_buffering=True)
w.write("c\n")
print(b.getvalue(), w.line_buffering)
d = w.detach()
print(d is b)
try:
    w.write("x")
except ValueError as e:
    print("ValueError", e)
t = io.TextIOWrapper(io.BytesIO(b"abc\xffdef"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"abc\xffdef"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
t = io.TextIOWrapper(io.BytesIO(b"x\r\ny\rz\n"), encoding="ascii", newline=None)
print(list(t), t.newlines)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    w.write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r", final=True)), d.newlines, d.getstate())
