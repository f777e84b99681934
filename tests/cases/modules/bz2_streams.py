# _bz2 through bz2: one-shot and incremental, exact bytes, max_length, errors, BZ2File.
import bz2, io

data = b"bzip2 block sorting " * 3000
print(bz2.compress(b"hello bzip2").hex())
for level in (1, 5, 9):
    c = bz2.compress(data, level)
    print(level, len(c), c[:4], bz2.decompress(c) == data)
print(bz2.decompress(bz2.compress(b"one") + bz2.compress(b"two")))
print(bz2.decompress(b""))

co = bz2.BZ2Compressor()
c = b"".join(co.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)) + co.flush()
print(c == bz2.compress(data))
for f in (co.flush, lambda: co.compress(b"x")):
    try:
        f()
    except ValueError as e:
        print(e)

d = bz2.BZ2Decompressor()
out = d.decompress(c, 10)
print(len(out), d.needs_input, d.eof, d.unused_data)
out += d.decompress(b"", 0)
print(len(out), d.needs_input)
out += d.decompress(b"", 50000)
out += d.decompress(b"trailing")
print(len(out) == len(data), d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print(e)

def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

err(bz2.BZ2Compressor, 0)
err(bz2.BZ2Compressor, 10)
err(bz2.BZ2Compressor, 1, 2)
err(bz2.BZ2Decompressor, 1)
err(bz2.decompress, b"BZh9 not really")
err(bz2.decompress, c[:-10])
err(bz2.BZ2Decompressor().decompress, "text")

buf = io.BytesIO()
with bz2.BZ2File(buf, "w") as f:
    f.write(data)
buf.seek(0)
with bz2.BZ2File(buf) as f:
    print(f.read(20), f.seek(len(data) - 8), f.read())
