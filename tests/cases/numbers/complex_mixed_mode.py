# complex with real operands: 3.14's mixed-mode rules keep the sign of a zero imaginary part,
# whether the compiler folds the constant or the operation runs; complex(real, imag) warns
# when either part is complex.
print(0.0-0j, 0-0j, 1.0-2j, (0.0-0j).imag, 2 - 1j*0, 0.0 + (-0.0j), 1j - 0.0, -0.0 * 1j, 2.0 * (1-0j))
def f(): return 0.0-0j
print(f().imag)
x = 0.0; y = 0j
print((x - y).imag, (y - x).imag, (x + y).imag, (x * y).imag, (x / (1+0j)).imag)
import warnings
warnings.simplefilter('always')
INF=float('inf')
print(float(1)/complex(INF, INF), float(1)/complex(INF, -INF), float(1)/complex(-INF, INF))
class ComplexSubclass(complex): pass
class WithComplex:
    def __init__(self, v): self.v = v
    def __complex__(self): return self.v
for a in [(4.25+0j, 0), (ComplexSubclass(4.25+0j), 0), (WithComplex(4.25+0j), 0), (4.25j, 0), (0, 4.25+0j), (0, ComplexSubclass(4.25+0j))]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        print(complex(*a), [str(x.message) for x in w])
for kw in [{'real': 4.25}, {'real': 4.25+0j}, {'real': 4.25+1.5j}, {'imag': 1.5}, {'real': 4.25, 'imag': 1.5}, {'real': '1'}, {'real': -0.0}]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            print(complex(**kw), [str(x.message) for x in w])
        except TypeError as e:
            print('TypeError:', e)

# A complex subclass's own __complex__ is used; one returning a subclass warns.
class complex0(complex):
    def __complex__(self):
        return 42j
class complex1(complex):
    def __new__(cls, value=0j):
        return complex.__new__(cls, 2 * value)
    def __complex__(self):
        return self
class complex2(complex):
    def __complex__(self):
        return None
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(complex(complex0(1j)), complex(complex1(1j)), [str(x.message) for x in w])
try:
    complex(complex2(1j))
except TypeError as e:
    print('TypeError:', e)
