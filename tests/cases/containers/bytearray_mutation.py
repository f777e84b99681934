# bytearray under mutation: sequence access, extended-slice deletion with huge steps,
# an index conversion that resizes the array, __init__ growing the array as it iterates.
# (Methods that hold an export while converting arguments, 3.14.3's BufferErrors, are
# pinned in tests/Sharpy.Tests: the 3.14.2 reference predates them.)
import sys

b = bytearray(b'abc')
print(list(reversed(b)), ord(b[1:2]))
try:
    ord(bytearray(b'ab'))
except TypeError as e:
    print(e)

# del b[start:stop:step] with steps near sys.maxsize
indices = (0, None, 1, 3, 19, 300, 1 << 333, sys.maxsize, -1, -2, -31, -300)
bad = 0
for start in indices:
    for stop in indices:
        for step in indices[1:]:
            L = list(range(40))
            b = bytearray(L)
            del L[start:stop:step]
            del b[start:stop:step]
            if b != bytearray(L):
                bad += 1
print('extended deletions that differ:', bad)

try:
    bytearray().resize(sys.maxsize)
except MemoryError:
    print('resize: MemoryError')

class Boom:
    def __index__(self):
        b.clear()
        return 0

b = bytearray(b'Now you see me...')
try:
    b[0] = Boom()
except IndexError as e:
    print('IndexError:', e)

# __init__ appends each byte as the iterator yields it
b = bytearray()
seen = []
def gen():
    for i in range(1, 6):
        yield i
        seen.append((len(b), b.__alloc__() > len(b)))
b.__init__(gen())
print(b, seen)

print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b'\'"')), str(bytearray(b"'")))
print(bytearray.__doc__.splitlines()[0], bytes.__doc__.splitlines()[0])
