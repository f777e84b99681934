# reference: python3
# Resizing a memory map: a file map grows or shrinks its file, an anonymous private map grows,
# a shared anonymous one shrinks, and a position past the new end reads nothing. (Growing a shared
# anonymous map is a ValueError in 3.14, which the python3 reference predates: test_mmap has it.)
import mmap
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "data")
with open(path, "wb") as f:
    f.write(b"0123456789" * 3)

with open(path, "r+b") as f:
    m = mmap.mmap(f.fileno(), 0)
    m.resize(12)
    print(len(m), m[:], os.path.getsize(path), m.size())
    m.resize(20)
    print(len(m), m[:], os.path.getsize(path))
    m.close()

shared = mmap.mmap(-1, 8192)
shared.read(5000)
shared.resize(4096)
print(len(shared), shared.read(14), shared.tell())
for op in (shared.read_byte, lambda: shared.write_byte(42)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
shared.close()

private = mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE)
private[:3] = b"abc"
private.resize(8192)
print(len(private), private[:4], private[8188:])
private.close()
os.remove(path)
os.rmdir(os.path.dirname(path))
