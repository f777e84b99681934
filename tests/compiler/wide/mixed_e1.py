class A:
    """Doc."""
    __priv = 1
    def __m(self, __x):
        return self.__priv + __x
    vals = [__priv for _ in range(3)]
    z = [y for y in range(3) if y]
    def gen(self):
        return [lambda: self for _ in range(2)]
def outer():
    x = 1
    class Inner:
        y = x
        def f(self):
            return x + y
    return Inner
def walrus(data):
    if (n := len(data)) > 10:
        pass
    res = [y for x in data if (y := x * 2)]
    return n, res, y
async def agen(xs):
    async for x in xs:
        yield x
    result = [await z async for z in xs]
    other = {k: await v for k, v in xs}
    async with a, b as (c, d):
        pass
def tryfin(x):
    for i in x:
        try:
            try:
                continue
            finally:
                break
        except E:
            return i
        finally:
            x = 2
    while x:
        with ctx() as c:
            if c:
                break
            return c
def star(*a, **k):
    f(*a, *a, **k, **k)
    return [*a, *k], {*a}, {**k, 'a': 1}, (*a,)
def many():
    a0=a1=a2=a3=a4=a5=a6=a7=a8=a9=b0=b1=b2=b3=b4=b5=b6=b7=b8=b9=c0=c1=c2=c3=c4=c5=c6=c7=c8=c9=0
    d0=d1=d2=d3=d4=d5=d6=d7=d8=d9=e0=e1=e2=e3=e4=e5=e6=e7=e8=e9=f0=f1=f2=f3=f4=f5=f6=f7=f8=f9=0
    g0=g1=g2=g3=g4=g5=g6=g7=g8=g9 = 0
    if a0: del g9
    return g9 + a0 + f9
type Alias[T] = list[T]
class G[T: int, *Ts, **P](Base):
    def m[U](self, x: U = None) -> T: ...
def gf[T](x: T, *, y: T = 1) -> T:
    return x
x = t"hello {name!r:>{width}} world"
