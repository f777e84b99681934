# csv.reader: the parser's states (quotes, doubled quotes, escapes, skipinitialspace,
# strict, line breaks inside and outside quoted fields), the QUOTE_* conversions on read,
# line_num and the errors the parser raises.
import csv, io

def read(data, **kw):
    lines = io.StringIO(data, newline='') if isinstance(data, str) else data
    try:
        r = csv.reader(lines, **kw)
        rows = [row for row in r]
        print(repr(rows), r.line_num)
    except Exception as e:
        print(type(e).__name__ + ':', e)

read('a,b,c\r\n1,2,3\r\n')
read('a,b,c\n1,2,3\n')
read('a,b,c\r1,2,3\r')
read('a,b,c')
read('')
read('\r\n\r\n')
read(['', 'a', ''])
read('a,,b,\r\n,\r\n')
read('"a,b",c\r\n')
read('"a""b",c\r\n')
read('"a""b",c\r\n', doublequote=False)
read('"a\r\nb",c\r\n')
read('"a\nb\n",c\n')
read('"abc"def,g\r\n')
read('"abc"def,g\r\n', strict=True)
read('"abc\r\n', strict=True)
read('"abc\r\n')
read('abc\\,def,g\r\n', escapechar='\\')
read('abc\\\r\ndef\r\n', escapechar='\\')
read('abc\\', escapechar='\\')
read('"a\\"b",c\r\n', escapechar='\\', doublequote=False)
read('"a\\', escapechar='\\')
read('a, b,  "c"\r\n', skipinitialspace=True)
read('a, b,  "c"\r\n')
read('a;b;c\r\n', delimiter=';')
read("'a;b';c\r\n", delimiter=';', quotechar="'")
read('"a",b\r\n', quoting=csv.QUOTE_NONE)
read('"a",b\r\n', quotechar=None)
read('1,2.5,"3",x\r\n', quoting=csv.QUOTE_NONNUMERIC)
read('1,"2",,""\r\n', quoting=csv.QUOTE_STRINGS)
read('a,"b",,""\r\n', quoting=csv.QUOTE_NOTNULL)
read('1,,\r\n', quoting=csv.QUOTE_NONNUMERIC)
read(['a,b\r', 'c'])
read(['a,b\rc'])
read(['a\nb'])
read(['a\0b,c'])
read(['caf\u00e9,\U0001F600,x'])
read('a|b\r\n', delimiter='|', lineterminator='!')
read([b'a,b'])
read([1])
read(iter(['a,b', 'c']))
read(5)

r = csv.reader(['a,b', 'c,"d', 'e"', 'f'])
print(next(r), r.line_num)
print(next(r), r.line_num)
print(next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('StopIteration', r.line_num)
print(type(r).__name__, r.dialect.delimiter, iter(r) is r)

old = csv.field_size_limit(5)
print(old)
read('12345,6\r\n')
read('123456,6\r\n')
read('"123456"\r\n')
print(csv.field_size_limit(old))

def lines():
    yield 'a,b'
    raise ZeroDivisionError('boom')
read(lines())
