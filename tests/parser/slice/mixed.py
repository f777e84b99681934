x = 1
a, b = b, a
x += 2
if x > 1 and not y or z:
    pass
elif x:
    print(x, sep="")
else:
    x = [1, 2.5, "s"]
while True:
    break
for i in range(10):
    continue
def f(a, b=2, *args, c, d=3, **kw):
    return a + b * c - d / 2 // 3 % 4 ** 5
class C(B, metaclass=M):
    def m(self):
        global g
        yield self.x[1:2]
try:
    raise E from e
except E as e:
    del x, y[0]
finally:
    pass
import os.path as p, sys
from . import a
from ..b import (c, d as e)
d = {1: 2, **e}
t = (1,)
s = f"x{y!r:>{w}} {z=}"
1 < x <= 3 != y
