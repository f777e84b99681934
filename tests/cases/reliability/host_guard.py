# Calls that once escaped as .NET exceptions (a dead process) end as CPython's Python errors.
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


# Attribute names must be str, whichever slot wrapper is called.
for name in (None, 1, b'x', 1.5):
    attempt('object.__getattribute__', lambda: object.__getattribute__(1, name))
    attempt('object.__setattr__', lambda: object.__setattr__(object(), name, 2))
    attempt('object.__delattr__', lambda: object.__delattr__(object(), name))
    attempt('type.__getattribute__', lambda: type.__getattribute__(int, name))


class C:
    pass


attempt('C.__setattr__', lambda: C.__setattr__(C(), None, 1))
attempt('type.__setattr__', lambda: type.__setattr__(C, None, 1))

# A class whose creation fails half-way is freed cleanly.
for qual in (5, None, b'q'):
    attempt('type qualname', lambda: type('X', (), {'__qualname__': qual}))
attempt('class qualname', lambda: type('X', (int,), {'__qualname__': 1.0}))
print(type('Y', (), {'__qualname__': 'A.B'}).__qualname__)


# input() reads a line from whatever sys.stdin is.
class Stdin:
    def __init__(self, line):
        self.line = line

    def readline(self):
        return self.line


saved = sys.stdin
for line in (5, None, [], 'text\n', 'no newline', ''):
    sys.stdin = Stdin(line)
    attempt('input %r' % (line,), input)
sys.stdin = saved

# Huge shifts and powers are never silently truncated to 32 bits: a result or MemoryError.
for src in ('1 << 2**31', '1 << (2**31 - 10)', '2 ** (2**31 - 1)', '1 << 2**32', '-1 << 2**31'):
    try:
        r = eval(src)
    except MemoryError:
        print(src, 'MemoryError or a result')
    else:
        print(src, 'MemoryError or a result' if r.bit_length() > 2**31 - 20 else 'wrong: %d' % r.bit_length())
        del r
for src in ('1 << 2**63', '1 << 2**70'):
    attempt(src, lambda: eval(src))
attempt('1 << -1', lambda: 1 << -1)
print((1 << 100000).bit_length(), (3 ** 10000).bit_length())
