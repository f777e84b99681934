# exec(code, globals, closure=cells) runs a code object with free variables.
from types import CellType

def make():
    a = 2
    b = 3
    result = 0
    def three():
        nonlocal result
        result = a * b
    def get():
        return result
    return three, get

three, get = make()
exec(three.__code__, three.__globals__, closure=three.__closure__)
print("through the function's own cells:", get())
cells = (CellType(5), CellType(7), CellType(0))
names = three.__code__.co_freevars
exec(three.__code__, {}, closure=tuple(cells[sorted(["a", "b", "result"]).index(n)] for n in names))
print("through new cells:", [c.cell_contents for c in cells])

def plain():
    return 1

for code, closure in ((plain.__code__, three.__closure__), (three.__code__, None),
                      (three.__code__, three.__closure__[:2]), (three.__code__, list(three.__closure__)),
                      (three.__code__, (int,) + three.__closure__[1:]), ("pass", int), ("pass", three.__closure__)):
    try:
        exec(code, {}, closure=closure)
    except TypeError as e:
        print("TypeError:", e)
exec("pass", closure=None)
try:
    eval(three.__code__)
except TypeError as e:
    print("TypeError:", e)
