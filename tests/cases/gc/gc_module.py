# The gc module's controls: collections by generation, callbacks, debug flags, gc.garbage,
# referents/referrers, thresholds, freeze, and their errors.
import gc

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

gc.collect()

# A collection returns the unreachable objects it found; an instance's attributes are not
# an object of their own until __dict__ is asked for.
class A:
    pass

l = []; l.append(l); del l
print("list cycle", gc.collect())
a = A(); a.a = a; del a
print("instance cycle", gc.collect())

# get_objects lists what the collector tracks.
l = []
n = 5
print(any(x is l for x in gc.get_objects()), any(x is n for x in gc.get_objects()))
del l

# Callbacks see each collection's start and stop.
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
l = []; l.append(l); del l
gc.collect(1)
gc.callbacks.remove(cb)
print(events)

# A callback's error is reported and the collection goes on.
def bad(phase, info):
    raise ValueError(phase)
gc.callbacks.append(bad)
import sys, io
err, sys.stderr = sys.stderr, io.StringIO()
gc.collect()
captured, sys.stderr = sys.stderr.getvalue(), err
gc.callbacks.remove(bad)
print([line for line in captured.splitlines() if "Error" in line])

# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = [1]; l.append(l); del l
print(gc.collect(), len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)

# Finalizers run once.
class D:
    def __del__(self):
        print("finalized")
d = D(); d.d = d
print(gc.is_finalized(d))
keep = d
del d
gc.collect()
del keep
print("collected", gc.collect())

# Referents follow tp_traverse: a dict gives value then key, str keys are not visited.
print(gc.get_referents([1, "x"], 5, {1: [2]}, {"k": (3,)}))
target = ["target"]
holder = {"t": target}
print(any(r is holder for r in gc.get_referrers(target)))
print(gc.is_tracked(3), gc.is_tracked([]), gc.is_finalized(3))

# Thresholds: the third is accepted and kept at 0, as in 3.14.
old = gc.get_threshold()
gc.set_threshold(100, 5, 7); print(gc.get_threshold())
gc.set_threshold(200); print(gc.get_threshold())
gc.set_threshold(*old)

# freeze moves everything tracked out of reach of collections.
gc.freeze(); print(gc.get_freeze_count() > 0)
gc.unfreeze(); print(gc.get_freeze_count())

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))

show(lambda: gc.collect(3))
show(lambda: gc.collect(-1))
show(lambda: gc.get_objects(3))
show(lambda: gc.get_objects(-2))
show(lambda: gc.get_objects("1"))
show(lambda: gc.set_threshold())
show(lambda: gc.set_threshold(1, 2, 3, 4))
show(lambda: gc.set_threshold(a=1))
show(lambda: gc.set_threshold("x"))
show(lambda: gc.set_debug("a"))
show(lambda: gc.get_referents(a=1))
show(lambda: gc.enable(1))
