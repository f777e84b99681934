# _zstd through compression.zstd: one-shot and streaming round trips, flush modes, frames,
# max_length, needs_input/eof/unused_data, skippable frames, ZstdFile. The reference's
# libzstd may be another version than the system's, so compressed bytes are checked by
# decoding them, never printed.
import io
from compression import zstd
from compression.zstd import (ZstdCompressor, ZstdDecompressor, CompressionParameter,
                              DecompressionParameter, Strategy, compress, decompress,
                              get_frame_info, get_frame_size)
import _zstd

print(_zstd.ZSTD_CLEVEL_DEFAULT, zstd.COMPRESSION_LEVEL_DEFAULT, _zstd.ZSTD_DStreamOutSize)
print(ZstdCompressor.CONTINUE, ZstdCompressor.FLUSH_BLOCK, ZstdCompressor.FLUSH_FRAME)
print(type(_zstd.zstd_version), _zstd.zstd_version_number >= 10500, len(zstd.zstd_version_info))
print(CompressionParameter.compression_level.bounds(), CompressionParameter.strategy.bounds())
print(CompressionParameter.checksum_flag.bounds(), CompressionParameter.enable_long_distance_matching.bounds())
print(sorted((m.name, m.value) for m in Strategy))
print(ZstdCompressor.__name__, ZstdCompressor.__module__, repr(ZstdDecompressor.__qualname__))

data = b"Zstandard round trip " * 4000 + bytes(range(256)) * 20

# A frame made by CPython 3.14's libzstd: decoding it does not depend on the version.
frame = b'(\xb5/\xfd d=\x00\x00\x08a\x01\x00 \x05B'
print(decompress(frame) == b"a" * 100, get_frame_info(frame), get_frame_size(frame))

# One-shot, several levels and options.
for level in (-5, 1, 3, 10, 19):
    c = compress(data, level)
    print(level, c[:4].hex(), len(c) < len(data) // 10, decompress(c) == data, get_frame_info(c))
c = compress(data, options={CompressionParameter.checksum_flag: 1, CompressionParameter.strategy: Strategy.lazy2,
                            CompressionParameter.window_log: 20})
print("options", decompress(c) == data, get_frame_size(c) == len(c))
c = compress(data, options={CompressionParameter.content_size_flag: 0})
print("no size", get_frame_info(c), decompress(c) == data)
print(decompress(compress(b"")), get_frame_info(compress(b"")))
print(decompress(compress(b"one") + compress(b"two") + compress(b"three")))

# Streaming compression with modes; last_mode follows them.
co = ZstdCompressor(level=5)
print("last_mode", co.last_mode)
parts = [co.compress(data[:30000]), co.compress(data[30000:60000], ZstdCompressor.FLUSH_BLOCK)]
print(co.last_mode, parts[0] == b"", len(parts[1]) > 0)
parts.append(co.compress(data[60000:]))
parts.append(co.flush())
print(co.last_mode, decompress(b"".join(parts)) == data)
# The compressor starts a new frame after FLUSH_FRAME.
second = co.compress(b"second frame", ZstdCompressor.FLUSH_FRAME)
print(co.last_mode, decompress(second), get_frame_info(second))
co.set_pledged_input_size(len(data))
third = co.compress(data) + co.flush()
print("pledged", get_frame_info(third), decompress(third) == data)
empty = co.flush()
print(get_frame_info(empty), decompress(empty), co.flush(ZstdCompressor.FLUSH_BLOCK), co.last_mode)
head = co.compress(b"abc")
block = co.flush(ZstdCompressor.FLUSH_BLOCK)
print(head == b"", block != b"", co.last_mode)
print(decompress(head + block + co.flush()) == b"abc")

# Streaming decompression with max_length.
c = compress(data)
d = ZstdDecompressor()
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(c, 100)
print(len(out), d.eof, d.needs_input)
out += d.decompress(b"", 0)
print(len(out), d.needs_input)
while not d.eof:
    out += d.decompress(b"", 50000)
print(out == data, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"x")
except EOFError as e:
    print("EOFError", e)

# Input fed a few bytes at a time, with data after the frame.
d = ZstdDecompressor()
chunks = []
stream = compress(b"chunked " * 500) + b"TRAILER"
pos = 0
while not d.eof:
    chunks.append(d.decompress(stream[pos:pos + 7]))
    pos += 7
print(b"".join(chunks) == b"chunked " * 500, d.eof, d.unused_data + stream[pos:] == b"TRAILER")
d = ZstdDecompressor()
print(d.decompress(compress(b"xyz") + b"after"), d.unused_data, d.needs_input)

# Skippable frames are skipped; one decompressor stops after the first frame.
skippable = (0x184D2A50).to_bytes(4, "little") + (5).to_bytes(4, "little") + b"12345"
print(decompress(skippable + compress(b"data") + skippable), get_frame_size(skippable))
d = ZstdDecompressor()
print(d.decompress(skippable), d.eof, d.unused_data)
d = ZstdDecompressor()
print(d.decompress(compress(b"first") + compress(b"second")), d.eof, len(d.unused_data) > 0)

# Decompression options.
c = compress(data, options={CompressionParameter.window_log: 22})
print(ZstdDecompressor(options={DecompressionParameter.window_log_max: 23}).decompress(c) == data)

# Buffer-protocol inputs.
print(decompress(bytearray(compress(memoryview(b"view data")))), compress(b"") == compress(bytearray()))

# ZstdFile.
buf = io.BytesIO()
with zstd.ZstdFile(buf, "w", level=3) as f:
    f.write(b"line one\n")
    f.write(b"line two\n" * 100)
print(decompress(buf.getvalue())[:18])
buf.seek(0)
with zstd.ZstdFile(buf) as f:
    print(f.readline(), len(f.read()))
buf = io.BytesIO()
with zstd.open(buf, "wt", encoding="utf-8") as f:
    f.write("texte é\n")
buf.seek(0)
with zstd.open(buf, "rt", encoding="utf-8") as f:
    print(repr(f.read()))
