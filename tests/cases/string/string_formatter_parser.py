# _string.formatter_parser and formatter_field_name_split: the pieces string.Formatter works from.
import _string

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', 'abc', '{}', '{0}', 'a{0}b{1}c', '{{}}', '{{x}}y', 'x}}', '{a.b[c]!r:>{w}}', '{!s}', '{0!a:10}',
          '{:{}{}}', '{x[}]}', '{x:}', 'pre{0:^{1}.{2}f}post', '{0[1][2].x}', '\u00e9{\u00e9}\U0001f600',
          '{!r:}', '{:}', 'a{}b{}']:
    t(lambda: list(_string.formatter_parser(s)))
for s in ['{', '}', 'a}b', '{0', '{0!', '{0!r', '{0!rx}', '{0:', '{0:{', '{{{', 'x{a{b}', '{0!r:']:
    t(lambda: list(_string.formatter_parser(s)))
it = _string.formatter_parser('a{0}b{')
print(next(it))
t(lambda: next(it))
t(lambda: next(it))
t(lambda: _string.formatter_parser(1))
t(lambda: _string.formatter_parser())
print(type(_string.formatter_parser('')).__name__, iter(it) is it)

for s in ['', 'a', '0', '12', 'a.b', 'a[0]', 'a.b[c].d[10]', '0[x][1].y', '\u0661\u0662', 'a[]', 'a.', 'a..b',
          'a[0', 'a[0]x', 'a[0].', '99999999999999999999', 'a[99999999999999999999]', '[0]', '.x', 'x[a.b]']:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(first), end=' ')
        print(list(rest))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: _string.formatter_field_name_split(b'x'))
print(type(_string.formatter_field_name_split('a')[1]).__name__)
print(_string.__doc__, _string.formatter_parser.__doc__, _string.formatter_field_name_split.__text_signature__)
