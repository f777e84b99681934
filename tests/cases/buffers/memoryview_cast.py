# memoryview.cast, item formats, multi-dimensional views, comparisons and hashing.
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__)  # its str is the exceptions' area
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(1, 17)) + b'\xff\xfe\x80\x7f\x00\x01\x02\x03'
m = memoryview(data)
# every native format whose size is the same on 32- and 64-bit builds
for fmt in 'bBhHiIqQfdec':
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, len(c), c.shape, c.strides, c.tolist()[:4])
for fmt in ['@B', '@i', '@e']:
    print(fmt, m.cast(fmt).format, m.cast(fmt)[0])
print(m.cast('d').tolist())
print(m.cast('q').tolist() == [int.from_bytes(data[i:i + 8], 'little', signed=True) for i in range(0, 24, 8)])
print(m.cast('Q').tolist() == [int.from_bytes(data[i:i + 8], 'little') for i in range(0, 24, 8)])
print(memoryview(b'\x00\x01\x01\x00').cast('?').tolist())

# writing through each format
buf = bytearray(16)
w = memoryview(buf)
for fmt, value in [('b', -5), ('B', 250), ('h', -300), ('H', 65000), ('i', -70000), ('I', 4000000000),
                   ('q', -2**40), ('Q', 2**63), ('f', 1.5), ('d', -2.25), ('e', 0.5), ('c', b'z'), ('?', True), ('?', 0)]:
    v = w.cast(fmt)
    v[1] = value
    print(fmt, v[1], buf.hex())
for fmt, value in [('b', 128), ('b', -129), ('B', -1), ('h', 2**15), ('H', -1), ('i', 2**31), ('I', 2**32),
                   ('q', 2**63), ('Q', -1), ('Q', 2**64), ('f', 1e39), ('e', 70000.0), ('c', b'ab'),
                   ('c', 1), ('b', 'x'), ('B', 1.0), ('f', 'x'), ('d', None), ('e', [])]:
    t(lambda: w.cast(fmt).__setitem__(0, value))
print(w.cast('f').__setitem__(0, float('inf')), w.cast('f')[0], w.cast('d').__setitem__(0, 7), w.cast('d')[0])

# cast rules
t(lambda: m.cast('x')); t(lambda: m.cast('<i')); t(lambda: m.cast('2B')); t(lambda: m.cast('')); t(lambda: m.cast('ü'))
t(lambda: m.cast(b'B')); t(lambda: m.cast('i').cast('h')); t(lambda: m.cast('i').cast('B').cast('h').format)
t(lambda: memoryview(b'abc').cast('i')); t(lambda: m[::2].cast('B')); t(lambda: m.cast('B', 3))
t(lambda: m.cast('B', (5,))); t(lambda: m.cast('B', [4, 'x'])); t(lambda: m.cast('B', (4, 0, 6)))
t(lambda: m.cast('B', (-2, -12))); t(lambda: m.cast('B', [1] * 65))
t(lambda: m.cast('B', (4, 6)).cast('B', (6, 4))); t(lambda: memoryview(b'').cast('B', (0,)))
t(lambda: m.cast(format='i', shape=[2, 3]).tolist()); t(lambda: m.cast('B', shape=(24,)).shape)

# multi-dimensional views
nd = m.cast('B', (2, 3, 4))
print(nd.ndim, nd.shape, nd.strides, nd.nbytes, len(nd), nd.c_contiguous, nd.f_contiguous, nd.contiguous)
print(nd.tolist())
print(nd[1, 2, 3], nd[0, 0, 0], nd[-1, -1, -1], nd.tobytes() == data, nd.tobytes('F').hex(), nd.tobytes('A') == data)
t(lambda: nd[0]); t(lambda: nd[0, 1]); t(lambda: nd[0, 1, 2, 3]); t(lambda: nd[2, 0, 0]); t(lambda: nd[0, -4, 0])
t(lambda: nd[0, 'a', 0]); t(lambda: nd[:, :, :]); t(lambda: nd[0:1].shape); t(lambda: nd[::-1].tolist())
t(lambda: nd[::-1].tobytes()); t(lambda: nd[::-1].c_contiguous); t(lambda: list(nd)); t(lambda: nd.count(1)); t(lambda: nd.index(1))
t(lambda: nd[...] is nd); t(lambda: nd.hex()); t(lambda: nd.cast('B').tolist() == list(data))
t(lambda: nd.cast('i').shape); t(lambda: nd.cast('B', (24,)).shape)
wnd = memoryview(bytearray(data)).cast('B', (4, 6))
wnd[1, 2] = 99; print(wnd[1, 2], wnd.tolist()[1])
t(lambda: wnd.__setitem__(1, 5)); t(lambda: wnd.__setitem__((1,), 5)); t(lambda: wnd.__setitem__(slice(0, 1), b'a'))
t(lambda: wnd.__setitem__((1, 9), 5)); t(lambda: wnd.__setitem__((1, 2, 3), 5))

# zero-dimensional views
z = memoryview(b'\x01\x02\x03\x04').cast('i', ())
print(z.ndim, z.shape, z.strides, z.nbytes, z.tolist(), z[()], z.c_contiguous, z.f_contiguous, z.tobytes())
t(lambda: len(z)); t(lambda: z[0]); t(lambda: list(z)); t(lambda: z.index(1)); t(lambda: z[...] is z); t(lambda: z.cast('B').tolist())
zw = memoryview(bytearray(4)).cast('i', [])
zw[()] = 7; zw[...] = zw[()] + 1; print(zw.tolist())
t(lambda: zw.__setitem__(0, 1))

# comparisons
a = memoryview(b'\x01\x00\x02\x00')
print(a == b'\x01\x00\x02\x00', a != b'x', a == bytearray(a), a == a[:], a == a.cast('h'), a.cast('h') == [1, 2])
print(a.cast('h') == memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('i'))
print(a.cast('h') == memoryview(b'\x01\x00\x00\x00').cast('i'), a[::2] == b'\x01\x02', a[::-1] == b'\x00\x02\x00\x01')
NAN = b'\x00\x00\x00\x00\x00\x00\xf8\x7f'
nan = memoryview(NAN).cast('d')
print(nan == nan, nan == memoryview(NAN).cast('d'), nan.tolist())
print(memoryview(b'ab').cast('c') == memoryview(b'ab'), memoryview(b'ab').cast('c') == memoryview(b'ab').cast('c'))
print(m.cast('B', (4, 6)) == m.cast('B', (4, 6)), m.cast('B', (4, 6)) == m.cast('B', (6, 4)), m.cast('B', (4, 6)) == m)
print(a == 'x', a == 1, a == None)
t(lambda: a < a); t(lambda: a <= b''); t(lambda: a > 1)

# hashing
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abcdef')[::2]) == hash(b'ace'))
print(hash(memoryview(b'abc').cast('c')) == hash(b'abc'), hash(memoryview(b'abc').cast('b')) == hash(b'abc'))
print(hash(memoryview(b'')) == hash(b''))
t(lambda: hash(memoryview(bytearray(b'ab')).toreadonly()))
t(lambda: hash(memoryview(bytearray(b'ab')))); t(lambda: hash(memoryview(b'abcd').cast('i')))
hv = memoryview(b'xy'); h1 = hash(hv); hv.release(); print(hash(hv) == h1)
