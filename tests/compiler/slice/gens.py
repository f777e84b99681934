def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1

def co():
    x = yield
    while True:
        x = yield x * 2

for v in gen(3):
    print(v)
