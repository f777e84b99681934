x = 1
def f():
    for i in x:
        try:
            if i: return 1
            if i: break
            if i: continue
        finally:
            x is 3
    with x:
        try:
            return 2
        finally:
            x is 4
    try:
        pass
    except:
        pass
    else:
        x is 5
    finally:
        x is 6
    try:
        x is 7
    except* Exception:
        x is 8
    finally:
        x is 9
async def g():
    async with x:
        return x is 10
    async for i in x:
        try:
            break
        finally:
            x is 11
class C:
    a: x is 12
    def m(self) -> x is 13: pass
    def n(self, a: x is 14 = x is 15): pass
b: x is 16
type T = x is 17
def h[T: x is 18](): pass
lambda: x is 19
[i for i in x if i is 20]
{i: 1 for i in x if i is 21}
(i for i in x if i is 22)
match x:
    case 1 if x is 23: pass
f"{x is 24}"
assert x is 25, x is 26
