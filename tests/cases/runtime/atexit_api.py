# atexit's functions: registration errors, _ncallbacks, unregister by equality, and
# _run_exitfuncs reporting a failing callback and going on with the rest.
import atexit
base = atexit._ncallbacks()
class Boom:
    def __repr__(self): return '<Boom>'
    def __call__(self): raise ValueError('boom')
def f(*a, **k): print('f', a, k)
for args in [(5,), ()]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print(e)
print(atexit.register(f, 1, k=2) is f, atexit._ncallbacks() - base)
atexit.register(Boom())
atexit.register(f, 3)
print(atexit._ncallbacks() - base)
atexit.unregister(f)
print(atexit._ncallbacks() - base)
atexit.register(f, 4)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(f, 5)
atexit._clear()
print(atexit._ncallbacks())
