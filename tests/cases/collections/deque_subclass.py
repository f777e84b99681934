# deque subclasses and the collector: copies through the subclass, a __new__ that returns a
# non-deque, __iter__ overrides, keyword-taking __init__, cycles through deque iterators.
from _collections import deque
import gc, _weakref

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class X(deque):
    pass
d = X()
def bad_new(cls, *args, **kwargs):
    return [42]
X.__new__ = bad_new
t(lambda: d * 42)
t(lambda: d + deque([1, 2, 3]))
t(lambda: d.copy())

class Strange(deque):
    def __iter__(self):
        return iter([])
print(Strange([1, 2, 3]) == Strange([4, 5, 6]), repr(Strange([1])))

class BadIter(deque):
    def __iter__(self):
        raise TypeError('no iter')
t(lambda: repr(BadIter([1])))
t(lambda: BadIter([1]) == BadIter([1]))

class WithKwargs(deque):
    def __init__(self, newarg=1):
        deque.__init__(self)
print(WithKwargs(newarg=1), type(WithKwargs(newarg=2)).__name__)

class Bounded(deque):
    def __init__(self, it=(), maxlen=None):
        print('init', maxlen)
        deque.__init__(self, it, maxlen)
b = Bounded('abc', 2)
print(b.copy(), b * 2, b + b)

class C:
    pass
for i in range(2):
    obj = C()
    ref = _weakref.ref(obj)
    container = deque([obj, 1]) if i == 0 else reversed(deque([obj, 1]))
    obj.x = iter(container)
    del obj, container
    gc.collect()
    print('collected', ref() is None)

d = deque()
d.append(d)
r = _weakref.ref(d)
del d
gc.collect()
print('self-cycle collected', r() is None)

d = deque([None] * 16)
for i in range(len(d)):
    d.rotate(-1)
d.rotate(1)
print(d.count(1), d.count(None))
t(lambda: deque('AAA').index('Hello world', 0, 4))
for i in range(100):
    d.append(1)
    gc.collect()
print(len(d))
