# 3.14's C complex formats 'F' (two floats) and 'D' (two doubles), and format-string errors.
import math
import struct

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['F', 'D', '<F', '>F', '<D', '>D', '=F', '!D', '2F', 'bF', 'bD', 'hD', '<bD', 'cF?D']:
    print(fmt, struct.calcsize(fmt))

for z in [1+2j, -1.5-0.25j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(math.inf, -math.inf)]:
    for fmt in ['F', 'D', '<F', '>F', '<D', '>D']:
        packed = struct.pack(fmt, z)
        back, = struct.unpack(fmt, packed)
        print(fmt, packed.hex(), back, math.copysign(1, back.real), math.copysign(1, back.imag))

nan, = struct.unpack('D', struct.pack('D', complex(math.nan, 1)))
print(math.isnan(nan.real), nan.imag)

class WithComplex:
    def __complex__(self):
        return 3-4j

class WithIndex:
    def __index__(self):
        return 7

class WithFloat:
    def __float__(self):
        return 0.5

for v in [WithComplex(), WithIndex(), WithFloat(), True, 2, 2.5]:
    print(struct.unpack('<D', struct.pack('<D', v)), struct.unpack('>F', struct.pack('>F', v)))

for v in ['a', None, b'x', [1j]]:
    show(struct.pack, 'F', v)
    show(struct.pack, '>D', v)

show(struct.pack, '>F', 1e300)
s = struct.Struct('<FD')
print(s.size, s.unpack(s.pack(1j, 2j)))
print(list(struct.iter_unpack('<F', struct.pack('<2F', 1+1j, 2+2j))))
buf = bytearray(20)
struct.pack_into('>D', buf, 2, 1.5-2j)
print(buf.hex(), struct.unpack_from('>D', buf, 2))

# Format strings: embedded nulls, non-ASCII text, bytes formats.
for fmt in ['\0', '2\0i', b'\0', 'i\0', '\udc00', 'é', b'\xe9', b'<F', 'Z', '12', 'c12']:
    show(struct.calcsize, fmt)
print(struct.Struct(b'<D').format, repr(struct.Struct('>F')))
show(struct.Struct)
show(struct.Struct, 'i', 'i')
print(struct.Struct(format='>D').size)
