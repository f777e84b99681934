# mmap over a file and anonymous memory: the file-like methods, indexing and slicing, the
# buffer protocol, access modes and their errors, close and resize with views held (resizing
# itself is in mmap_resize.py: the WebAssembly reference cannot remap).
import mmap
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data")
with open(path, "wb") as f:
    f.write(b"hello world\nsecond line\nthird")

with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    print(len(m), m.size(), m.tell(), m.closed)
    print(m.readline(), m.readline(), m.readline(), m.readline())
    print(m.seek(0), m.read(5), m.read_byte(), m.tell())
    print(m.find(b"line"), m.rfind(b"line"), m.find(b"line", 14), m.find(b"zz"), m.rfind(b"l", 0, 5))
    print(m[0], m[-1], m[0:5], m[::7], m[100:])
    m[0] = ord("H")
    m[6:11] = b"WORLD"
    m.seek(0, os.SEEK_END)
    print(m.tell(), m.seek(-5, os.SEEK_CUR), m.read())
    m.seek(12)
    print(m.write(b"SECOND"), m.tell())
    m.move(0, 6, 5)
    m.flush()
    print(m[:])
    with memoryview(m) as v:
        print(v[:5].tobytes(), v.readonly, v.nbytes)
        v[1] = ord("x")
        for op in (m.close, lambda: m.resize(10)):
            try:
                op()
            except BufferError as e:
                print("BufferError:", e)
    print(m[:6])
    print(repr(m))
    m.close()
    print(repr(m), m.closed)
    for op in (m.read, m.tell, lambda: m[0], lambda: len(m)):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)

with open(path, "rb") as f:
    print(f.read())
    m = mmap.mmap(f.fileno(), 5, access=mmap.ACCESS_READ)
    for op in (lambda: m.write(b"x"), lambda: m.__setitem__(0, 1), lambda: m.resize(3), lambda: m.move(0, 1, 1)):
        try:
            op()
        except TypeError as e:
            print("TypeError:", e)
    print(memoryview(m).readonly)
    m.close()

a = mmap.mmap(-1, 16)
print(a[:], a.write(b"abc"), a[:4], a.seek(3))
for bad in (lambda: a.write(b"x" * 20), lambda: a.seek(17), lambda: a.seek(0, 3), lambda: a.__setitem__(0, 256),
            lambda: a.__setitem__(0, "x"), lambda: a.__setitem__(slice(0, 2), b"x"), lambda: a[16],
            lambda: a.__delitem__(0), lambda: a["x"], lambda: a.move(10, 0, 10),
            lambda: mmap.mmap(-1, -1), lambda: mmap.mmap(-1, 10, access=5),
            lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)):
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
a.seek(16)
try:
    a.read_byte()
except ValueError as e:
    print("ValueError:", e)
with a:
    print(len(a), a[:4])
print(a.closed)

empty = os.path.join(os.path.dirname(path), "empty")
open(empty, "wb").close()
with open(empty, "rb") as f:
    try:
        mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except ValueError as e:
        print("ValueError:", e)
with open(path, "rb") as f:
    for length, offset in ((100, 0), (0, 4096 * 4)):
        try:
            mmap.mmap(f.fileno(), length, access=mmap.ACCESS_READ, offset=offset)
        except ValueError as e:
            print("ValueError:", e)
os.remove(empty)
os.remove(path)
os.rmdir(os.path.dirname(path))
