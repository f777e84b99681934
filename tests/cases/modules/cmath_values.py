# cmath: every function over the C99 Annex G special values (infinities, NaNs, signed zeros)
# and finite points near branch cuts, with CPython's errors. Finite results are printed to 12
# digits: the reference's libm (WebAssembly) and glibc may differ in the last bit.
import cmath, math

INF, NAN = math.inf, math.nan
points = [-INF, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 2.5, INF, NAN]

def part(x, exact):
    s = repr(x) if exact or not math.isfinite(x) else format(x, '.12g')
    return s + ('(-)' if math.copysign(1, x) < 0 else '')

def show(name, f, *args):
    exact = not all(map(math.isfinite, args))
    try:
        z = f(*args)
        print(name, args, part(z.real, exact), part(z.imag, exact))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)

for name in ('acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
             'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh'):
    f = getattr(cmath, name)
    for re in points:
        for im in points:
            show(name, lambda a, b: f(complex(a, b)), re, im)
for r in points:
    for phi in points:
        show('rect', cmath.rect, r, phi)

# Large and tiny arguments (the rescaled paths) and overflow.
for name in ('acos', 'acosh', 'asinh', 'atanh', 'log', 'sqrt', 'exp', 'cosh', 'sinh', 'tanh'):
    for z in (complex(1e308, 1e308), complex(-1e308, 1e-308), complex(5e-324, 5e-324), complex(710, 1), complex(-710, 1), complex(1, 1e-170)):
        show(name, lambda a, b: getattr(cmath, name)(complex(a, b)), z.real, z.imag)

print(cmath.phase(complex(-1, 0.0)), cmath.phase(complex(-1, -0.0)), cmath.phase(complex(INF, NAN)))
print(cmath.polar(complex(3, 4)), cmath.polar(complex(INF, NAN)), cmath.polar(complex(-0.0, -0.0)))
for z in (complex(1e308, 1e308),):
    try:
        cmath.polar(z)
    except OverflowError as e:
        print('polar', e)
for a, b in ((0, 2), (1, 1), (8, 2), (1j, 1j), (1 + 1j, 10), (INF, 2)):
    try:
        print('log', a, b, cmath.log(a, b))
    except ValueError as e:
        print('log', a, b, e)
for a, b, kw in ((1, 1 + 1e-10, {}), (1j, 1.000001j, {'rel_tol': 1e-5}), (complex(INF, 0), complex(INF, 0), {}),
                 (complex(INF, 0), complex(-INF, 0), {}), (complex(NAN, 0), complex(NAN, 0), {}),
                 (0, 1e-10, {'abs_tol': 1e-9}), (1, 2, {'rel_tol': -1}), (1, 2, {'abs_tol': -1})):
    try:
        print('isclose', a, b, kw, cmath.isclose(a, b, **kw))
    except ValueError as e:
        print('isclose', e)
for f in (cmath.isfinite, cmath.isnan, cmath.isinf):
    print([f(z) for z in (0j, complex(INF, 0), complex(0, NAN), complex(NAN, INF), 1, 2.5)])

class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 4.0
class I:
    def __index__(self):
        return 9
class Bad:
    def __complex__(self):
        return 1
for v in (C(), F(), I(), Bad(), 'a', None, True, 10 ** 400, -4, -4.0):
    try:
        print('sqrt', cmath.sqrt(v))
    except Exception as e:
        print('sqrt', type(e).__name__, e)
for name in ('pi', 'e', 'tau', 'inf', 'infj', 'nan', 'nanj'):
    v = getattr(cmath, name)
    print(name, v, type(v).__name__)
print(math.copysign(1, cmath.nan), math.copysign(1, cmath.nanj.imag))
for call in (lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.rect(1), lambda: cmath.rect('a', 1),
             lambda: cmath.log(), lambda: cmath.log(1, 'a'), lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3),
             lambda: cmath.isclose(a=1, b='x')):
    try:
        call()
    except TypeError as e:
        print(e)
print(cmath.__doc__)
print(cmath.sqrt.__doc__, cmath.log.__doc__, cmath.isclose.__doc__, sep='\n')
print(cmath.polar.__text_signature__, cmath.isclose.__text_signature__, cmath.log.__text_signature__, cmath.rect.__text_signature__)
print(sorted(dir(cmath)))
