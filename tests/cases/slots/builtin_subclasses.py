# Subclasses of builtin sequences: a Python dunder replaces the number slot while the inherited
# wrappers (sq_repeat's __mul__/__rmul__, sq_concat's __add__) keep the sequence slots.
class L(list):
    def __mul__(self, o): return 'L.mul'
class S(str):
    def __radd__(self, o): return 'S.radd'
class S2(str):
    def __add__(self, o): return 'S2.add'
class T(tuple):
    def __iadd__(self, o): return 'T.iadd'
class B(bytes): pass
for code in ["2 * L([1])", "L([1]) * 2", "L([1]) * 'x'", "'x' * L([1])", "'a' + S('b')", "S('b') + 'a'", "S2('a') + 1",
             "1 + S2('a')", "'q' + S2('a')", "B(b'a') * 2", "B(b'a') + b'c'", "type(B(b'a') * 1).__name__",
             "L.__rmul__(L([1]), 2)", "T.__add__", "L.__imul__", "L.__iadd__"]:
    try: print(code, '->', repr(eval(code)))
    except Exception as e: print(code, '->', type(e).__name__, e)
t = T((1,)); t += (2,); print(t)
l = L([1]); l *= 2; print(l)
l = L([1]); l += [2]; print(l, type(l).__name__)
