# io.BytesIO: reading, writing, seeking past the end, getbuffer exports.
import io

b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.read(3), b.tell(), b.read(), b.read())
print(b.seek(0), list(b), b.seek(-2, 2), b.read())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"f")), b.getvalue())
b.seek(8)
b.write(b"Z")
print(b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
buf = bytearray(3)
b.seek(1)
print(b.readinto(buf), buf)
view = b.getbuffer()
view[0] = ord("X")
print(b.getvalue(), len(view))
try:
    b.write(b"no")
except BufferError as e:
    print("BufferError", e)
try:
    b.close()
except BufferError as e:
    print("BufferError", e)
view.release()
print(b.write(b"ok"), b.getvalue())
print(b.read1(), b.readlines(), b.readable(), b.writable(), b.seekable(), b.isatty())
for call in [lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.write("str"), lambda: b.truncate(-2)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.close()
print(b.closed)
try:
    b.getvalue()
except ValueError as e:
    print("ValueError", e)
print(io.BytesIO(b"abc").__getstate__()[:2])
print(isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.BytesIO, io.IOBase))
