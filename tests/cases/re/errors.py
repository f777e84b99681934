# re.error for invalid patterns: message, pos, lineno, colno.
import re

bad = [
    '(', ')', '[a', 'a**', '*a', 'a{2,1}', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=b)', r'\1',
    '(?<=a+)b', '(?i', '(?z)', '[z-a]', r'\x', r'\u12', r'\U0011ffff', '(?P', '(?#abc',
    'a)b', 'x(?(2)a|b)', '(?(1a)x)', '(a)(?(1)a|b|c)', '\\', '[\\d-z]', 'a{1,2', '(?<!x*)', '(?P<a b>c)', 'ab\n(c',
    '(?x) ( ', '\\8', '(?i-i:a)', '(?-x:a)', 'a++*', '{1,2}x' if False else 'x{70000}',
]
for pat in bad:
    try:
        re.compile(pat)
        print('ok', ascii(pat))
    except re.error as e:
        print(ascii(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile(b'\\u1234')
except re.error as e:
    print(e)
print(re.error is re.PatternError, issubclass(re.error, Exception))
