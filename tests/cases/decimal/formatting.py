# str, repr, to_eng_string and __format__ with the format-spec mini-language.
from decimal import Decimal as D, localcontext, getcontext

for s in ['0', '-0', '0.000', '1E+10', '123.456', '-1.23E-7', '0.000001', '0.0000001', '1E+3', '12345E-10',
          '123E+1', 'Inf', '-Infinity', 'nan', '-sNaN123', 'NaN0045', '1.00E-1000']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string())
with localcontext() as c:
    c.capitals = 0
    print(D('1E+10'), repr(D('-1.5E-20')))
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.0f', '.3e', '.1g', '.0', '10.2f', '<10', '^12,.2f', '*>15,',
         '+', ' ', '-', '010.3f', '08,', ',', ',e', '.2%', 'n', '.3n',
         'x=+12.3f', '\U0001f5a4^9']
values = ['0', '-0', '1234.5678', '-1234567.891', '0.000012345', '1E+5', '-0.0001', '123456789', 'Inf', 'NaN', '2.5', '0.05']
for spec in specs:
    row = []
    for v in values:
        try:
            row.append(format(D(v), spec))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(spec), row)
print(f"{D('1.5'):.3f}", '{:,.2f}'.format(D('9876543.219')))
with localcontext() as c:
    c.rounding = 'ROUND_DOWN'
    print(format(D('1.29'), '.1f'), format(D('-1.29'), '.1e'))
