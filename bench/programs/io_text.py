# Writing and reading a 100 MB UTF-8 text file line by line (issue 10's file speed item).
import os, tempfile
line = "%07d Sharpy reads and writes text, line by line; café ünïcode ✓ ...\n"
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w", encoding="utf-8") as f:
        for i in range(1_400_000):
            f.write(line % i)
    size = os.path.getsize(path)
    lines = chars = 0
    with open(path, encoding="utf-8") as f:
        for s in f:
            lines += 1
            chars += len(s)
    with open(path, encoding="utf-8") as f:
        last = f.readlines()[-1]
print(size, lines, chars, last, end="")
