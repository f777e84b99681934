# Contexts, flags, traps and the signals raised by trapped conditions.
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation, ConversionSyntax,
                     DivisionImpossible, DivisionUndefined, InvalidContext, DecimalException)

print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(Context(prec=5, rounding=decimal.ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow]))
for cls in [DecimalException, InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow,
            Subnormal, Clamped, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
print(decimal.MAX_PREC == decimal.MAX_EMAX == -decimal.MIN_EMIN, decimal.MIN_ETINY == decimal.MIN_EMIN - decimal.MAX_PREC + 1, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
print(decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_HALF_UP,
      decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP)

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ', repr(r))

c = Context()
attempt(lambda: D(1) / 0)
attempt(lambda: D(0) / 0)
attempt(lambda: D('x'))
attempt(lambda: D('Inf') - D('Inf'))
attempt(lambda: D(10) // D('0.0001') if False else D('1e30').remainder_near(D(3)))
attempt(lambda: c.divide_int(D('1e40'), D(3)))
attempt(lambda: D('NaN') < 1)
attempt(lambda: D('sNaN') == 1)
attempt(lambda: D('NaN') == 1)
attempt(lambda: D('1e999999') * 10)
attempt(lambda: c.create_decimal('1e-1000030'))
c.traps[Underflow] = True
attempt(lambda: c.create_decimal('1e-1000030'))
c.traps[Inexact] = True
attempt(lambda: c.divide(1, 3))
c.traps[FloatOperation] = True
attempt(lambda: D(1.5))
attempt(lambda: D(1) < 1.5)
attempt(lambda: D(1) == 1.5)
print(c.flags[FloatOperation], c.flags[Inexact])

x = Context(traps=[], prec=3)
print(x.divide(1, 0), x.divide(0, 0), x.power(0, 0), x.sqrt(-1), x.add(D('1.234'), 1))
print(sorted(k.__name__ for k, v in x.flags.items() if v))
x.clear_flags()
print(x.flags == {s: False for s in x.flags}, len(x.flags), list(x.traps.values()).count(True))
x.flags = {s: True for s in x.flags}
print(x)
x.traps = {s: s is Overflow for s in x.traps}
print(x.traps[Overflow], x.traps[Inexact])
for bad in [lambda: setattr(x, 'prec', 0), lambda: setattr(x, 'Emax', -1), lambda: setattr(x, 'Emin', 1),
            lambda: setattr(x, 'rounding', 'up'), lambda: setattr(x, 'capitals', 2), lambda: setattr(x, 'clamp', 3),
            lambda: setattr(x, 'prec', 'a'), lambda: delattr(x, 'prec'), lambda: x.flags.__setitem__(1, 0),
            lambda: x.flags.__delitem__(Overflow), lambda: setcontext(1), lambda: D(1).exp(3),
            lambda: x.add('1', 2), lambda: D(1) + '1', lambda: D([]), lambda: D((2, (1,), 0)),
            lambda: D((0, (1, 10), 0)), lambda: D((0, (1,), 'x')), lambda: D((0, (1,), 1.5)), lambda: D(object())]:
    attempt(bad)

with localcontext(prec=7, rounding=decimal.ROUND_UP) as lc:
    print(getcontext() is lc, lc.prec, D(1) / 3)
print(getcontext().prec, getcontext().rounding)
with localcontext(ExtendedContext) as lc:
    print(lc.prec, D(1) / 0)
print(ExtendedContext.flags[DivisionByZero])
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec)
setcontext(DefaultContext)
print(Context().Etiny(), Context().Etop(), Context(prec=9, Emax=99, Emin=-99).Etiny())
print(x.copy() is x, repr(x.copy()) == repr(x))
import pickle, copy
print(pickle.loads(pickle.dumps(x)), pickle.loads(pickle.dumps(D('-1.50E+3'))), copy.copy(D(3)), copy.deepcopy(x) == x)
print(decimal.IEEEContext(64), decimal.IEEEContext(128).prec)
