# compile() takes str, bytes or any buffer as source, and refuses unknown flags and
# optimize levels.
for src in ("x = 1", b"x = 2", bytearray(b"x = 3"), memoryview(b"x = 4")):
    ns = {}
    exec(compile(src, "<src>", "exec"), ns)
    print(type(src).__name__, ns["x"])
try:
    compile(memoryview(b"x = 1234")[::2], "<src>", "exec")
except TypeError as e:
    print("non-contiguous TypeError:", e)
for bad in (0xff, 0x100, 0x800):
    try:
        compile("x", "<s>", "exec", bad)
    except ValueError as e:
        print(hex(bad), "ValueError:", e)
print(compile("x", "<s>", "exec", 0x10).co_filename)
for opt in (-2, 3):
    try:
        compile("x", "<s>", "exec", optimize=opt)
    except ValueError as e:
        print(opt, "ValueError:", e)
for src in (1, None, [b"x"]):
    try:
        compile(src, "<s>", "exec")
    except TypeError as e:
        print("TypeError:", e)
    try:
        exec(src)
    except TypeError as e:
        print("TypeError:", e)
