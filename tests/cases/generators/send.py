# send() passes values into a generator.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    yield "final " + str(total)
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(acc.send(None))
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + repr(received)
e = echo()
print(e.send(None))
print(e.send(1))
print(e.send("two"))
print(next(e))
fresh = echo()
try:
    fresh.send(42)
except TypeError as err:
    print("TypeError:", err)
done = accumulator()
next(done)
done.send(None)
try:
    next(done)
    next(done)
except StopIteration:
    print("exhausted")
