# csv.writer: quoting decisions of each QUOTE_* style, doubled quotes and escapes, the
# line terminator, None and non-str fields, writerow on any iterable, writerows, and the
# errors of the writer.
import csv, io

def write(rows, **kw):
    f = io.StringIO()
    try:
        w = csv.writer(f, **kw)
        for row in rows:
            w.writerow(row)
    except Exception as e:
        print(type(e).__name__ + ':', e, repr(f.getvalue()))
        return
    print(repr(f.getvalue()))

write([['a', 'b', 'c'], [1, 2.5, None]])
write([['a,b', 'c"d', 'e\nf', 'g\rh', '']])
write([['a,b', 'c"d']], doublequote=False, escapechar='\\')
write([['c"d']], doublequote=False)
write([['a,b', 'c\\d']], quoting=csv.QUOTE_NONE, escapechar='\\')
write([['a,b']], quoting=csv.QUOTE_NONE)
write([['a', 1, 2.0, None, True]], quoting=csv.QUOTE_ALL)
write([['a', 1, 2.0, None, True, 1j]], quoting=csv.QUOTE_NONNUMERIC)
write([['a', 1, 2.0, None, '']], quoting=csv.QUOTE_STRINGS)
write([['a', 1, 2.0, None, '']], quoting=csv.QUOTE_NOTNULL)
write([['a', 'b']], lineterminator='\n')
write([['a!b', 'c']], lineterminator='!')
write([['a', 'b']], delimiter='\t')
write([['x y', '']], delimiter=' ', skipinitialspace=True)
write([['x', '']], delimiter=' ', skipinitialspace=True, quoting=csv.QUOTE_NONE, escapechar='\\')
write([['x', None]], delimiter=' ', skipinitialspace=True, quoting=csv.QUOTE_STRINGS)
write([['']])
write([[None]])
write([[]])
write([['']], quoting=csv.QUOTE_NONE)
write([[None]], quoting=csv.QUOTE_NOTNULL)
write([['caf\u00e9', '\U0001F600']])
write([('a', 'b'), 'xy', range(3), iter(['p', 'q']), {'k': 1}])
write([5])
write([None])

class Bad:
    def __str__(self):
        raise ZeroDivisionError('no str')
write([['a', Bad()]])

def gen():
    yield 'a'
    raise ValueError('in row')
write([gen()])

f = io.StringIO()
w = csv.writer(f)
print(w.writerow(['a']), repr(f.getvalue()))
print(w.writerows([['b'], ['c', 'd']]), repr(f.getvalue()))
try:
    w.writerows(3)
except TypeError as e:
    print('TypeError:', e)
print(type(w).__name__, w.dialect.lineterminator == '\r\n')

class Out:
    def write(self, s):
        print('write', repr(s))
        return len(s)
print(csv.writer(Out()).writerow(['x', 'y']))

for target in (1, object()):
    try:
        csv.writer(target)
    except TypeError as e:
        print('TypeError:', e)

class NotCallable:
    write = 5
try:
    csv.writer(NotCallable())
except TypeError as e:
    print('TypeError:', e)

# A round trip through the reader.
f = io.StringIO(newline='')
rows = [['a', 'b,c', 'd"e', 'f\r\ng', ''], ['1', ' 2', '3 ']]
csv.writer(f).writerows(rows)
f.seek(0)
print(list(csv.reader(f)) == rows)
