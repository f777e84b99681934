# BufferedReader/Writer/Random/RWPair over BytesIO and FileIO: positions, mixed reads and writes.
import io

raw = io.BytesIO(b"0123456789abcdef")
r = io.BufferedReader(raw, 4)
print(r.read(3), r.tell(), r.peek(1)[:1], r.read1(10), r.tell(), raw.tell())
print(r.seek(2), r.read(2), r.seek(1, 1), r.read(1), r.seek(-2, 2), r.read(), r.read())
buf = bytearray(5)
r.seek(0)
print(r.readinto(buf), buf, r.readinto1(buf), buf)
print(r.readable(), r.seekable(), r.raw is raw, repr(r))

raw = io.BytesIO()
w = io.BufferedWriter(raw, 8)
print(w.write(b"abc"), raw.getvalue(), w.tell())
print(w.write(b"defghijk"), raw.getvalue())
w.flush()
print(raw.getvalue(), w.writable(), w.seek(1), w.write(b"Z"), w.tell())
w.flush()
print(raw.getvalue(), w.truncate(4), raw.getvalue())

raw = io.BytesIO(b"hello world")
rw = io.BufferedRandom(raw, 4)
print(rw.read(2), rw.write(b"XY"), rw.tell(), rw.read(3), rw.tell())
rw.flush()
print(raw.getvalue())
rw.seek(0)
print(rw.read(), rw.tell())
rw.write(b"!")
rw.seek(0)
print(rw.read())

pair = io.BufferedRWPair(io.BytesIO(b"in\ndata"), io.BytesIO())
print(pair.readline(), pair.read(), pair.write(b"out"), pair.readable(), pair.writable(), pair.closed)
pair.close()
print(pair.closed)
for call in [lambda: io.BufferedReader(io.BytesIO(), 0), lambda: io.BufferedWriter(io.BytesIO(), -1),
             lambda: r.read(-2)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
class NotReadable(io.RawIOBase):
    pass
try:
    io.BufferedReader(NotReadable())
except OSError as e:
    print(type(e).__name__, e)
d = io.BufferedReader(io.BytesIO(b"x"))
raw = d.detach()
print(raw.read())
try:
    d.read()
except ValueError as e:
    print("ValueError", e)
