# bytearray: construction, mutation, slicing, operators, and resizing blocked by exports.
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__)  # its str is the exceptions' area
    except Exception as e:
        print(type(e).__name__, e)

B = bytearray
print(B(), B(3), B(b'ab'), B(B(b'cd')), B(memoryview(b'ef')), B([1, 2, 255]), B((x for x in b'gen')), B('é', 'utf-8'), B('a', 'ascii', 'strict'))
print(B(source=b'kw'), B('x', encoding='latin-1', errors='ignore'), B(range(3)), B(memoryview(b'abcdef')[::2]), B(True))
for args in [('a',), (-1,), (1, 'utf-8'), (b'a', 'utf-8'), (None,), ([256],), (['a'],), ([1.0],), (1.5,), (object(),),
             ('a', 1), ('a', 'utf-8', 1), ('a', 'utf-8', 'strict', 1), ('é', 'ascii')]:
    t(lambda: B(*args))
t(lambda: B(x=1)); t(lambda: B(b'a', source=b'b')); t(lambda: B(errors='strict'))
b = B(b'abc')
b.__init__(b'reset'); print(b)
b.__init__(); print(b)

# items and slices
b = B(b'hello world')
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], b[-3:], len(b), list(b[:3]), 104 in b, b'wor' in b, B(b'lo') in b, memoryview(b'xx') in b)
t(lambda: b[11]); t(lambda: b[-12]); t(lambda: b['a']); t(lambda: b[1.0]); t(lambda: 'h' in b); t(lambda: 256 in b); t(lambda: [1] in b)
b[0] = 72; b[-1] = ord('D'); print(b)
b[0:5] = b'Howdy'; print(b)
b[5:6] = b''; print(b)
b[:0] = B(b'>> '); print(b)
b[len(b):] = [33, 33]; print(b)
b[::2] = b'_' * len(b[::2]); print(b)
b[1:4] = memoryview(b'12345'); print(b)
b[10:2] = b'XY'; print(b)
b[:] = b; print(b)
b[2:6] = b; print(b)
del b[0]; print(b)
del b[::3]; print(b)
del b[-2:]; print(b)
del b[::-2]; print(b)
del b[100:]; print(b)
b[::-1] = b; print(b)
for key, value in [(0, 256), (0, -1), (0, 'a'), (0, b'a'), (100, 1), ('x', 1), (slice(0, 2), 'ab'), (slice(0, 2), 5),
                   (slice(0, 2), None), (slice(0, 2), [1, 300]), (slice(0, 4, 2), b'abc'), (slice(None, None, -1), b'x'), (1.5, 1)]:
    c = B(b'abcdef')
    def f():
        c[key] = value
        return c
    t(f)
for key in [10, 'x', -7]:
    c = B(b'abcdef')
    def f():
        del c[key]
        return c
    t(f)

# methods that mutate
b = B(b'abc')
print(b.append(100), b, b.extend(b'ef'), b, b.extend([103, 104]), b, b.extend(B(b'i')), b.extend(memoryview(b'j')), b.extend(iter([107])), b)
print(b.insert(0, 65), b.insert(-1, 66), b.insert(100, 67), b.insert(-100, 68), b)
print(b.pop(), b.pop(0), b.pop(-2), b, b.remove(65), b, b.reverse(), b)
print(b.copy(), b.copy() is b, b.copy() == b, b.clear(), b, b.pop if False else len(b))
t(lambda: B().pop()); t(lambda: B(b'a').pop(1)); t(lambda: B(b'a').pop('x')); t(lambda: B(b'a').remove(98)); t(lambda: B(b'a').remove(300))
t(lambda: B(b'a').append(256)); t(lambda: B(b'a').append('b')); t(lambda: B(b'a').append(b'b')); t(lambda: B(b'a').extend('bc'))
t(lambda: B(b'a').extend(5)); t(lambda: B(b'a').extend([1, 'x'])); t(lambda: B(b'a').extend([-1])); t(lambda: B(b'a').insert(0, 256))
t(lambda: B(b'a').insert('0', 1)); t(lambda: B(b'a').append())
r = B(b'ab')
print(r.resize(5), r, r.resize(1), r, r.resize(0), r)
t(lambda: r.resize(-1)); t(lambda: r.resize('1'))

# operators
a = B(b'ab')
print(a + b'cd', a + B(b'cd'), a + memoryview(b'cd'), b'cd' + a, memoryview(b'x').tobytes() + a, a * 3, 3 * a, a * 0, a * -2, a)
t(lambda: a + 'cd'); t(lambda: 'cd' + a); t(lambda: a + 1); t(lambda: a * 'x'); t(lambda: a * 1.5); t(lambda: 1.5 * a)
c = a
c += b'cd'; c += B(b'e'); c += memoryview(b'f'); print(c, c is a)
c *= 2; print(c, c is a)
c *= 0; print(c, a)
t(lambda: a.__iadd__('x'))
def imul():
    global a
    a *= 'x'
t(imul)
print(B(b'abc') == b'abc', B(b'abc') == B(b'abc'), b'abc' == B(b'abc'), B(b'abc') == memoryview(b'abc'), B(b'a') != b'b')
print(B(b'abc') < b'abd', b'abc' <= B(b'abc'), B(b'b') > B(b'abc'), B(b'') >= b'', B(b'abc') == 'abc', B(b'a') == 97)
t(lambda: B(b'a') < 'a'); t(lambda: B(b'a') < 1); t(lambda: hash(B(b'a')))
print(bool(B()), bool(B(b'\x00')), str(B(b'x')), repr(B(b'\'"\\\n\x00\x7f\xff')), B(b'x') is not B(b'x'))
it = iter(B(b'xy'))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
grow = B(b'ab')
it = iter(grow)
print(next(it)); grow.append(99); print(list(it))
print(B(b'abc').__alloc__() >= 3, B().__alloc__(), B(b'ab').__reduce__(), B(b'\xff').__reduce_ex__(3), B(b'\xff').__reduce_ex__(2))
print(B(b'xyz').__getitem__(1), B.__len__(B(b'12')), B(b'a').__contains__(97))

# exports block resizing
e = B(b'abc')
m = memoryview(e)
for f in [lambda: e.append(1), lambda: e.extend(b'x'), lambda: e.pop(), lambda: e.remove(97), lambda: e.insert(0, 1),
          lambda: e.clear(), lambda: e.resize(5), lambda: e.__iadd__(b'x'), lambda: e.__imul__(2),
          lambda: e.__setitem__(slice(0, 1), b'xy'), lambda: e.__delitem__(0), lambda: e.__delitem__(slice(None, None, 2)),
          lambda: e.__init__(b'new')]:
    t(f)
e[0:1] = b'Z'; e[1] = 89; e.extend(b''); e.resize(3); e *= 1; e.reverse(); print(e, m.tobytes())
m[0] = 48; print(e)
m.release()
e.append(33); print(e)
with memoryview(e) as v1, memoryview(v1[1:]) as v2:
    t(lambda: e.append(1))
e.append(34); print(e)
view = e.__buffer__(0)
print(type(view).__name__, view.readonly, view.format, view.obj is e)
t(lambda: e.append(1))
e.__release_buffer__(view)
print(view.obj if False else 'released', e.append(35), e)
t(lambda: e.__release_buffer__(b'x')); t(lambda: e.__release_buffer__(memoryview(b'x')))
