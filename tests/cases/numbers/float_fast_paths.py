# Arithmetic and comparisons on exact floats, and on a float with an int, give what float's
# slots give: signed zeros, infinities, NaN, ints past 2**53, division by zero, negative
# numbers to fractional powers, subclasses that override the operators.
import math

vals = [0.0, -0.0, 1.5, -2.25, 1e308, float('inf'), float('-inf'), float('nan'),
        3, -7, 0, True, 2**53, 2**53 + 1, 2**60, 10**20]


def show(r):
    if isinstance(r, float):
        return '%r %s' % (r, math.copysign(1.0, r))
    return '%r %s' % (r, type(r).__name__)


def big(v):
    return isinstance(v, int) and abs(v) > 2**20


for a in vals:
    for b in vals:
        if type(a) is not float and type(b) is not float:
            continue
        for op in ['+', '-', '*', '/', '**']:
            if op == '**' and (big(a) or big(b) or a == 1e308 or b == 1e308):
                continue  # the overflow error's errno differs between platforms
            try:
                print(repr(a), op, repr(b), '=', show(eval('a %s b' % op)))
            except Exception as e:
                print(repr(a), op, repr(b), '->', type(e).__name__, e)
        print(repr(a), 'cmp', repr(b), [eval('a %s b' % op) for op in ['<', '<=', '==', '!=', '>', '>=']])
        x = a
        try:
            x += b
            x -= b
            x *= b
            x /= b
            print('in place', show(x))
        except Exception as e:
            print('in place ->', type(e).__name__, e)


class F(float):
    def __add__(self, other):
        return 'F.__add__'
    def __radd__(self, other):
        return 'F.__radd__'
    def __lt__(self, other):
        return 'F.__lt__'


print(1.0 + F(2), F(2) + 1.0, 1 + F(2), F(2) < 1.0, 1.0 < F(2))
print(2 ** 0.5, 2.0 ** -1, (-8.0) ** (1 / 3), (-8) ** 0.5, 0.0 ** 0.0)
try:
    0.0 ** -1.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
nan = float('nan')
print(nan is nan, nan == nan, [nan] == [nan], 1.5 if 1.5 > nan else 'nan')
