# threading's default excepthook is _thread._excepthook, called with a _thread._ExceptHookArgs
# (a struct sequence): what it prints, what it ignores, and where it writes when sys.stderr is None.
import io
import sys
import threading
import _thread

print(threading.excepthook is _thread._excepthook)
print(threading.ExceptHookArgs is _thread._ExceptHookArgs)

Args = _thread._ExceptHookArgs
print(Args.__name__, Args.__module__, Args.n_fields, Args.n_sequence_fields)
print(Args.__doc__)
a = Args((KeyError, KeyError('k'), None, None))
print(a)
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, len(a), a[1])

for bad in [(1, 2, 3, 4), None, 'x']:
    try:
        _thread._excepthook(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    Args((1, 2, 3))
except TypeError as e:
    print('TypeError:', e)


class Named:
    name = 'worker-7'


class Nameless:
    pass


class Quiet:
    name = 'quiet'
    _stderr = None


def raised(exc):
    try:
        raise exc
    except BaseException as e:
        return e


err = io.StringIO()
real = sys.stderr
sys.stderr = err
try:
    e = raised(ValueError('boom'))
    _thread._excepthook(Args((ValueError, e, e.__traceback__, Named())))
    # SystemExit is ignored.
    _thread._excepthook(Args((SystemExit, SystemExit(3), None, Named())))
    _thread._excepthook(Args((KeyError, KeyError('k'), None, Named())))
finally:
    sys.stderr = real
text = err.getvalue()
print(text.splitlines()[0])
print(text.splitlines()[-1])
print('Exception in thread worker-7:' in text, text.count('Exception in thread'))

# A thread without a name is shown by the ident of the thread that reports it.
err = io.StringIO()
sys.stderr = err
try:
    _thread._excepthook(Args((KeyError, KeyError('n'), None, Nameless())))
finally:
    sys.stderr = real
print(err.getvalue() == 'Exception in thread %d:\nKeyError: %r\n' % (threading.get_ident(), 'n'))

# sys.stderr None: the thread's own _stderr, and nothing when that is None or there is no thread.
saved = io.StringIO()
Named._stderr = saved
sys.stderr = None
try:
    _thread._excepthook(Args((KeyError, KeyError('s'), None, Named())))
    _thread._excepthook(Args((KeyError, KeyError('q'), None, Quiet())))
    _thread._excepthook(Args((KeyError, KeyError('z'), None, None)))
    try:
        _thread._excepthook(Args((KeyError, KeyError('m'), None, Nameless())))
    except AttributeError as e:
        missing = str(e)
finally:
    sys.stderr = real
print(saved.getvalue().splitlines()[0])
print(missing)
