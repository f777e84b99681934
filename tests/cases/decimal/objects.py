# Decimal and Context as objects: subclasses, the signal dicts, DecimalTuple, numbers ABCs.
import decimal, numbers
from decimal import Decimal as D, Context, getcontext, Inexact, Rounded, Overflow

class MyDecimal(D):
    def double(self):
        return self * 2

m = MyDecimal('1.25')
print(type(m).__name__, m, repr(m), m.double(), type(m.double()).__name__, type(m + 1).__name__)
print(type(MyDecimal.from_float(0.5)).__name__, MyDecimal.from_float(0.5), type(D.from_number(3)).__name__)
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(D, numbers.Rational))

class MyContext(Context):
    def __init__(self, prec):
        super().__init__(prec=prec, traps=[])

mc = MyContext(4)
print(type(mc).__name__, mc.prec, mc.divide(1, 0), mc.flags[decimal.DivisionByZero])
print(type(mc.copy()).__name__)

ctx0 = Context()
f = ctx0.flags
print(type(f).__name__, type(f).__mro__[1].__name__, len(f), list(f)[:3])
print(f.get(Inexact), Inexact in f, sorted(k.__name__ for k in f.keys())[:4], f.copy() == f, f == {Inexact: 1}, f != {Inexact: 1}, f == dict.fromkeys(f, False))
c = Context()
c.flags[Inexact] = 1
c.flags[Rounded] = []
print(c.flags[Inexact], c.flags[Rounded], c)
t = D('-1.500').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__, decimal.DecimalTuple(0, (1,), 2))
print(D(t), D(1).real, D(1).imag, D('1.5').conjugate(), D(1).radix(), D(7).canonical(), D(7).is_canonical())
print(bool(D(0)), bool(D('0.00')), bool(D('NaN')), bool(D('-1E-100')))
print(D('1.5') in {D('1.5'): 1}, {D('2.0'), 2, 2.0}, len({D(1), D('1.0'), D('1.00')}))
print(D.__module__, Context.__module__, decimal.getcontext.__name__, D('3').__reduce__())
print(max(D(1), D('1.5'), 2), min([D('-0'), D('0')]), sum([D(1), D(2)], D(0)))
print(D(2).__round__(), D('2.567').__round__(2), D(10) ** D('0.5') == D(10).sqrt())
