# zlib.compressobj/decompressobj: parameters, zdict, flush modes, copy, unused_data,
# unconsumed_tail, eof, max_length; zlib._ZlibDecompressor.
import copy, zlib

data = b"streaming data, " * 2000

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
c = b"".join(co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)) + co.flush()
print(len(c), zlib.decompress(c, -12) == data)
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(strategy=strategy)
    print(strategy, zlib.decompress(co.compress(data) + co.flush()) == data)

# flush modes keep the stream usable; Z_NO_FLUSH gives nothing
co = zlib.compressobj()
parts = [co.compress(b"part one "), co.flush(zlib.Z_SYNC_FLUSH)]
print(parts[1][-4:].hex(), co.flush(zlib.Z_NO_FLUSH))
parts += [co.compress(b"part two "), co.flush(zlib.Z_FULL_FLUSH), co.compress(b"three"), co.flush(zlib.Z_PARTIAL_FLUSH), co.flush()]
print(zlib.decompress(b"".join(parts)))
try:
    co.compress(b"after the end")
except zlib.error as e:
    print(e)

# zdict, for zlib and raw streams
zdict = b"streaming data, "
co = zlib.compressobj(zdict=zdict)
c = co.compress(data) + co.flush()
print(zlib.decompressobj(zdict=zdict).decompress(c) == data, zlib.decompressobj(zdict=bytearray(zdict)).decompress(c) == data)
try:
    zlib.decompressobj().decompress(c)
except zlib.error as e:
    print(e)
co = zlib.compressobj(wbits=-15, zdict=zdict)
c = co.compress(data) + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(c) == data)
try:
    zlib.decompressobj(zdict=42)
except TypeError as e:
    print(e)

# max_length and unconsumed_tail, unused_data, eof, flush
c = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(c, 100)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 10000)
print(len(out), d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
out = d.decompress(c + b"trailing", 50)
out += d.flush()
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(c + b"xy") == data, d.unused_data, d.decompress(b"z"), d.unused_data)
for bad in (-1,):
    try:
        zlib.decompressobj().decompress(c, bad)
    except ValueError as e:
        print(e)
try:
    zlib.decompressobj().flush(0)
except ValueError as e:
    print(e)

# copy
co = zlib.compressobj()
head = co.compress(b"shared prefix ")
c1, c2 = co.copy(), copy.copy(co)
a = head + c1.compress(b"one") + c1.flush()
b = head + c2.compress(b"two") + c2.flush()
print(zlib.decompress(a), zlib.decompress(b), type(copy.deepcopy(co)).__name__)
co.flush()
try:
    co.copy()
except ValueError as e:
    print(e)
d = zlib.decompressobj()
first = d.decompress(zlib.compress(data)[:300])
d2 = d.copy()
rest = zlib.compress(data)[300:]
print(first + d.decompress(rest) == data, first + d2.decompress(rest) == data)

# _ZlibDecompressor (gzip's)
gz = zlib.compressobj(wbits=31)
g = gz.compress(data) + gz.flush()
d = zlib._ZlibDecompressor(31)
out = d.decompress(g, 10)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b"", 1000)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b"", -1)
print(len(out), d.needs_input, d.eof)
d = zlib._ZlibDecompressor(wbits=31)
print(d.decompress(g[:30]) == b"", d.needs_input)
print(d.decompress(g[30:] + b"extra") == data, d.eof, d.unused_data, d.needs_input)
try:
    d.decompress(b"more")
except EOFError as e:
    print(e)
for t in (type(zlib.compressobj()), type(zlib.decompressobj())):
    try:
        t()
    except TypeError as e:
        print(e)
