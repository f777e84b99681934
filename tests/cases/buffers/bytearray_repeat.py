# bytearray repetition goes through the sequence slots (sq_repeat, sq_inplace_repeat), as CPython:
# a right operand's __rmul__ and an int subclass's __mul__ come first; *= resizes in place
# unless a buffer is exported.
b = bytearray(b'ab')
print(b * 3, 3 * b, b * 0, b * -1)
c = b; c *= 2; print(c, c is b)
c *= 0; print(c, b)
class M(int):
    def __rmul__(self, o): return 'rmul'
    def __mul__(self, o): return 'mul'
print(bytearray(b'x') * M(2), M(2) * bytearray(b'x'))
class N:
    def __index__(self): return 2
print(bytearray(b'x') * N(), N() * bytearray(b'x'))
class R:
    def __rmul__(self, o): return ('R', o)
print(bytearray(b'q') * R())
for bad in ['bytearray(b"x") * 1.5', 'bytearray(b"x") * "a"', '"a" * bytearray(b"x")', 'bytearray(b"x") * 2**63']:
    try: print(eval(bad))
    except Exception as e: print(type(e).__name__, e)
x = bytearray(b'ab')
try: x *= 1.5
except Exception as e: print(type(e).__name__, e)
m = memoryview(x)
try: x *= 2
except Exception as e: print(type(e).__name__, e)
m.release(); x *= 2; print(x)
class BA(bytearray): pass
print(type(BA(b'z') * 2).__name__)
