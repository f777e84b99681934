def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield 3
    finally:
        print("finally")
g = gen()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("boom")))
g.close()
print("closed")
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"
c = counter(2)
print(list(c))
def delegate():
    result = yield from counter(3)
    print("result", result)
print(list(delegate()))
def unstarted():
    print("never runs")
    yield
u = unstarted()
u.close()
print("unstarted closed")
