# decimal arithmetic (issue 11's decimal speed item): sums, products, division, quantize and a
# high-precision series.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN
cent = Decimal("0.01")
total = Decimal(0)
for i in range(1, 800001):
    price = Decimal(i) / 7
    total += (price * Decimal("1.0825")).quantize(cent, rounding=ROUND_HALF_EVEN)
with localcontext() as ctx:
    ctx.prec = 500
    e = Decimal(0)
    term = Decimal(1)
    for k in range(1, 300):
        e += term
        term /= k
print(total, str(e)[:60], Decimal(2).sqrt(), getcontext().prec)
