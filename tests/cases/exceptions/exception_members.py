# The fields of the exceptions with C fields are member descriptors (PyMemberDef), as in
# Objects/exceptions.c: their docs, None when unset, deletion, read-only members, and the
# Py_ssize_t members of the Unicode errors.
for t in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, UnicodeError, OSError, SyntaxError, ImportError, StopIteration, SystemExit, NameError, AttributeError, BaseExceptionGroup, BlockingIOError, ModuleNotFoundError, IndentationError):
    print(t.__name__, sorted((k, type(v).__name__, v.__doc__) for k, v in vars(t).items() if type(v).__name__ in ('member_descriptor','getset_descriptor')))
e = OSError(2, 'x', 'f'); print(e.errno, e.filename); del e.errno; print(e.errno); e.errno = 5; print(e.errno, str(e))
g = ExceptionGroup('m', [ValueError(1)])
for a in ('message', 'exceptions'):
    try: setattr(g, a, 1)
    except AttributeError as x: print(x)
    try: delattr(g, a)
    except AttributeError as x: print(x)
print(g.message, g.exceptions)
print(OSError.errno, repr(SyntaxError.msg), StopIteration.value.__objclass__)
try: OSError.errno.__get__(ValueError())
except TypeError as x: print(x)
s = StopIteration(3); s.value = 4; print(s.value, s.args)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'); u.reason = 'worse'; print(u.reason, str(u))
u.start = 0; print(u.start)
for bad in (None, 1.5, 2**70):
    try: u.end = bad
    except (TypeError, OverflowError) as x: print(type(x).__name__, x)
try: del u.start
except TypeError as x: print(x)
print(UnicodeEncodeError.start, UnicodeError.__dict__.get('start'))
