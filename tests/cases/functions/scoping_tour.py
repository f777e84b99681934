# scoping: closures in loops, nonlocal chains, class scopes, comprehension scopes
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
    middle()
    return x
print(outer())
class C:
    y = 10
    vals = [y * 2 for _ in range(1)] if False else None
    def m(self): return C.y
print(C().m(), C.vals)
x = "global"
def shadow():
    x = "local"
    return [x for _ in range(1)][0]
print(shadow(), x)
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(5), c1.__closure__[0].cell_contents if hasattr(c1.__closure__[0], "cell_contents") else "n/a")
def gen_scope():
    total = 0
    for v in (yield_val for yield_val in range(4)):
        total += v
    return total
print(gen_scope())
try:
    def bad():
        print(undefined_local)
        undefined_local = 1
    bad()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def default_mut(a, acc=[]):
    acc.append(a)
    return acc
print(default_mut(1), default_mut(2))
