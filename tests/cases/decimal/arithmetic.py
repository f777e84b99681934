# Decimal arithmetic: correctly rounded results, exact results and ideal exponents.
from decimal import Decimal as D, getcontext, localcontext, Context

print(D('1.1') + D('2.2'), D('1.30') + D('1.20'), D('1E+2') + D('1'))
print(D('5.00') - D('5'), D('-0') + D('0'), D('-0') - D('0'))
print(D('1.20') * D('3'), D('-7') * D('0.5'), D('1e999') * D('1e-999'))
print(D(1) / D(3), D(2) / D(3), D(1) / D(8), D('12.00') / D('4'), D(100) / D(10))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(-2), D(-7) % D(2), divmod(D(7), D(-2)))
print(D(10).remainder_near(D(6)), D(10).remainder_near(D(4)), D('-10').remainder_near(D(3)))
print(D(2).fma(3, 5), D('1e20').fma(D('1e20'), D(-1)))
print(D(2).sqrt(), D(100).sqrt(), D('0.0100').sqrt(), D('-0').sqrt(), D(10).sqrt())
print(D(1).exp(), D(-1).exp(), D(0).exp(), D('0.5').exp(), D(100).exp())
print(D(2).ln(), D(10).ln(), D('0.5').ln(), D('1.0001').ln(), D('1E+100').ln())
print(D(2).log10(), D(100).log10(), D('0.001').log10(), D('1E+100').log10(), D(7).log10())
print(D(2) ** 10, D(2) ** D('0.5'), D('1.5') ** 3, D(4) ** D('0.5'), D(2) ** -2, D(10) ** D('-2.0'))
print(D(-8) ** 3, D('0.1') ** 5, D(3) ** D('1.5'), D(5) ** D('0.25'), pow(D(3), 4, 5))
print(D(1) + 2, 3 * D('1.5'), 10 - D('0.1'), 1 / D(4), 2 ** D(3), D(3) ** 2)
print(-D('1.50'), +D('-0'), abs(D('-2.5')), D('1.000').normalize(), D('0.00').normalize(), D('120').normalize())
print(sum([D('0.1')] * 10), D('0.1') * 3 == D('0.3'))
with localcontext() as c:
    c.prec = 50
    print(D(1) / D(7), D(2).sqrt(), D(1).exp())
    c.prec = 3
    print(D('1.2345') + 0, D('999.5') + 0, D('1E+5') * 1, D(2) ** 100)
print(D('123.456').quantize(D('0.01')), D('2.5').quantize(D('1')), D('3.5').quantize(D('1')), D('1E+3').quantize(D('1.0')))
print(D('7.325').to_integral_value(), D('-7.5').to_integral_exact(), D('1E+2').to_integral())
print(D('12.345').scaleb(3), D('12345').shift(2), D('12345').rotate(-2), D('1101').logical_and(D('1011')))
print(D('1101').logical_or(D('1011')), D('1101').logical_xor(D('1011')), D('1101').logical_invert())
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D('-1E-1000000').next_plus())
print(D(1).compare(D(2)), D('NaN').compare(D(1)), D(1).compare_total(D('1.0')), D('-NaN').compare_total(D(1)))
print(D(1).max(D('NaN')), D(-3).min_mag(D(2)), D(1).max(D('1.0')), D(-1).min(D('-1.0')))
print(D('123.45').adjusted(), D('0.001').logb(), D('-0').copy_abs(), D(5).copy_sign(D('-1')), D(1).same_quantum(D('1.0')))
for x in ['0', '-0', '1E-1000000', 'Inf', '-Inf', 'NaN', 'sNaN', '1', '-5']:
    print(x, D(x).number_class(), D(x).is_normal(), D(x).is_subnormal(), D(x).is_zero(), D(x).is_signed())
print(D('1.5').as_integer_ratio(), D('-0.125').as_integer_ratio(), D(10).as_integer_ratio(), D('1E+3').as_tuple(), D('-NaN5').as_tuple())
print(int(D('-7.9')), float(D('0.1')), round(D('2.5')), round(D('3.5')), round(D('123.456'), 1), round(D('123.456'), -2))
import math
print(math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')), complex(D('1.5')))
print(D(1.1), D.from_float(0.25), D.from_float(-0.0), D(2**100), D(-12345678901234567890))
print(D((0, (1, 2, 3), -2)), D((1, [4, 5], 3)), D((0, (), 'F')), D((0, (1,), 'n')), D(' 12_345.6 '), D('١٢٣'))
print(hash(D(2)) == hash(2), hash(D('1.5')) == hash(1.5), hash(D('0.5')) == hash(0.5), hash(D(-1)) == hash(-1), hash(D('Inf')) == hash(float('inf')))
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.3') < Fraction(1, 3), D(1) == 1.0, D('0.1') == 0.1, D(1) == complex(1, 0), D(1) != complex(1, 1))
print(sorted([D('0.3'), 0, D('-1'), 2, D('1.5')]))
