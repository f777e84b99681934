# _functools.partial: calls, Placeholder (3.14), flattening, repr, state, method binding.
from _functools import partial, Placeholder, _PlaceholderType

def f(*args, **kw): return args, sorted(kw.items())
def R(o): return repr(o).replace(hex(id(f)), 'ADDR')
p = partial(f, 1, a=2)
print(p(), p(3, b=4), p(a=5), p.func is f, p.args, p.keywords)
print(R(p), R(partial(len)), R(partial(f, 'x', k=[1])))
q = partial(p, 9, c=3)
print(q.func is f, q.args, q.keywords, q())
p2 = partial(f, Placeholder, 2, Placeholder, 4)
print(p2(1, 3), p2(1, 3, 5, z=0), R(p2))
print(partial(p2, 'a')('b'), partial(p2, 'a', 'b', 'c')(), partial(p2, 'a').args)
for bad in [lambda: partial(f, Placeholder), lambda: partial(f, 1, Placeholder), lambda: partial(f, a=Placeholder),
            lambda: p2(1), lambda: partial(), lambda: partial(1), lambda: partial(Placeholder)]:
    try: bad()
    except TypeError as e: print('TypeError', e)
print(Placeholder, _PlaceholderType() is Placeholder, type(Placeholder).__name__, Placeholder.__reduce__())
try: _PlaceholderType(1)
except TypeError as e: print('TypeError', e)
try: type('X', (_PlaceholderType,), {})
except TypeError as e: print('TypeError', e)
class A:
    meth = partial(f, 'bound')
    def __repr__(self): return 'A()'
a = A()
print(a.meth(1), A.meth(1), type(a.meth).__name__)
class P(partial):
    pass
pp = P(f, 1)
print(R(pp), pp(2), type(partial(pp, 3)).__name__)
pp.x = 1
print(partial(pp, 2).func is pp, vars(pp))
p3 = partial(f, 1)
p3.attr = 'v'
print(p3.__dict__, p3.__reduce__()[2][3], partial(p3, 2).func is p3)
for name in ('func', 'args', 'keywords'):
    try: setattr(p3, name, 1)
    except AttributeError as e: print('AttributeError', e)
try: del p3.__dict__
except TypeError as e: print('TypeError', e)
s = partial(f)
s.__setstate__((max, (1, 2), {'key': abs}, {'d': 1}))
print(s.func is max, s.args, s.keywords, s.__dict__, s(-5))
s.__setstate__((f, (Placeholder, 1), None, None))
print(s('first'), s.keywords)
for st in [1, (f,), (1, (), None, None), (f, [], None, None), (f, (), 1, None), (f, (Placeholder,), None, None)]:
    try: s.__setstate__(st)
    except TypeError as e: print('TypeError', e)
kw = partial(f, k=1)
kw.keywords['j'] = 2
print(kw(k=3))
print(partial[int], partial(f, 1) == partial(f, 1))
r = partial(f)
r.__setstate__((f, (r,), {}, None))
print(R(r))
print(partial(sorted, key=len)(['ccc', 'a', 'bb']), partial(int, base=2)('101'))

# __setstate__ takes (fn, args tuple, kwargs dict or None, dict or None) and nothing else.
def capture(*a, **k):
    return a, k
f = partial(capture)
for state in [(capture, (), {}, ()), (capture, (), {}, "test"), (capture, [1], {}, None), (capture, (), [], None),
              (None, (), {}, None), [capture, (), {}, None], (capture, (), {}), (capture, (1,), None, {"attr": 2})]:
    try:
        print(f.__setstate__(state), f.args, f.keywords, f.__dict__)
    except TypeError as e:
        print("TypeError", e)
