# FrameLocalsProxy (PEP 667) as CPython 3.14 has it: keys compared as a dict compares them,
# its constructor, a recursive repr, __reversed__ giving a list, a mapping for `match`,
# replaced values kept alive for the running code, and locals() showing what f_locals shows.
import sys
from collections.abc import Mapping

class StrSub(str):
    pass

class Impostor:
    def __hash__(self): return hash('x')
    def __eq__(self, other): return other == 'x'

class Unhashable(str):
    __hash__ = None

def keys_compared_by_value(obj):
    proxy = sys._getframe().f_locals
    proxy[obj] = 2           # writes the variable x, not an extra key
    print(type(obj).__name__, x, sorted(proxy), obj in proxy)
    x = 1

for obj in StrSub('x'), Impostor(), 'x':
    keys_compared_by_value(obj)

def unhashable_keys():
    x = 1
    proxy = sys._getframe().f_locals
    for op in (lambda: proxy[Unhashable('x')], lambda: proxy.__setitem__(Unhashable('x'), 0),
               lambda: Unhashable('x') in proxy, lambda: proxy.pop(Unhashable('x'))):
        try:
            op()
        except TypeError as e:
            print('TypeError', e)
unhashable_keys()

FrameLocalsProxy = type([sys._getframe().f_locals for _ in range(1)][0])
def make_frame():
    x = 1
    y = 2
    return sys._getframe()
print(FrameLocalsProxy(make_frame()) == {'x': 1, 'y': 2})
for args, kwargs in [((), {}), ((123,), {}), ((), {'frame': sys._getframe()}), ((make_frame(), make_frame()), {})]:
    try:
        FrameLocalsProxy(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

def recursive_repr():
    d = sys._getframe().f_locals
    return repr(d)
print(recursive_repr())

def reversed_is_list():
    a = 1
    b = 2
    d = sys._getframe().f_locals
    return reversed(d)
print(reversed_is_list())

def matches_mapping():
    x = 1
    d = sys._getframe().f_locals
    print(isinstance(d, Mapping))
    match d:
        case {"x": value}:
            print('mapping', value)
        case _:
            print('other')
matches_mapping()

def overwrite_caller():
    xs = [1, 2, 3]
    ys = [4, 5, 6]
    return reads_after_overwrite(xs)
def reads_after_overwrite(xs):
    f = sys._getframe()
    f.f_back.f_locals["xs"] = None
    f.f_back.f_locals["ys"] = None
    return xs[1]
print(overwrite_caller())

def locals_sees_extra_and_comprehension():
    x = 1
    sys._getframe().f_locals['y'] = 2
    print(sorted(locals().items()))
    lambda: k
    k = 1
    print([locals() for k in [0]], locals()['k'])
locals_sees_extra_and_comprehension()

# A comprehension inlined in module or class code: while it runs, f_locals and locals() are
# over the frame's fast locals (the comprehension's variable), not the namespace.
print([(type(sys._getframe().f_locals).__name__, dict(sys._getframe().f_locals)) for _ in range(1)])
print([list(locals()) for _ in range(1)])
print(eval('[list(locals()) for _ in range(1)]'))
class C:
    z = 1
    print([(type(sys._getframe().f_locals).__name__, dict(sys._getframe().f_locals)) for _ in range(1)])
    print([sorted(locals()) for _ in range(1)], sorted(locals()))
