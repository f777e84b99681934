# compile(), eval() and exec() take any bytes-like source; a null byte in it is a SyntaxError.
for src in ["123\x00", b"123\x00", memoryview(b"123\x00"), bytearray(b"1\x002")]:
    try:
        compile(src, "<dummy>", "eval")
    except SyntaxError as e:
        print(type(src).__name__, e.msg)
print(eval(compile(memoryview(b"123\x00")[1:-1], "<dummy>", "eval")))
print(eval(compile(bytearray(b"4 + 5"), "<dummy>", "eval")))
print(eval(memoryview(b"1234")[1:-1]))
ns = {}
exec(memoryview(b"ax = 123")[1:-1], ns)
print(ns["x"])
for bad in [1, None, [1]]:
    try:
        compile(bad, "<dummy>", "eval")
    except TypeError as e:
        print(e)
