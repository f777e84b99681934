# Integer division, remainder and divmod under the largest precision (MAX_PREC): the
# quotient's digit count is checked against the precision without computing 10**prec.
# pyperformance's decimal_factorial does this.
import decimal
from decimal import Decimal as D

c = decimal.getcontext()
c.prec = decimal.MAX_PREC
c.Emax = decimal.MAX_EMAX
c.Emin = decimal.MIN_EMIN


def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)


r = factorial(D(1000), 0)
s = str(r)
print(s[:40], len(s))
print(D(10000) // 2, D(7) % 3, divmod(D(17), D(5)), D(10).remainder_near(D(3)))
print(D(-17) // D("0.5"), D(17) % D("-0.3"))

c.prec = 5
print(D(123456) // 10, D(99999) // 1)
for a, b in [(D(123456), 1), (D(10**6), D("0.001"))]:
    try:
        print(a // b)
    except decimal.InvalidOperation as e:
        print(type(e).__name__, e)
    try:
        print(a.remainder_near(b))
    except decimal.InvalidOperation as e:
        print(type(e).__name__, e)
