# _zstd dictionaries: ZstdDict (raw and formatted), digested/undigested/prefix loading for
# compression and decompression, train_dict and finalize_dict. Trained content depends on
# the libzstd version, so only its properties and round trips are printed.
from compression.zstd import (ZstdCompressor, ZstdDecompressor, ZstdDict, ZstdError, compress,
                              decompress, get_frame_info, train_dict, finalize_dict)
import _zstd

raw = ZstdDict(b"common words and phrases: " * 20, is_raw=True)
print(raw, len(raw), raw.dict_id, raw.dict_content[:26])
print(raw.as_digested_dict[1], raw.as_undigested_dict[1], raw.as_prefix[1], raw.as_prefix[0] is raw)
formatted = ZstdDict(b"\x37\xa4\x30\xec" + b"12345678", is_raw=True)
print(formatted, formatted.dict_id)

text = b"common words and phrases: the quick brown fox " * 50
for name, arg in (("dict", raw), ("digested", raw.as_digested_dict),
                  ("undigested", raw.as_undigested_dict), ("prefix", raw.as_prefix)):
    c = compress(text, zstd_dict=arg)
    print(name, get_frame_info(c), decompress(c, zstd_dict=arg) == text,
          ZstdDecompressor(arg).decompress(c) == text)
# A prefix applies to one frame only.
co = ZstdCompressor(zstd_dict=raw.as_prefix)
f1 = co.compress(text, ZstdCompressor.FLUSH_FRAME)
f2 = co.compress(text, ZstdCompressor.FLUSH_FRAME)
print(decompress(f1, zstd_dict=raw.as_prefix) == text, decompress(f2) == text)
# Digested dictionaries at several levels.
for level in (1, 3, 9):
    c = compress(text, level, zstd_dict=raw.as_digested_dict)
    print(level, decompress(c, raw) == text)

# Without the dictionary the frame cannot be decoded.
c = compress(text, zstd_dict=raw)
try:
    decompress(c)
except ZstdError as e:
    print("ZstdError", type(e).__module__)

# Training.
samples = [("sample %d: " % i).encode() + b"alpha beta gamma delta " * (i % 7 + 1) + bytes([i % 256]) * 10
           for i in range(400)]
trained = train_dict(samples, 4096)
print(type(trained).__name__, trained.dict_id != 0, 0 < len(trained) <= 4096)
c = compress(samples[5], zstd_dict=trained)
print(get_frame_info(c).dictionary_id == trained.dict_id, decompress(c, trained) == samples[5])
d = ZstdDecompressor(trained.as_undigested_dict)
print(d.decompress(compress(samples[9], zstd_dict=trained.as_digested_dict)) == samples[9])
final = finalize_dict(trained, samples, 8192, 5)
print(final.dict_id != 0, len(final) <= 8192, decompress(compress(samples[1], zstd_dict=final), final) == samples[1])
content = _zstd.train_dict(b"".join(samples), tuple(len(s) for s in samples), 2048)
print(type(content).__name__, len(content) <= 2048, ZstdDict(content).dict_id != 0)
