# reference: python3
# Division at the largest precision (as _pylong's unbounded context uses it): an exact quotient
# is found with just the digits it needs; an inexact one cannot be held and raises MemoryError.
import decimal
from decimal import Decimal as D
c = decimal.getcontext().copy(); c.prec = decimal.MAX_PREC; c.Emax = decimal.MAX_EMAX; c.Emin = decimal.MIN_EMIN
c.traps[decimal.Inexact] = 1
with decimal.localcontext(c) as ctx:
    print(1/D(256), D(10)/D(4), D(1)/D(1024), D('1.5')/D('0.125'))
    for a, b in [(1, 3), (2, 7)]:
        try: print(D(a)/D(b))
        except Exception as e: print(type(e).__name__, e)
    print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded])
