# reference: python3
# Reading a file to its end: FileIO.readall sized by fstat (exactly full, empty, after a partial
# read, a file that grows after the size was taken, a file whose size fstat does not know),
# BufferedReader.read() with and without buffered bytes, and large read(n) calls.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.bin')
    data = bytes(range(256)) * 1000 + b'tail'
    with open(path, 'wb') as f:
        f.write(data)

    with open(path, 'rb', buffering=0) as f:
        whole = f.readall()
        print(type(whole).__name__, len(whole), whole == data, f.readall(), f.read())
    with open(path, 'rb', buffering=0) as f:
        print(f.read(10) == data[:10], f.readall() == data[10:])
        f.seek(len(data) - 3)
        print(f.readall(), f.read(-1), f.read(5))

    empty = os.path.join(d, 'empty')
    open(empty, 'wb').close()
    with open(empty, 'rb', buffering=0) as f:
        print(f.readall(), f.read())
    with open(empty, 'rb') as f:
        print(f.read(), f.read(100))

    # The file grows between the size fstat gave and the end of the read.
    with open(path, 'rb', buffering=0) as f, open(path, 'ab') as g:
        first = f.read(100)
        g.write(b'more' * 5000)
        g.flush()
        rest = f.readall()
        print(len(first) + len(rest), (first + rest)[-8:])

    # Buffered: bytes already buffered are joined to the raw readall's.
    with open(path, 'rb') as f:
        print(f.peek(1)[:1], len(f.read(3)), len(f.read()), f.read())
    with open(path, 'rb') as f:
        print(len(f.read()), f.read())
        f.seek(0)
        big = f.read(300000)
        print(len(big), big[:4], big[-4:], len(f.read(10**6)), f.read(10))

    # read(n) larger than the buffer and larger than the file.
    with open(path, 'rb', buffering=4096) as f:
        print(len(f.read(10000)), len(f.read(1 << 20)), f.read(1))

# fstat gives no size: /proc files and pipes are read until the end all the same.
with open('/proc/self/status', 'rb', buffering=0) as f:
    status = f.readall()
print(status.startswith(b'Name:'), status.endswith(b'\n'))
r, w = os.pipe()
os.write(w, b'x' * 60000)
os.close(w)
with open(r, 'rb', buffering=0) as f:
    print(len(f.readall()))
