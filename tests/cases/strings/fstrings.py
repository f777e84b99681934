# Simple f-strings.
name = "Ann"
n = 42
x = 3.14159
print(f"hello {name}")
print(f"{n} + 1 = {n + 1}")
print(f"{name!r} {name!s} {n!r}")
print(f"[{n:5}] [{n:<5}] [{n:>5}] [{n:^5}] [{n:05}]")
print(f"[{name:>6}] [{name:<6}] [{name:*^7}]")
print(f"{x:.2f} {x:.0f} {x:8.3f} {n:d} {n:x} {n:b} {255:X}")
print(f"{{literal braces}} {n}")
print(f"{[1, 2]} {(n, name)} {None} {True}")
items = ["a", "b"]
print(f"{len(items)} items, first {items[0]}, last {items[-1]}")
d = {"k": 1}
print(f"value {d['k']}")
print(f"{n * 2}{name}{x:.1f}")
print(f"{'nested'}", f"")
print(f"{1000000:,} {0.5:.1%} {-7:+d} {7:+d}")
class P:
    def __init__(self): self.v = 9
    def __repr__(self): return "P()"
    def __str__(self): return "a P"
p = P()
print(f"{p} {p!r} {p.v}")
