# Functions are objects: passed, stored, returned.
def square(x):
    return x * x
def twice(f, x):
    return f(f(x))
print(twice(square, 3))
table = [square, abs, str]
print(table[0](-4), table[1](-4), table[2](-4))
ops = {"sq": square, "abs": abs}
print(ops["sq"](7), ops["abs"](-7))
print(type(square).__name__, square.__name__)
alias = square
print(alias(9), alias is square)
def pick(name):
    if name == "square":
        return square
    return abs
print(pick("square")(5), pick("other")(-5))
def apply_all(funcs, value):
    out = []
    for f in funcs:
        out.append(f(value))
    return out
print(apply_all([square, abs, float, str, repr], -3))
print(sorted([3, -1, 2, -5], key=abs))
print(max(["bb", "a", "ccc"], key=len), min(["bb", "a", "ccc"], key=len))
