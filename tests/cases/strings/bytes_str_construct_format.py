# bytes() and str() construction and formatting corners: __bytes__ on a str subclass,
# __bytes__ returning a bytes subclass, %c's message naming the type, hex separators,
# str.__format__ with an empty spec, str()'s argument-count messages.
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, '\u20ac')
        self.value = value
        return self
    def __bytes__(self):
        return self.value

class BytesSubclass(bytes):
    pass

print(bytes(StrWithBytes(b'abc')), bytes(StrWithBytes(b'abc'), 'iso8859-15'))
r = bytes(StrWithBytes(BytesSubclass(b'abc')))
print(type(r).__name__, r)
r = BytesSubclass(StrWithBytes(b'abc'))
print(type(r).__name__, r)
for args, kw in [(('a',), {'errors': 'x'}), ((1,), {'errors': 'x'}), (('a',), {}), ((1,), {'encoding': 'x'})]:
    try:
        bytes(*args, **kw)
    except TypeError as e:
        print('bytes:', e)

class PseudoFloat:
    def __int__(self):
        return 3
for fmt in (b'%c', '%c'):
    try:
        fmt % PseudoFloat()
    except TypeError as e:
        print(e)

three = b'\xb9\x01\xef'
print(three.hex(':', 0), three.hex('\x00'), bytearray(three).hex(b'\x00', 2))
for sep in (None, 'xx', '\xff'):
    try:
        three.hex(sep, 1)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class S(str):
    def __str__(self):
        return '__str__ overridden'
s = S('xxx')
print('%s' % s, '{}'.format(s), format(s, ''), f'{s}', f'{s:5}|', s.__format__(''))
for spec in (' ', '-', '+'):
    try:
        format('', spec)
    except ValueError as e:
        print(e)

text = 'abc'
args = text.__getnewargs__()
print(args, args[0] is text, ''.__getnewargs__()[0] is '')

for args, kw in [((b'x', 'utf-8', 'ignore', 'x'), {}), ((b'x', 'utf-8', 'ignore'), {'encoding': 'ascii'})]:
    try:
        str(*args, **kw)
    except TypeError as e:
        print('str:', e)

import sys
for prec in (2**31, sys.maxsize + 1, -2**31 - 1):
    try:
        '%.*f' % (prec, 1 / 7)
    except OverflowError as e:
        print('OverflowError:', e)
print('%.*f' % (3, 1 / 7), '%.*f' % (-3, 1 / 7))
