# Packing and unpacking every standard-size code, both byte orders, Struct objects, buffers.
import struct
vals = [(1, 2, 3, 4, 5, 6, 7, 8), (-128, 255, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)]
for order in '<>!=':
    fmt = order + 'bBhHiIqQ'
    for v in vals:
        p = struct.pack(fmt, *v)
        print(fmt, p.hex(), struct.unpack(fmt, p) == v)
    f = order + 'lL'
    print(f, struct.pack(f, -2**31, 2**32 - 1).hex(), struct.calcsize(f))
for order in '<>':
    for c in 'efd':
        for x in (0.0, -0.0, 1.5, -2.25, 1e-5, 65504.0, float('inf'), float('-inf'), 3.141592653589793):
            p = struct.pack(order + c, x)
            print(order + c, repr(x), p.hex(), struct.unpack(order + c, p))
    print(struct.unpack(order + 'd', struct.pack(order + 'd', float('nan')))[0])
print(struct.pack('<?', 5), struct.pack('<3?', 0, [], 'x'), struct.unpack('<3?', b'\x00\x01\x02'))
print(struct.pack('c', b'x'), struct.unpack('3c', b'abc'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.unpack('4s', b'abcd'), struct.pack('0s', b'abc'))
print(struct.pack('5p', b'ab'), struct.unpack('5p', b'\x02ab\x00\x00'), struct.pack('0p', b'x'))
print(struct.pack('<2x i 3x', 7), struct.calcsize('<2xi3x'))
print(struct.pack('@bi', 1, 2), struct.pack('@bq', 1, 2), struct.pack('@hd', 1, 2.0), struct.calcsize('@bhiqd'))
s = struct.Struct('<ihb')
print(s, s.format, s.size, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x00\x00\x02\x00\x03'))
print(s.unpack_from(b'xx' + s.pack(4, 5, 6), 2), s.unpack_from(buffer=s.pack(7, 8, 9)), s.unpack_from(s.pack(1, 1, 1) + b'zz', offset=0))
ba = bytearray(12)
s.pack_into(ba, 2, -1, -2, -3)
struct.pack_into('<h', ba, -2, 0x4142)
print(ba)
mv = memoryview(bytearray(8))
struct.pack_into('>Q', mv, 0, 2**63 + 5)
print(bytes(mv), struct.unpack('>Q', mv), struct.unpack_from('<I', mv, -4))
print(list(struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')))
it = struct.Struct('<h').iter_unpack(bytes(range(8)))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(struct.unpack('<i', bytearray(b'\x01\x02\x03\x04')), struct.unpack('<i', memoryview(b'\xff\xff\xff\xff')))
print(struct.Struct(b'>H').format, struct.calcsize(b'<q'), struct.pack(b'>h', 1))
class S(struct.Struct):
    pass
print(S('<i').pack(9), type(S('<i')).__name__)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
print(struct.pack('<q', True), struct.pack('<i', 2**31 - 1), struct.pack('<I', 0))
class Idx:
    def __index__(self): return 300
print(struct.pack('<H', Idx()))
struct._clearcache()
print(struct.calcsize('<i'), struct.calcsize(''), struct.pack(''), struct.unpack('', b''))
print(struct.pack('  <  i  ', 1) if False else struct.pack('< i h', 1, 2))
