# array's buffer export (memoryview, bytes, struct.pack_into, readinto), the bytes and file
# methods, and pickling through __reduce_ex__ and array._array_reconstructor.
import array, io, pickle, struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('d', [1.0, 2.0, 3.5])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.shape, m.strides, m.readonly)
t(lambda: a.append(4.0))
t(lambda: a.pop())
t(lambda: a.__delitem__(0))
t(lambda: a.__setitem__(slice(0, 1), array.array('d')))
a[0:1] = array.array('d', [8.0])
m[1] = 9.0
print(a)
m.release()
a.append(4.0)
print(a)
print(memoryview(array.array('w', 'ab')).format, memoryview(array.array('b', [1])).format)
print(bytes(array.array('h', [1, -2])), bytearray(array.array('B', [65, 66])))
b = array.array('i', [0] * 4)
struct.pack_into('ii', b, 4, 7, 8)
print(b, struct.unpack_from('i', b, 8))
f = io.BytesIO(b'\x01\x00\x02\x00\x03\x00')
h = array.array('h', [0, 0, 0])
print(f.readinto(h), h)
print(array.array('i', [1, 2, 3]).tobytes(), array.array('q', [-1]).tobytes())
x = array.array('h'); x.frombytes(b'\x01\x00\xff\xff'); x.frombytes(bytearray(b'\x02\x00')); x.frombytes(memoryview(b'\x03\x00')); print(x)
t(lambda: x.frombytes(b'abc'))
t(lambda: x.frombytes('ab'))
t(lambda: x.frombytes(memoryview(array.array('h', [1]))))
bio = io.BytesIO()
array.array('H', [1, 2, 65535]).tofile(bio)
print(bio.getvalue())
bio.seek(0)
h2 = array.array('H'); h2.fromfile(bio, 3); print(h2)
bio.seek(0)
h3 = array.array('H'); t(lambda: h3.fromfile(bio, 5)); print(h3)
t(lambda: h3.fromfile(bio, -1))
t(lambda: h3.fromfile(1, 1))
class Bad:
    def read(self, n):
        return 'x'
t(lambda: h3.fromfile(Bad(), 1))
big = array.array('b', range(100)) * 1000
bio = io.BytesIO(); big.tofile(bio); print(len(bio.getvalue()), bio.getvalue() == big.tobytes())

for proto in range(0, 6):
    for tc in 'bBhHiIqQfdw':
        x = array.array(tc, 'abc' if tc == 'w' else [1, 2, 3])
        y = pickle.loads(pickle.dumps(x, proto))
        assert x == y and type(y) is array.array, (tc, proto)
print('pickled')
print(array.array('b', [1, 2]).__reduce_ex__(3))
print(array.array('b', [1, 2]).__reduce_ex__(2))
print(array.array('w', 'ab').__reduce_ex__(3))
print(array.array('d', [0.5]).__reduce_ex__(4))
t(lambda: array.array('b', [1, 2]).__reduce_ex__('a'))
class A(array.array):
    pass
x = A('i', [1, 2]); x.foo = 5
y = pickle.loads(pickle.dumps(x, 4)); print(type(y).__name__, y, y.foo)
print(pickle.loads(pickle.dumps(iter(array.array('b', [1, 2, 3])))).__next__())
rc = array._array_reconstructor
t(lambda: rc(array.array, 'b', 99, b''))
t(lambda: rc(array.array, 'x', 0, b''))
t(lambda: rc(int, 'b', 0, b''))
t(lambda: rc(1, 'b', 0, b''))
t(lambda: rc(array.array, 'b', 0, []))
t(lambda: rc(array.array, 'bb', 0, b''))
t(lambda: rc(array.array, 1, 0, b''))
t(lambda: rc(array.array, 'h', 5, b'\x00\x01\xff\xff'))
t(lambda: rc(array.array, 'i', 8, b'\x01\x00\x00'))
t(lambda: rc(array.array, 'H', 3, b'\x01\x00'))
t(lambda: rc(array.array, 'd', 17, b'\x3f\xf0\0\0\0\0\0\0'))
t(lambda: rc(array.array, 'f', 15, b'\x3f\x80\0\0'))
t(lambda: rc(array.array, 'w', 19, 'hi'.encode('utf-16-be')))
t(lambda: rc(array.array, 'w', 21, 'hi'.encode('utf-32-be')))
t(lambda: rc(A, 'b', 1, b'\x01'))
for tc in 'bBhHiIqQfdw':
    mv = memoryview(array.array(tc, 'ab' if tc == 'w' else [1, 2]))
    t(lambda: (mv.format, mv.itemsize, mv.nbytes))
    t(lambda: mv.tolist())
    t(lambda: mv[1])
    t(lambda: mv.cast('B').tolist()[:4])
mv = memoryview(array.array('i', range(6)))[::2]
print(mv.tolist(), array.array('i', mv), array.array('i', mv.tobytes()))
print(struct.unpack('2d', array.array('d', [1.0, 2.0])))
