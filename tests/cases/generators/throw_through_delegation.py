# gen.throw() into a `yield from` / `await` chain: the exception reaches the innermost
# generator, every generator above is running and linked in meanwhile, and each one the
# exception comes back out of raises it at its own suspension point.
import sys
import traceback

seen = []

def bottom():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            chain = []
            f = sys._getframe()
            while f is not None and f.f_code.co_name in ('bottom', 'middle', 'via_delegate', 'throw'):
                chain.append(f.f_code.co_name)
                f = f.f_back
            seen.append((str(e), chain, [g.gi_running for g in gens]))
        except KeyError:
            return 'returned'

def middle(n):
    if n == 0:
        return (yield from bottom())
    r = yield from middle(n - 1)
    if n == 5:
        seen.append(('middle got', r))
    return r

gens = []
g = middle(5)
print(next(g))
gens.append(g)
print(g.throw(ValueError('v')))
print(seen)
seen.clear()
try:
    g.throw(KeyError('k'))
except StopIteration as e:
    print('StopIteration', e.value, seen)

# Uncaught: one traceback entry per level.
def deep(n):
    if n == 0:
        yield 1
    else:
        yield from deep(n - 1)
g = deep(4)
next(g)
try:
    g.throw(TypeError('t'))
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.line) for fs in tb])
print(g.gi_running, g.gi_suspended, g.gi_frame)

# A delegate that is not a generator: its throw() is called with the outer frames linked in.
class Delegate:
    def __init__(self, inner): self.inner = inner
    def __iter__(self): return self
    def __next__(self): return next(self.inner)
    def throw(self, *args):
        print('Delegate.throw', type(args[0]).__name__, sys._getframe(1).f_code.co_name)
        return self.inner.throw(*args)

def via_delegate():
    return (yield from Delegate(bottom()))
g = via_delegate()
next(g)
gens[:] = [g]
print(g.throw(ValueError('through')), seen[-1][:2])

# A delegate without throw(): the exception is raised where the outer generator waits.
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 'x'
def outer_nothrow():
    try:
        yield from NoThrow()
    except ValueError as e:
        yield f'outer caught {e}'
g = outer_nothrow()
next(g)
print(g.throw(ValueError('no throw')))

# Looking up throw() fails: that generator stays suspended, the ones above get the error.
class BadThrow:
    def __iter__(self): return self
    def __next__(self): return 'x'
    @property
    def throw(self): raise RuntimeError('lookup failed')
def inner_bad():
    try:
        yield from BadThrow()
    finally:
        print('inner_bad finally')
def outer_bad():
    try:
        yield from inner_bad()
    except RuntimeError as e:
        yield f'outer caught {e}'
g = outer_bad()
inner = None
next(g)
inner = g.gi_yieldfrom
print(g.throw(ValueError('v')), inner.gi_suspended)
inner.close()

# GeneratorExit thrown into the chain closes the delegates, then raises at the top.
def top_ge():
    try:
        yield from deep(3)
    except GeneratorExit:
        print('top sees GeneratorExit')
        raise
g = top_ge()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit out', g.gi_frame)

# The same through coroutines and an async generator's asend awaitable.
class Suspend:
    def __await__(self):
        return (yield 'suspended')
async def co(n):
    if n == 0:
        try:
            return await Suspend()
        except ValueError as e:
            return f'bottom caught {e}'
    return await co(n - 1)
c = co(6)
print(c.send(None))
try:
    c.throw(ValueError('into coroutines'))
except StopIteration as e:
    print('coroutine returned', e.value)

async def agen():
    yield await co(3)
    yield 'second'
a = agen()
aw = a.asend(None)
print(aw.send(None))
try:
    aw.throw(ValueError('into asend'))
except StopIteration as e:
    print('asend gave', e.value)
aw = a.athrow(KeyError('into athrow'))
try:
    aw.send(None)
except KeyError as e:
    print('athrow raised', repr(e))
print(a.ag_running, a.ag_frame)
