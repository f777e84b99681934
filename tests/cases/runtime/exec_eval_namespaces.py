x = 10
print(eval("x * 2"), eval("  y + 1", {"y": 4}), eval("a", {}, {"a": 7}))
exec("z = x + 5\nprint('in exec', z)")
print(z)
ns = {}
exec("def f(n): return n * 3", ns)
print(ns["f"](4), sorted(k for k in ns if k != "__builtins__"))
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
def show():
    a = 1
    b = [2]
    return sorted(locals().items())
print(show())
class K:
    def __init__(self): self.v = 1
print(vars(K()), "v" in dir(K()), "__init__" in dir(K))
m = __import__("keyword")
print(m.iskeyword("for"), m.iskeyword("x"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KeyError", e)
print(dir()[:3])
