# marshal's errors: CPython's exception types and messages for bad and short data.
import marshal

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b'', b'i\x01', b'l\x01\x00\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x01\x00\x00\x00',
             b'l\x00\x00\x00\x80', b'l\x02\x00\x00\x00\x00\x80', b'r\x00\x00\x00\x00', b'r\xff\xff\xff\xff',
             b's\xff\xff\xff\xff', b'u\x05\x00\x00\x00ab', b'u\x02\x00\x00\x00\xff\xff', b'a\xff\xff\xff\xff',
             b'(\x02\x00\x00\x00N', b'(\xff\xff\xff\xff', b'[\xff\xff\xff\xff', b'<\xff\xff\xff\xff',
             b')\x010', b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'{N0', b'{0N', b'0', b'?', b'\x00',
             b'f\x03abc', b'f\x031.5', b'f\x05', b'x\x031.5\x012', b'z\x05ab', b'Z\x02\xff\xff',
             b'I\x01\x00\x00\x00\x00\x00\x00\x00', b'I\x01', b':NNN', b':N', b':N0N', b'c', b'S', b'\xce',
             b'<\x02\x00\x00\x00[\x00\x00\x00\x00N', b'{[\x00\x00\x00\x00N0', b'g\x00\x00', b'y' + b'\x00' * 8,
             b'\xa9\x02\xe9\x01\x00\x00\x00r\x01\x00\x00\x00', b'i\x01\x00\x00\x00trailing']:
    attempt(lambda: marshal.loads(data))

attempt(lambda: marshal.loads(b'[\x01\x00\x00\x00' * 3000 + b'N'))
nested = []
for i in range(3000):
    nested = [nested]
attempt(lambda: marshal.dumps(nested))
attempt(lambda: marshal.loads('abc'))
attempt(lambda: marshal.loads(b'N', 1))
attempt(lambda: marshal.dumps(1, version=2))
attempt(lambda: marshal.dumps(slice(1, 2), 4))
attempt(lambda: marshal.loads(bytearray(b'i\x07\x00\x00\x00')))
attempt(lambda: marshal.loads(memoryview(b'Ni\x07')[1:]))
