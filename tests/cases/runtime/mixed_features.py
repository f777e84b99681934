def deco(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper
@deco
def add(a, b=2, *rest, c=3, **kw):
    return a + b + c + sum(rest) + sum(kw.values())
print(add(1), add(1, 2, 3, 4, c=5, d=6))
squares = [x * x for x in range(6) if x % 2]
pairs = {k: v for k, v in zip("abc", range(3))}
gen = (x for x in range(3))
print(squares, pairs, sum(gen), {x % 3 for x in range(10)})
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise ValueError("suppressed")
print("after with")
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter(); inc(); print(inc())
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
match {"x": 1, "y": [2, 3]}:
    case {"x": 1, "y": [a, *b]}:
        print("matched", a, b)
    case _:
        print("no")
val = 3.14159
print(f"{val:.2f} {val!r:>10} {42:05d} {'s':^5}|{1e20:g} {255:#x} {1234567:,}")
lam = lambda x, y=1: x * y
print(lam(3), lam(3, 4), (lambda: None)())
print(sorted(["b", "A", "c"], key=str.lower), max("abc"), divmod(17, 5) if False else 0)
a, *b, c = range(5)
print(a, b, c)
x = [1, 2, 3]
x[1:2] = [9, 9]
print(x, x[::-1], x[-1], "abc"[1:])
print(isinstance(True, int), 3 // 2, -3 // 2, 3 % -2, 2 ** 10, 2 ** -1, 7 / 2)
print(type(None).__name__, bool([]), not None, 1 < 2 < 3, 1 < 3 < 2)
try:
    {}["k"]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)
class P:
    __slots__ = ()
print(hasattr(P(), "x"))
print(str(1.0), repr(0.1), 1e16, 1.5e-5, float("inf"), -0.0, 2.5 == 2.5)
print(int("  12 "), abs(-3), round(2.5) if False else 0, hex(255) if False else 0)
