xs = [1, 2, 3]
a = [x * 2 for x in xs]
b = {x: x + 1 for x in xs if x > 1}
c = {x for x in xs for y in xs}
d = list(x for x in xs)
def f(ys):
    z = [y for y in ys if y]
    w = [lambda: y for y in ys]
    return sum(v * v for v in ys)
class C:
    vals = [i for i in range(3)]
e = any(x for x in xs)
