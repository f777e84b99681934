# io.StringIO: reading, writing, positions, newline modes, errors.
import io

s = io.StringIO("hello\nworld\r\nlast")
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(s.tell(), s.seek(0), repr(s.read(3)), s.tell())
print(list(io.StringIO("a\nb\nc")))
s = io.StringIO()
print(s.write("abc"), s.write("\u20ac\U0001f600x"), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
print(s.truncate(2), repr(s.getvalue()), s.tell())
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(newline=nl)
    s.write("a\nb\r\nc\rd")
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = io.StringIO("x\ny")
print(s.readlines(), s.read(), s.closed)
s.close()
print(s.closed)
for call in [lambda: s.read(), lambda: s.write("x"), lambda: s.tell()]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
s = io.StringIO("abc")
for call in [lambda: s.seek(1, 1), lambda: s.seek(-1), lambda: s.seek(0, 5), lambda: s.write(b"x"),
             lambda: io.StringIO(newline="x"), lambda: io.StringIO(1), lambda: s.truncate(-1)]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.seek(0, 2), s.readable(), s.writable(), s.seekable(), s.line_buffering)
st = io.StringIO("state", newline="").__getstate__()
print(st)
class MyIO(io.StringIO):
    pass
m = MyIO("q\nr")
m.attr = 5
print(list(m), m.attr, isinstance(m, io.TextIOBase))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
