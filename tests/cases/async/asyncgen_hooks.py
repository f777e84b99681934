# sys.set_asyncgen_hooks: firstiter runs at an async generator's first iteration; a dropped
# unfinished generator goes to the finalizer (which an event loop uses to aclose it).
import sys
import gc

def attempt(f, *args, **kw):
    try:
        print("->", f(*args, **kw))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

print(sys.get_asyncgen_hooks())
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter, hooks.finalizer, type(hooks).__name__, len(hooks))

seen = []
finalized = []

def firstiter(agen):
    seen.append(agen.__name__)

def finalizer(agen):
    finalized.append(agen.__name__)
    # Close it the way an event loop would: drive aclose() to the end.
    closer = agen.aclose()
    try:
        while True:
            closer.send(None)
    except StopIteration:
        pass
    finalized.append("closed " + agen.__name__)

sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer)

async def gen(name):
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("  finally of", name)

g = gen("a")
print("created, firstiter not called yet:", seen)
try:
    next(g.__anext__())
except StopIteration as e:
    print("got", e.value)
print("after first step:", seen)
del g
print("finalized:", finalized)

# a finished generator is not finalized; one never iterated has no finalizer
g = gen("b")
for _ in range(3):
    try:
        next(g.__anext__())
    except (StopIteration, StopAsyncIteration) as e:
        print(type(e).__name__, e.value if isinstance(e, StopIteration) else "")
del g
g = gen("never")
del g
print("finalized:", finalized, "seen:", seen)

# the hooks seen at the first iteration stay with the generator
g = gen("c")
next(g.__anext__(), None)
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)
del g
print("finalized:", finalized)

# without a finalizer, a dropped generator is closed like a generator (finally runs)
g = gen("d")
next(g.__anext__(), None)
del g

# in a cycle, the collector finalizes it
class Holder:
    pass
sys.set_asyncgen_hooks(finalizer=finalizer)
h = Holder()
h.g = gen("cyclic")
next(h.g.__anext__(), None)
h.self = h
del h
gc.collect()
print("finalized:", finalized)

# a firstiter that raises makes the first step fail
def bad_firstiter(agen):
    raise ValueError("firstiter failed")
sys.set_asyncgen_hooks(firstiter=bad_firstiter, finalizer=None)
g = gen("e")
attempt(g.__anext__)
attempt(lambda: type(g.__anext__()).__name__)
del g

attempt(sys.set_asyncgen_hooks, firstiter=1)
attempt(sys.set_asyncgen_hooks, finalizer="x")
attempt(sys.set_asyncgen_hooks, 1, 2, 3)
attempt(sys.set_asyncgen_hooks, x=1)
attempt(sys.set_asyncgen_hooks, None, firstiter=None)
attempt(sys.set_asyncgen_hooks, None, None)
print(sys.get_asyncgen_hooks())
