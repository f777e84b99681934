# PyNumber_Add / PyNumber_Multiply and their in-place forms on builtin operands: the number
# slots first, then sq_concat / sq_repeat (with __index__ on the count), then CPython's messages.
# Item access and assignment through mp_* then sq_* slots.
def t(code):
    try:
        print(code, '->', repr(eval(code)))
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n

for c in ["[1] * 2.0", "2.0 * [1]", "'a' + 1", "1 + 'a'", "[] + ()", "() + []", "b'a' + 'a'",
          "'ab' * I(2)", "I(2) * (1,)", "[0] * I(3)", "b'x' * 3", "3 * b'x'", "'a' * 'b'",
          "[1] * [2]", "(1,) * 2**70", "range(3)[I(1)]", "'abc'[I(-1)]",
          "[1].__mul__(2.0)", "[1].__rmul__(3)", "'a'.__mul__(I(2))", "(1,2).__getitem__(-1)",
          "[].__iadd__(3)", "list.__imul__([1, 2], 2)", "'x'.__add__(1)", "None * 2", "2 * None",
          "[1, 2] * True", "1.5 * 'a'", "'a' * 1.5", "{} + {}", "{1} * 2"]:
    t(c)

l = [1, 2]
l *= 2; print(l)
l += (3,); print(l)
try:
    l *= 2.5
except TypeError as e: print(e)
n = 3
n *= [7]; print(n)
s = 'ab'
s *= I(2); print(s)
class A: pass
a = A()
try:
    a *= [1]
except TypeError as e: print(e)
f = 2.0
try:
    f *= [1]
except TypeError as e: print(e)
try:
    del 'abc'[0]
except TypeError as e: print(e)
try:
    'abc'[0] = 1
except TypeError as e: print(e)
try:
    (1,)['a']
except TypeError as e: print(e)
print(list(reversed('abc')), list(reversed(range(3))))
# 3.14 gives no "Did you mean print(...)" hint any more.
try:
    print >> 42
except TypeError as e: print(e)
