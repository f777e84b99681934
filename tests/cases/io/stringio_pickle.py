# StringIO and BytesIO pickle and copy with their value, position, newline mode and dict.
import io, pickle, copy
s = io.StringIO('hello\nworld', newline=None); s.seek(3); s.tag = 'x'
t = pickle.loads(pickle.dumps(s)); print(repr(t.getvalue()), t.tell(), t.tag, t.newlines)
u = copy.copy(s); print(repr(u.read()))
b = io.BytesIO(b'xyz'); b.seek(1); c = pickle.loads(pickle.dumps(b)); print(c.read(), c.tell())
s.close()
try: pickle.dumps(s)
except ValueError as e: print(e)
r = io.StringIO.__new__(io.StringIO)
try: r.read()
except ValueError as e: print(e)
r.__setstate__(('abc', '\n', 1, None)); print(r.read())
r.close()
try: r.__setstate__(('abc', '\n', 1, None))
except ValueError as e: print(e)
