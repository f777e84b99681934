# The argument errors of builtin constructors whose tp_new/tp_init are declared with typed
# parameters (the generator parses them as Argument Clinic's __new__/__init__ do): wrong
# counts, keywords, wrong types; positional-only ones refuse keywords only for the type
# itself or a subclass that keeps its __init__ (tp_new) or __new__ (tp_init).

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', type(r).__name__, r if type(r) in (list, tuple, float, bool, int, range, slice) else '')

class L(list):
    def __init__(self, *a, **k): super().__init__(*a)
class T(tuple):
    def __init__(self, *a, **k): pass
class F(float):
    def __init__(self, *a, **k): pass
class R(reversed):
    def __init__(self, *a, **k): pass
class LK(list): pass
class TK(tuple): pass
class FK(float): pass
class RK(reversed): pass

calls = {
    'list': [lambda: list(1, 2), lambda: list(iterable=[1]), lambda: list(x=1), lambda: list(5),
             lambda: list([1], [2], [3]), lambda: L([1], key=2), lambda: LK([1], key=2),
             lambda: list.__init__([], 1, 2), lambda: list('ab')],
    'tuple': [lambda: tuple(1, 2), lambda: tuple(iterable=[1]), lambda: tuple(5), lambda: T([1], key=2),
              lambda: TK([1], key=2), lambda: T(1, 2), lambda: tuple()],
    'float': [lambda: float(1, 2), lambda: float(x=1), lambda: float([]), lambda: F('1.5', key=2),
              lambda: FK('1.5', key=2), lambda: float(), lambda: float(' 2.5 ')],
    'bool': [lambda: bool(1, 2), lambda: bool(x=1), lambda: bool(object=1), lambda: bool(), lambda: bool([1])],
    'reversed': [lambda: reversed(), lambda: reversed(1, 2), lambda: reversed(sequence=[1]), lambda: reversed(5),
                 lambda: list(R([1, 2], key=2)), lambda: R(), lambda: RK([1], key=2)],
}
for name, fs in calls.items():
    for i, f in enumerate(fs):
        attempt(f'{name}[{i}]', f)
