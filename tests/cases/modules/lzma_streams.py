# _lzma through lzma: formats, checks, incremental and max_length, errors; known .xz data.
import lzma

data = b"lempel ziv markov chain " * 3000
known = bytes.fromhex("fd377a585a000004e6d6b446020021010c0000008f98419c01000e6b6e6f776e202e787a2064"
                      "6174610a0000b5b3b05e8408bcea0001270fdf1afc6a1fb6f37d010000000004595a")
print(lzma.decompress(known))
for fmt in (lzma.FORMAT_XZ, lzma.FORMAT_ALONE):
    for preset in (0, 6, 9 | lzma.PRESET_EXTREME):
        c = lzma.compress(data, format=fmt, preset=preset)
        print(fmt, preset, c[:3].hex(), lzma.decompress(c) == data, lzma.decompress(c, format=fmt) == data)
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    d = lzma.LZMADecompressor()
    out = d.decompress(lzma.compress(data, check=check))
    print(check, d.check, out == data, d.eof)
print(lzma.decompress(lzma.compress(b"one") + lzma.compress(b"two")))
print([lzma.is_check_supported(c) for c in range(17)])

co = lzma.LZMACompressor()
c = b"".join(co.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)) + co.flush()
print(lzma.decompress(c) == data)
for f in (co.flush, lambda: co.compress(b"x")):
    try:
        f()
    except ValueError as e:
        print(e)

d = lzma.LZMADecompressor()
print(d.check, d.needs_input, d.eof)
out = d.decompress(c, 10)
print(len(out), d.needs_input, d.eof, d.check)
out += d.decompress(b"", 70000)
print(len(out), d.needs_input)
out += d.decompress(b"tail")
print(out == data, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"x")
except EOFError as e:
    print(e)

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

err(lzma.decompress, b"definitely not lzma")
err(lzma.decompress, c[:-20])
err(lzma.LZMACompressor, format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32)
err(lzma.LZMACompressor, preset=1, filters=[])
err(lzma.LZMACompressor, preset=-1)
err(lzma.LZMACompressor, preset=10)
err(lzma.LZMACompressor, format=lzma.FORMAT_RAW)
err(lzma.LZMACompressor, format=42)
err(lzma.LZMACompressor, check=lzma.CHECK_ID_MAX)
err(lzma.LZMADecompressor, format=lzma.FORMAT_RAW, memlimit=10)
err(lzma.LZMADecompressor, filters=[])
err(lzma.LZMADecompressor, memlimit=-1)
err(lzma.LZMADecompressor, 1, 2, 3, 4)
err(lzma.LZMADecompressor(memlimit=1024).decompress, c)
print(lzma.LZMAError.__doc__, lzma.LZMAError.__module__)
