def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: [1, 2][5])
check(lambda: {"a": 1}["b"])
check(lambda: int("x1"))
check(lambda: 1 + "a")
check(lambda: "a" * "b")
check(lambda: len(5))
check(lambda: None.foo)
check(lambda: (1, 2).append(3))
check(lambda: undefined_name)
check(lambda: [].pop())
check(lambda: {}.popitem())
check(lambda: 1 / 0)
check(lambda: 1 % 0)
check(lambda: float("nan") < "x")
check(lambda: iter(5))
check(lambda: next(iter([])))
check(lambda: "abc".index("z"))
check(lambda: [1].remove(2))
check(lambda: int(None))
check(lambda: hash([]))
check(lambda: object().x)
check(lambda: setattr(object(), "x", 1))
check(lambda: "x" < 1)
check(lambda: sorted([1, "a"]))
check(lambda: tuple(1))
check(lambda: dict([1]))
check(lambda: ord(""))
check(lambda: chr(-1))
check(lambda: range(1, 2, 0))
check(lambda: 2 ** "x")
check(lambda: -"x")
check(lambda: ~1.5)
check(lambda: abs("s"))
check(lambda: "%d" % "x")
check(lambda: "{0}".format())
check(lambda: (lambda a: a)())
check(lambda: (lambda a: a)(1, 2))
check(lambda: (lambda *, a: a)(a=1, b=2))
def f(a, b, /, c): pass
check(lambda: f(a=1, b=2, c=3))
class C:
    def m(self): pass
check(lambda: C.m())
check(lambda: C().m(1))
check(lambda: isinstance(1, "x"))
check(lambda: super())
check(lambda: [x for x in 5])
check(lambda: {**[]})
check(lambda: print(*5))
a, b = 1, 2
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
