# zlib.compress/decompress: every wbits form, levels, exact deflate bytes, errors.
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 20
print(zlib.compress(b"hello world hello world").hex())
print(zlib.compress(b"", 9).hex(), zlib.compress(b"a", 0).hex())
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.decompress(c) == data)
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, wbits=wbits)
    auto = 47 if wbits > 0 else wbits
    print(wbits, c[:3].hex(), len(c), zlib.decompress(c, wbits) == data, zlib.decompress(c, auto) == data)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data)
print(zlib.decompress(zlib.compress(data), 15, 0) == data)
big = bytes(range(256)) * 4096
print(len(zlib.decompress(zlib.compress(big, 1))))
print(zlib.decompress(bytearray(zlib.compress(b"from a bytearray"))))
print(zlib.decompress(memoryview(zlib.compress(b"from a memoryview"))))

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.compress, "text")
err(zlib.compress, data, 10)
err(zlib.compress, data, wbits=7)
err(zlib.decompress, b"not zlib data")
err(zlib.decompress, zlib.compress(data)[:-4])
err(zlib.decompress, zlib.compress(data)[:20])
err(zlib.decompress, zlib.compress(data), -15)
err(zlib.decompress, zlib.compress(data), bufsize=-1)
err(zlib.decompress, zlib.compress(data), 99)
print(zlib.error.__mro__, zlib.error.__module__)
