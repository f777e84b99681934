# TypeError messages for calls with the wrong arguments.
def f(a, b):
    return a + b
def g(x, y=1):
    return x
class C:
    def m(self, v):
        return v
def report(thunk_id):
    try:
        if thunk_id == 0:
            f(1)
        elif thunk_id == 1:
            f(1, 2, 3)
        elif thunk_id == 2:
            f(1, b=2, c=3)
        elif thunk_id == 3:
            f(1, a=2)
        elif thunk_id == 4:
            g()
        elif thunk_id == 5:
            C().m()
        elif thunk_id == 6:
            C().m(1, 2)
        elif thunk_id == 7:
            n = 5
            n()
        elif thunk_id == 8:
            len()
        elif thunk_id == 9:
            len(1, 2)
        elif thunk_id == 10:
            "x" + 1
        elif thunk_id == 11:
            1 + "x"
        elif thunk_id == 12:
            [1] * "a"
        elif thunk_id == 13:
            None.attr
        elif thunk_id == 14:
            f()
        elif thunk_id == 15:
            abs()
        elif thunk_id == 16:
            C(1)
        elif thunk_id == 17:
            idx = 1.5
            "abc"[idx]
        elif thunk_id == 18:
            {}[[]]
        elif thunk_id == 19:
            -"s"
    except (TypeError, AttributeError) as e:
        print(thunk_id, type(e).__name__ + ":", e)
for i in range(20):
    report(i)
