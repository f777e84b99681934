# A weakref that is itself cyclic garbage never calls its callback, even when its referent
# lives outside the garbage (here in an older generation) and dies only as the cycles are
# broken: by then the callback, garbage too, may already be cleared (bpo-38006). A weakref
# that is not garbage still gets its callback.
import gc, weakref
gc.disable()

class Holder: pass
class Target: pass

target = Target()
probe = weakref.ref(target, lambda r: print("probe callback: target died"))
gc.collect()                     # target (and probe) move to the oldest generation

def make_cycle():
    def callback(wr):            # reachable only from the garbage below
        print("garbage weakref callback called", wr)
    h = Holder()
    h.self = h
    h.callback = callback
    h.ref = weakref.ref(target, callback)
    h.target = target
    return weakref.ref(h)

holder = make_cycle()
del target                       # only the young cycle keeps target alive
print("before collect(0)")
gc.collect(0)
print("after collect(0): holder dead", holder() is None, "target dead", probe() is None)

# Both the weakref and its referent are garbage: no callback either.
def make_pair():
    def callback(wr): print("pair callback called")
    a = Holder(); b = Holder()
    a.b = b; b.a = a
    a.ref = weakref.ref(b, callback)
    return weakref.ref(a)
pair = make_pair()
gc.collect()
print("pair collected", pair() is None)

# A reachable weakref to garbage: its callback runs and sees a dead reference.
c = Holder(); c.self = c
kept = weakref.ref(c, lambda r: print("reachable weakref callback, dead:", r() is None))
del c
gc.collect()
print("done")
