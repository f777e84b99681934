# memoryview: attributes, slicing, tolist/tobytes/hex, release and context-manager use.
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__)  # its str is the exceptions' area
    except Exception as e:
        print(type(e).__name__, e)

def attrs(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes,
            m.readonly, m.c_contiguous, m.f_contiguous, m.contiguous)

b = b'abcdefgh'
m = memoryview(b)
print(attrs(m), m.obj is b, len(m))
print(m[0], m[-1], m[2:5].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[5:1].tolist())
print(attrs(m[::2]), attrs(m[::-3]), attrs(m[3:3]))
print(m[1::3][1:].tobytes(), m[::-1][::2].tolist())
print(m.tolist(), m.tobytes(), bytes(m), m.hex(), m.hex(':'), m.hex('-', 3), m.hex(b'.', -3))
print(m[::2].hex(), m[::-1].hex(' ', 2))
t(lambda: m[8]); t(lambda: m[-9]); t(lambda: m['a']); t(lambda: m[1.0])
t(lambda: m[0, 0]); t(lambda: m[(0,)]); t(lambda: m[()]); t(lambda: m[...]); t(lambda: m[:, :])
t(lambda: m.__setitem__(0, 1)); t(lambda: m.__delitem__(0))

# writable views
ba = bytearray(b'hello world')
w = memoryview(ba)
print(attrs(w), w.obj is ba)
w[0] = ord('J'); w[-1] = 68; w[6:11] = b'WORLD'; print(ba)
w[::2] = b'ABCDEF'; print(ba)
w[1:3] = bytearray(b'xy'); w[3:5] = memoryview(b'zz'); print(ba)
w[2:6] = w[0:4]; print(ba)
t(lambda: w.__setitem__(0, 256)); t(lambda: w.__setitem__(0, -1)); t(lambda: w.__setitem__(0, 'a'))
t(lambda: w.__setitem__(0, 1.0)); t(lambda: w.__setitem__(20, 1)); t(lambda: w.__setitem__(slice(0, 2), b'abc'))
t(lambda: w.__setitem__(slice(0, 2), 'ab')); t(lambda: w.__setitem__(slice(0, 4, 2), b'abc'))
t(lambda: w.__setitem__('x', 1)); t(lambda: w.__setitem__((0, 1), 1)); t(lambda: w.__delitem__(slice(0, 1)))
t(lambda: w.__setitem__((slice(0, 1),), b'a'))
print(w.toreadonly().readonly, w.readonly)
t(lambda: w.toreadonly().__setitem__(0, 1))

# release
r = memoryview(b'xyz')
with r as cm:
    print(cm is r, cm[0])
print(repr(r).startswith('<released memory at 0x'))
for f in [lambda: r[0], lambda: len(r), lambda: r.tolist(), lambda: r.tobytes(), lambda: r.hex(),
          lambda: r.nbytes, lambda: r.obj, lambda: r.format, lambda: r.itemsize, lambda: r.ndim,
          lambda: r.shape, lambda: r.strides, lambda: r.suboffsets, lambda: r.readonly,
          lambda: r.c_contiguous, lambda: r.f_contiguous, lambda: r.contiguous, lambda: r.cast('B'),
          lambda: r.toreadonly(), lambda: r.count(1), lambda: r.index(1), lambda: iter(r),
          lambda: memoryview(r), lambda: bytes(r), lambda: r.__enter__(), lambda: hash(r),
          lambda: r == r, lambda: r == b'xyz', lambda: r.release()]:
    t(f)
print(repr(memoryview(b'')).startswith('<memory at 0x'))

# exports: a view blocks release of the view it was taken from, and resizing of a bytearray
ba = bytearray(b'abc')
m1 = memoryview(ba)
m2 = memoryview(m1)
print(m2.obj is ba)
t(lambda: ba.append(1))
m1.release()
t(lambda: ba.append(1))
m2.release()
ba.append(100); print(ba)
x = memoryview(b'abc')
inner = x.__buffer__(0)
t(x.release)
inner.release()
x.release(); print('released')
e = bytearray(b'12')
with memoryview(e) as v:
    t(lambda: e.extend(b'3'))
e.extend(b'3'); print(e)

# count and index (3.14)
c = memoryview(b'abcabc')
print(c.count(97), c.count(b'a'), c.count(120), c.index(98), c.index(98, 2), c.index(99, -2), c.index(97, -100, 1))
t(lambda: c.index(120)); t(lambda: c.index(97, 1, 3)); t(lambda: c.index(97, 'x'))
print(list(memoryview(b'xyz')), list(reversed(memoryview(b'xyz'))), 121 in memoryview(b'xyz'), 5 in memoryview(b'xyz'))
it = iter(memoryview(b'ab'))
print(type(it).__name__, next(it), next(it))
t(lambda: next(it))

# tobytes orders and arguments
print(m.tobytes('C'), m.tobytes(order='F'), m.tobytes('A'), m.tobytes(None))
t(lambda: m.tobytes('X')); t(lambda: m.tobytes(1))
t(lambda: m.hex(1)); t(lambda: m.hex('ab')); t(lambda: m.hex('\xe9'))

# constructor
t(lambda: memoryview('abc')); t(lambda: memoryview(1)); t(lambda: memoryview())
t(lambda: memoryview(b'a', b'b')); t(lambda: memoryview(object=b'ab').tolist())
t(lambda: memoryview(b'a', x=1))
t(lambda: type('M', (memoryview,), {}))
print(memoryview(memoryview(b'ab')).obj, memoryview(bytearray(b'q')).obj)
