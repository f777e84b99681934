# generators and iteration protocol details
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(3))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except GeneratorExit:
            print("closing with", received)
            return
        received.append(v)
e = echo()
next(e); e.send("a"); e.send("b")
e.close()
def relay():
    r = yield from echo2()
    yield f"returned {r}"
def echo2():
    x = yield "first"
    return x * 2
r = relay()
print(next(r), r.send(21), next(r, "exhausted"))
def gen_with_return():
    yield 1
    return "value"
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as si:
    print("StopIteration value:", si.value)
g2 = (x for x in [1, 2])
print(g2.__next__(), list(g2), g2.__qualname__ if hasattr(g2, "__qualname__") else "")
def infinite():
    i = 0
    while True:
        yield i
        i += 1
import gc
it = infinite()
print([next(it) for _ in range(3)])
del it
print("done")
