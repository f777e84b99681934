# zlib.compress and decompress of 50 MB (issue 10's zlib item), whole and through the
# streaming objects. The data is a 1 MB block of numbered lines, repeated: zlib's 32 KiB
# window sees no repetition, and making it costs little beside the compression.
import zlib
block = b"".join(b"%08d the quick brown fox jumps over the lazy dog\n" % i for i in range(20000))
data = (block * 48)[:50_000_000]
c = zlib.compress(data, 6)
assert zlib.decompress(c) == data
co = zlib.compressobj(1)
parts = [co.compress(data[i:i + (1 << 20)]) for i in range(0, len(data), 1 << 20)]
parts.append(co.flush())
c1 = b"".join(parts)
do = zlib.decompressobj()
out = do.decompress(c1) + do.flush()
print(len(data), len(c), zlib.crc32(c), len(c1), zlib.crc32(c1), out == data, zlib.adler32(data))
