# os.scandir of a directory of 10,000 entries, with the entry methods (issue 10's scandir item).
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    for i in range(10000):
        if i % 10 == 0:
            os.mkdir(os.path.join(d, "dir%05d" % i))
        else:
            with open(os.path.join(d, "f%05d.txt" % i), "wb") as f:
                f.write(b"x" * (i % 7))
    files = dirs = size = 0
    for _ in range(20):
        with os.scandir(d) as it:
            for e in it:
                if e.is_dir():
                    dirs += 1
                elif e.is_file():
                    files += 1
                    size += e.stat().st_size
    names = sorted(os.listdir(d))
print(files, dirs, size, names[0], names[-1])
