# The buffer protocol: exporters (bytes, bytearray, memoryview, Python classes with
# __buffer__, PEP 688) and the places that accept any bytes-like object.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# bytes-like arguments accept every exporter
ba, mv = bytearray(b'xy'), memoryview(b'zw')
print(bytes(ba), bytes(mv), bytes(mv[::-1]), bytes(memoryview(b'abcd').cast('B', (2, 2))), bytes(memoryview(b'\x01\x00\x00\x00').cast('i')))
print(b'a' + ba, b'a' + mv, b''.join([ba, mv, b'!']), b'-'.join((mv, mv)), ba in b'axyb', mv in b'zw', b'q' + bytearray())
print(b'axy'.find(ba), b'xyzw'.count(mv), b'a.b'.split(bytearray(b'.')), b'  a '.strip(memoryview(b' ')), b'xyz'.startswith((ba, b'q')))
print(b'abc'.replace(memoryview(b'b'), bytearray(b'B')), [type(x).__name__ for x in b'k=v'.partition(memoryview(b'='))], b'k=v'.partition(bytearray(b'=')), bytearray(b'k=v').partition(memoryview(b'=')), b'abc'.removeprefix(bytearray(b'a')))
print(b'abc'.translate(bytearray(bytes.maketrans(b'a', b'A'))), bytes.maketrans(memoryview(b'a'), bytearray(b'b'))[97:98], bytes.fromhex(memoryview(b'41')))
t(lambda: b'a' + 'b'); t(lambda: b'a' + 1); t(lambda: 'b' in b'abc'); t(lambda: b''.join(['a'])); t(lambda: b'a'.find(1.5))
t(lambda: b'a'.strip('a')); t(lambda: b'a'.startswith(['a'])); t(lambda: bytes(memoryview(b'abcd')[::2].cast('B', (1, 2))))

# every builtin exporter has __buffer__; bytearray and memoryview also __release_buffer__
for obj in [b'abc', bytearray(b'abc'), memoryview(b'abc')]:
    v = obj.__buffer__(0)
    print(type(obj).__name__, type(v).__name__, v.tobytes(), v.readonly, v.format, v.ndim, v.obj is obj, hasattr(obj, '__release_buffer__'))
    v.release()
t(lambda: b'a'.__buffer__('x')); t(lambda: b'a'.__buffer__(1)); t(lambda: b'a'.__buffer__())
t(lambda: memoryview(b'a').__buffer__(1))
w = bytearray(b'ab').__buffer__(1)
print(w.readonly, w.format, w.tobytes())
w.release()

# memoryview._from_flags
print(memoryview._from_flags(b'ab', 0).tobytes(), memoryview._from_flags(bytearray(b'ab'), 0).readonly)
t(lambda: memoryview._from_flags(b'ab', 1)); t(lambda: memoryview._from_flags('ab', 0))

# Python classes that define __buffer__ (PEP 688)
class Exporter:
    def __init__(self, data):
        self.data = bytearray(data)
    def __buffer__(self, flags):
        print('__buffer__', flags)
        return memoryview(self.data)
    def __release_buffer__(self, view):
        print('__release_buffer__', type(view).__name__, view.tobytes())

e = Exporter(b'hello')
print(bytes(e))
m = memoryview(e)
print(m.tobytes(), m.obj is e, type(m.obj).__name__, m.readonly)
m[0] = 72
print(e.data)
m.release()
print(b'-'.join([e, e]), b'ell' in bytes(e), bytearray(e), b'x' + e)
with memoryview(e) as m2:
    t(lambda: e.data.append(1))
e.data.append(33)
print(e.data)

class NoRelease:
    def __buffer__(self, flags):
        return memoryview(b'abc')
print(bytes(NoRelease()), memoryview(NoRelease()).tolist())

class BadReturn:
    def __buffer__(self, flags):
        return b'abc'
t(lambda: bytes(BadReturn())); t(lambda: memoryview(BadReturn()))

class Raises:
    def __buffer__(self, flags):
        raise RuntimeError('no buffer')
t(lambda: bytes(Raises())); t(lambda: memoryview(Raises()))

class Sub(bytearray):
    def __buffer__(self, flags):
        print('Sub.__buffer__')
        return super().__buffer__(flags)
s = Sub(b'sub')
print(bytes(s), memoryview(s).tobytes())

class BytesSub(bytes):
    pass
print(memoryview(BytesSub(b'bs')).obj, bytes(memoryview(BytesSub(b'bs'))))

t(lambda: memoryview(object())); t(lambda: bytes(object())); t(lambda: bytearray(object()))
t(lambda: b'abc'.__release_buffer__)
t(lambda: b'a'.__buffer__(flags=0))
print(b''.join([memoryview(b'ab')]), bytearray(b'x').join([memoryview(b'ab'), b'c']))
t(lambda: b''.join([memoryview(b'abcd')[::2]])); t(lambda: b'abcd'.find(memoryview(b'abcd')[::2]))
t(lambda: b'ab' + memoryview(b'abcd')[::2]); t(lambda: bytearray(b'ab') + memoryview(b'abcd')[::2])
t(lambda: bytearray(b'ab').extend(memoryview(b'abcd')[::2])); t(lambda: bytearray(memoryview(b'abcd')[::2]))
t(lambda: memoryview(b'ac') in b'abcd')
