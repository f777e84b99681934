# weakref lists as CPython keeps them: the shared ref first, the shared proxy next, then the
# rest (newest first); ref() refuses keywords in __init__ and checks its arguments; a weakref
# subclass that holds the last reference to its object gets no callback when it dies.
import gc, weakref

class Object:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Object({self.n})"

class MyRef(weakref.ref):
    pass

def names(refs, table):
    return [table[id(r)] for r in refs]

o = Object(1)
r1 = MyRef(o)
r2 = weakref.ref(o)
p1 = weakref.proxy(o)
r3 = MyRef(o)
r4 = weakref.ref(o, lambda w: None)
p2 = weakref.proxy(o, lambda w: None)
table = {id(r1): 'r1', id(r2): 'r2', id(p1): 'p1', id(r3): 'r3', id(r4): 'r4', id(p2): 'p2'}
print(names(weakref.getweakrefs(o), table), weakref.getweakrefcount(o))
print(weakref.ref(o) is r2, weakref.proxy(o) is p1, MyRef(o) is r1)

for call in (lambda: weakref.ref(o, callback=None), lambda: r2.__init__(0, 0, 0, 0, 0),
             lambda: r2.__init__(o, x=1), lambda: weakref.ref()):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(r2.__init__(o, None))

calls = []
def callback(w):
    calls.append(w)
o = Object(2)
m = MyRef(o, callback)
m.o = o
del o
del m
o = Object(4)
m1 = MyRef(o, callback)
m2 = MyRef(o, callback)
m1.r = m2
m2.o = o
del o, m2, m1
gc.collect()
print(len(calls))
