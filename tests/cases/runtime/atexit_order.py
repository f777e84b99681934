# reference: python3
# atexit at shutdown: last registered runs first with its arguments, registrations made
# while exiting are not run, unregister removes every registration of a function, and the
# callbacks run before __main__ is cleared.
import atexit
def f(*a, **k): print('f', a, k)
def g(*a): print('g', a)
atexit.register(f, 1, x=2)
atexit.register(g, 'gone')
atexit.register(f, 3)
def h():
    print('h registers more')
    atexit.register(f, 'late')
atexit.register(h)
class D:
    def __del__(self): print('D.__del__ at shutdown')
d = D()
atexit.unregister(g)
atexit.register(g, 4)
print('main done')
