# open(): text and binary round trips through FileIO, the buffered classes and TextIOWrapper.
import io, sys

path = "/tmp/_sharpy_io_case_files_%s.txt" % sys.implementation.name

with open(path, "w", encoding="utf-8") as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.mode, f.buffer.mode)
    print(f.write("caf\u00e9\n\U0001f600 line two\nthird"))
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.read()))
    print(repr(f.read()), f.tell() > pos)
with open(path, "rb") as f:
    print(type(f).__name__, f.read(4), f.peek(1)[:1], f.read1(3), f.tell())
    f.seek(0)
    print(f.readline(), f.readlines())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl, encoding="ascii") as f:
        f.write("a\nb\r\nc\rd")
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, newline=nl, encoding="ascii") as f:
        lines = list(f)
        print(repr(nl), raw, lines, f.newlines)
with open(path, "wb") as f:
    print(f.write(b"0123456789"), f.tell())
with open(path, "r+b") as f:
    print(type(f).__name__, f.read(3), f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    print(f.tell(), f.write(b"!"))
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.read())
with open(path, "a+", encoding="utf-8") as f:
    f.write("tail")
    f.seek(0)
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("\xe9t\xe9")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
f = open(path, "rb")
f.close()
print(f.closed, f.raw.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(path, "w") as f:
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    print(f.readlines())
    print(f.read(), f.readline())
