import a.b.c as d
from . import x
from ..y import z as w, q
from m import *
x = [1, 2, 3, 4] + [5] * 3
y = (1, 2) * 300
s = "a" * 5000
b = 2 ** 100
c = 2 ** 200
d = 1 << 130
e = (1, (2, 3)) + (4,)
f = "abc"[1]
g = -(-5)
h = not True
i = ~5
j = 10 / 4
k = 10 // 4
l = -7 % 3
m = 1.5 * 2
n = 3 - 1j
o = "a" "b"
p = x if 1 else y
q = x and 0
for _ in [1, 2, 3]: pass
for _ in {1, 2, 3}: pass
if x in (1, 2, 3): pass
if x not in [a, b]: pass
assert (x, y)
print(f"{x:{y}.{z}}", f"{x!a}", f'{x=!r:10}')
lst = [i for i in range(100) if i % 2 if i % 3]
while False:
    pass
if 0:
    print("dead")
else:
    print("live")
try:
    pass
finally:
    pass
