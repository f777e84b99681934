# f(**{1: 2}) raises "keywords must be strings" where CPython unpacks the dict for a
# vectorcall, but a METH_VARARGS|METH_KEYWORDS builtin (atexit.register) gets the dict as is.
import atexit, sys
sys.unraisablehook = lambda u: print('unraisable:', type(u.exc_value).__name__, u.exc_value)
def f(**k): pass
def g(*a, **k): print('g', a, k)
for c in (f, print, dict, {}.update, str.format, max):
    try:
        c(**{1: 2})
    except TypeError as e:
        print(getattr(c, '__name__', c), 'TypeError:', e)
print(atexit.register(g, **{1: 2}) is g)
atexit._run_exitfuncs()
atexit.register(g, 1, x=2)
atexit._run_exitfuncs()
