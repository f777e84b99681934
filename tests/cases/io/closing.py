# Closing: finalizers close unclosed files (flushing them), closed-file errors, close() errors chained.
import io, gc

path = "/tmp/_sharpy_io_case_closing.txt"
f = open(path, "w")
f.write("written before del")
del f
with open(path) as g:
    print(repr(g.read()))

class Cycle:
    pass
c = Cycle()
c.f = open(path, "w")
c.f.write("in a cycle")
c.self = c
del c
gc.collect()
with open(path) as g:
    print(repr(g.read()))

f = open(path, "rb")
f.close()
f.close()
for name, call in [("read", lambda: f.read()), ("readline", lambda: f.readline()), ("peek", lambda: f.peek()),
                   ("seek", lambda: f.seek(0)), ("tell", lambda: f.tell()), ("iter", lambda: next(iter(f))),
                   ("fileno", lambda: f.fileno()), ("isatty", lambda: f.isatty()), ("enter", lambda: f.__enter__())]:
    try:
        call()
        print(name, "ok")
    except ValueError as e:
        print(name, "ValueError", e)
r = io.FileIO(path)
r.close()
for name, call in [("read", lambda: r.read()), ("readall", lambda: r.readall()), ("seek", lambda: r.seek(0)), ("readable", lambda: r.readable())]:
    try:
        call()
    except ValueError as e:
        print(name, "ValueError", e)
print(repr(r))

class BadRaw(io.RawIOBase):
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        return 0
    def write(self, b):
        raise OSError("write failed")
    def close(self):
        super().close()
        raise RuntimeError("close failed")

w = io.BufferedWriter(BadRaw())
w.write(b"data")
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError", e, "| context:", type(e.__context__).__name__, e.__context__)
print(w.closed)

class Logged(io.BytesIO):
    def close(self):
        print("Logged.close")
        super().close()
l = Logged(b"x")
del l

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
raw = Raw(b"one\ntwo\nthree")
print(raw.read(2), raw.readline(), raw.readall(), raw.read())
br = io.BufferedReader(Raw(b"alpha\nbeta\n"), 4)
print(br.readline(), br.peek(2)[:2], br.read(), br.read())
t = io.TextIOWrapper(io.BufferedReader(Raw("x\u00e9\ny".encode())), encoding="utf-8")
print(list(t), t.closed)
t.close()
print(t.closed, repr(t.buffer))
