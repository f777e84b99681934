# Writing and reading a 100 MB file in binary (issue 10's file speed item): 64 KiB writes,
# then a whole-file read, 1 MiB reads and a seek/readinto pass.
import os, tempfile, zlib
block = bytes(range(256)) * 256
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        for _ in range(1600):
            f.write(block)
    with open(path, "rb") as f:
        whole = f.read()
    crc = zlib.crc32(whole)
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            n += len(chunk)
    buf = bytearray(1 << 16)
    m = 0
    with open(path, "rb", buffering=0) as f:
        f.seek(len(whole) // 2)
        while (k := f.readinto(buf)):
            m += k
print(len(whole), crc, n, m)
