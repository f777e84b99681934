# Classes: __getitem__ alone gives iteration and 'in' (sq_item, then iteration); __contains__,
# __len__, __add__/__radd__/__mul__/__rmul__/__iadd__ dispatch as CPython's slot functions;
# subclasses of builtin sequences keep or override the sequence slots.
def t(code, env):
    try:
        print(code, '->', repr(eval(code, env)))
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

class G:
    def __getitem__(self, i):
        print('  getitem', repr(i))
        if isinstance(i, int) and i >= 3: raise IndexError(i)
        return i * 10

class GL(G):
    def __len__(self): return 3

class C:
    def __contains__(self, x):
        print('  contains', x)
        return x == 1

class NoC:
    __contains__ = None
    def __iter__(self): return iter([1])

class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i

class S:
    def __add__(self, o): return ('S.add', o)
    def __radd__(self, o): return ('S.radd', o)
    def __mul__(self, o): return ('S.mul', o)
    def __rmul__(self, o): return ('S.rmul', o)

class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented

class IA:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self

class L(list):
    def __add__(self, o): return 'L.add'
class L2(list):
    def __radd__(self, o): return 'L2.radd'
    def __rmul__(self, o): return 'L2.rmul'
class T(tuple): pass
class Str(str):
    def __rmul__(self, o): return 'Str.rmul'

env = dict(globals())
for c in ["list(G())", "2 in G()", "7 in G()", "len(GL())", "list(reversed(GL()))", "G()[5]", "G()['k']",
          "1 in C()", "2 in C()", "1 in NoC()", "iter(NoIter())", "1 in NoIter()", "5 in 3",
          "S() + 1", "1 + S()", "S() * 2", "2 * S()", "[1] + S()", "[1] * S()", "S() * [1]", "'a' + S()",
          "NI() + 1", "1 + NI()", "[1] + NI()", "NI() * [1]", "[1] * NI()", "'a' * NI()", "NI() + 'a'",
          "L([1]) + [2]", "[2] + L([1])", "L([1]) * 2", "[1] + L2([2])", "[1] * L2([2])", "3 * L2([2])",
          "L2([2]) * 2", "T((1,)) + (2,)", "T((1,)) * 2", "'ab' * Str('x')", "2 * Str('x')", "Str('x') * 2",
          "list(map(len, [G.__getitem__.__name__]))", "len(G())", "bool(GL())", "reversed(G())"]:
    t(c, env)

ia = IA()
ia += 5
ia += 'x'
print(ia.v)
x = [1]
x += S()
print(x)
