# marshal.dump and marshal.load on files: load reads exactly one object each time.
import io
import marshal

f = io.BytesIO()
print(marshal.dump((1, 2), f), marshal.dump('ab', f), marshal.dump([None], f, 2))
f.seek(0)
for _ in range(4):
    try:
        print(repr(marshal.load(f)), f.tell())
    except EOFError as e:
        print('EOFError', e)

class Reader:
    def __init__(self, data):
        self.data = data
    def read(self, n=-1):
        return b''
    def readinto(self, buf):
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n

print(marshal.load(Reader(marshal.dumps({'k': (1.5, 'v')}))))
try:
    marshal.load(Reader(b'(\x02\x00\x00\x00N'))
except EOFError as e:
    print('EOFError', e)

class TooMuch(Reader):
    def readinto(self, buf):
        return len(buf) + 1
try:
    marshal.load(TooMuch(b''))
except ValueError as e:
    print('ValueError', e)

class NotBytes:
    def read(self, n=-1):
        return 'text'
for bad in [NotBytes(), 3]:
    try:
        marshal.load(bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    marshal.dump(1, 3)
except AttributeError as e:
    print('AttributeError', e)
