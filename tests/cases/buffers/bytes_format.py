# bytes % args and bytearray % args (printf-style formatting), and the bytes methods shared with bytearray.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class BB:
    def __bytes__(self): return b'BB'
t(lambda: b'%s %b %r %a %c %c %d %5.2f %x %-4s| %05d %%' % (b'x', bytearray(b'y'), 'é', b'q', 65, b'Z', 42, 3.14159, 255, b'ab', -7))
t(lambda: b'%s' % 'str'); t(lambda: b'%s' % 1); t(lambda: b'%b' % memoryview(b'mv')); t(lambda: b'%s' % BB()); t(lambda: b'%.1s' % b'abc')
t(lambda: b'%c' % 256); t(lambda: b'%c' % b'ab'); t(lambda: b'%c' % 'a'); t(lambda: b'%c' % -1)
t(lambda: b'%d' % 'x'); t(lambda: b'%x' % 1.5); t(lambda: b'%f' % 'x'); t(lambda: b'%y' % 1); t(lambda: b'%' % ()); t(lambda: b'%d %d' % (1,)); t(lambda: b'%d' % (1, 2))
t(lambda: b'%(a)s %(b)d' % {b'a': b'A', b'b': 2}); t(lambda: b'%(a)s' % {'a': 1}); t(lambda: b'%(a)s' % (1,))
t(lambda: bytearray(b'%s-%d') % (b'x', 5)); t(lambda: b'%s' % b'only'); t(lambda: b'%s' % [1]); t(lambda: b'%r' % [b'\xff'])
t(lambda: b'no format' % ()); t(lambda: b'no format' % 5); t(lambda: b'no format' % {}); t(lambda: b'x' % b'y'); t(lambda: b'%s' % bytearray(b'ba'))
t(lambda: b'%*d|%-*d|%.*f' % (4, 1, 3, 2, 2, 1.0)); t(lambda: b'%#x %#o %+d % d %e %g %G %i %u' % (255, 8, 5, 5, 1234.5, 0.00001, 1e20, 3, 4))
t(lambda: b'%a' % 'é'); t(lambda: b'%s' % memoryview(b'abcd')[::2])
print(b'ab'.center(6, b'*'), b'ab'.ljust(4), b'ab'.rjust(4, bytearray(b'.')), b'-3'.zfill(4), b'a\tb'.expandtabs(2), b'x\ny\r\n'.splitlines(True))
print(b'hello world'.title(), b'Hello'.swapcase(), b'hello'.capitalize(), b'Ab Cd'.istitle(), b'abc'.removeprefix(b'ab'), b'abc'.removesuffix(memoryview(b'bc')))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abc'.translate(None, b'b'), bytes.maketrans(b'', b'')[:3], b'a b'.split(maxsplit=0))
print(b'%s' % b'abc' is not None, (b'ab' % ()) == b'ab', b'x'.__mod__(()), b'%d'.__rmod__(1), bytearray(b'%d').__mod__(5))
