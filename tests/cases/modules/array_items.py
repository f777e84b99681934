# array: typecodes, item conversion and its errors, construction. Values stay where 32-bit
# (the reference) and 64-bit CPython agree: 'l'/'L' sizes and values past 2**31 are left out.
import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(array.typecodes, array.ArrayType is array.array, array.array.__module__)
for tc in array.typecodes:
    if tc not in 'lLu':
        print(tc, array.array(tc).itemsize, array.array(tc).typecode)

t(lambda: array.array('x'))
t(lambda: array.array('bb'))
t(lambda: array.array(1))
t(lambda: array.array())
t(lambda: array.array('b', [], []))
t(lambda: array.array('b', [1], x=1))
t(lambda: array.array('b', 'abc'))
t(lambda: array.array('b', array.array('w', 'ab')))
t(lambda: array.array('b', 5))
for tc in 'bBhHiIqQfd':
    for v in (1.5, 'a', None, -1, 127, 128, 255, 256, -129, 2**15, 2**16, -2**15 - 1, 2**31 - 1, -2**31, 2**64, -2**63 - 1):
        def f():
            a = array.array(tc, [0])
            a[0] = v
            return a
        print(tc, repr(v), end=' ')
        t(f)
t(lambda: array.array('Q', [2**63, 2**64 - 1]))
t(lambda: array.array('q', [2**63 - 1, -2**63]))
t(lambda: array.array('w', ['ab']))
t(lambda: array.array('w', [1]))
t(lambda: array.array('w', 'ab\U0001f600'))
t(lambda: array.array('f', [0.1, 1e300]))
t(lambda: array.array('d', [1.0, 2.5, float('inf'), -0.0]))
t(lambda: array.array('d', [float('nan')]).tolist())
t(lambda: array.array('d', range(3)))
t(lambda: array.array('f', (x / 3 for x in range(3))))
t(lambda: array.array('B', b'abc'))
t(lambda: array.array('B', bytearray(b'xy')))
t(lambda: array.array('h', b'abc'))
t(lambda: array.array('b', array.array('b', [5])))
t(lambda: array.array('b', array.array('h', [5])))
t(lambda: array.array('w', array.array('w', 'xy')))
t(lambda: array.array('b', (1, 2)))
t(lambda: array.array('b', [1, 300]))
t(lambda: array.array('d', [1, 'x']))

a = array.array('u', 'ab')
print(a, a.typecode, a.tounicode(), a[0])

class MyInt:
    def __index__(self):
        return 7
print(array.array('i', [MyInt()]), array.array('Q', [MyInt()]), array.array('d', [MyInt()]))

class Sub(array.array):
    def __init__(self, typecode, data, extra=None):
        self.extra = extra
s = Sub('i', [1], extra=3)
print(s, s.extra, type(s[:]).__name__)
print(repr(array.array('b')), str(array.array('b', [1])), format(array.array('b')))
print(array.array[int], array.array[int, str])
t(lambda: hash(array.array('b')))
print(array.array.__doc__.splitlines()[0], array.__doc__.splitlines()[0])
print(sorted(k for k in dir(array.array) if not k.startswith('__')))
print(sorted(dir(array)))
