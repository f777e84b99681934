# Generators driven by next() and for.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
for v in count_up(4):
    print("for", v)
print(list(count_up(5)), sum(count_up(5)), max(count_up(5)))
def noisy():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finishing")
n = noisy()
print("created")
print(next(n))
print(next(n))
print(next(n, "default"))
print(type(n).__name__)
def returns():
    yield 1
    return "done"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value:", e.value)
