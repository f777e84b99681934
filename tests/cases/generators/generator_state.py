# Generator locals persist between resumptions; each generator is independent.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f1 = fib()
f2 = fib()
for i in range(10):
    print(next(f1), end=" ")
print()
print(next(f2), next(f2), next(f1))
def take(gen, n):
    out = []
    for x in gen:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(fib(), 15))
def squares(limit):
    for i in range(limit):
        if i % 2:
            continue
        yield i * i
print(list(squares(10)))
def gen_with_exception():
    yield 1
    raise ValueError("inside generator")
g = gen_with_exception()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
try:
    next(g)
except StopIteration:
    print("generator is finished after raising")
