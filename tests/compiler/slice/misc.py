import os
import os.path
del x
del a.b, c[1]
x = a < b < c
y = a == b
z = [1, 2, x]
w = {"a": 1, "b": y}
v = (x, y)
u = f"hello {x} and {y!r:>10}"
print(a.b.c, d[1:2])
q = -x
r = ~x
s = x ** 2 // 3 % 4
t = x is None
u = x in y
v = x not in y
