# zlib.crc32/adler32 (with running values and any int as the start) and the constants.
import zlib

for f in (zlib.crc32, zlib.adler32):
    print(f(b""), f(b"penguin"), f(b"penguin", 1), f(b"guin", f(b"pen")), f(bytearray(b"x" * 10000)))
    print(f(b"abc", -1), f(b"abc", 2**40 + 5), f(memoryview(b"abcdef")[::2].tobytes()))
    try:
        f("text")
    except TypeError as e:
        print(e)
    try:
        f(b"abc", 1.5)
    except TypeError as e:
        print(e)
print(zlib.crc32(b"hello") == __import__("binascii").crc32(b"hello"))
names = ["MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION", "Z_BEST_SPEED",
         "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED", "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED",
         "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH",
         "Z_BLOCK", "Z_TREES"]
print([getattr(zlib, n) for n in names])
print(zlib.ZLIB_VERSION.split(".")[0], zlib.ZLIB_RUNTIME_VERSION.split(".")[0], zlib.__version__)
print(zlib.compress.__text_signature__, zlib.decompressobj.__text_signature__, zlib.crc32.__text_signature__)
