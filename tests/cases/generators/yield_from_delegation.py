# yield from forwards send(), throw() and close() to the subiterator, and gives its return value.

def attempt(f, *args):
    try:
        print("->", f(*args))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

def inner(log):
    try:
        while True:
            try:
                got = yield "inner ready"
                log.append(("inner got", got))
            except KeyError as e:
                log.append(("inner caught", repr(e)))
                yield "inner handled"
    except GeneratorExit:
        log.append("inner closed")
        raise
    finally:
        log.append("inner finally")

def outer(log):
    try:
        result = yield from inner(log)
        log.append(("outer result", result))
    except ValueError as e:
        log.append(("outer caught", repr(e)))
        yield "outer handled"
    finally:
        log.append("outer finally")

log = []
g = outer(log)
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("for inner")))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
print(g.throw(ValueError("for outer")))   # the inner one does not catch it
print(g.gi_yieldfrom)
attempt(next, g)
print(log)

log = []
g = outer(log)
next(g)
g.close()
print(log)

# the subiterator's return value is the value of yield from
def returns():
    yield 1
    return "inner return"
def delegating():
    r = yield from returns()
    return ("delegated", r)
g = delegating()
print(next(g))
attempt(next, g)

# throw() that makes the subgenerator return: the value arrives in the outer generator
def returns_on_throw():
    try:
        yield 1
    except KeyError:
        return "returned after throw"
def collects():
    r = yield from returns_on_throw()
    yield ("collected", r)
g = collects()
next(g)
print(g.throw(KeyError))

# a subiterator that is not a generator: throw goes to its throw() if it has one
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("iter done")
        return self.n
class IterWithThrow(Iter):
    def throw(self, *args):
        print("  throw called with", args)
        return "from throw"
    def close(self):
        print("  close called")

def over(it):
    r = yield from it
    return r

g = over(Iter())
next(g)
attempt(g.throw, KeyError("no throw method"))
g = over(IterWithThrow())
next(g)
attempt(g.throw, KeyError("has throw"))
attempt(g.close)
g = over(Iter())
print(list(g))

# closing a generator whose subgenerator ignores GeneratorExit
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def wraps():
    yield from ignores()
g = wraps()
next(g)
attempt(g.close)

# a generator is already running while it delegates
def self_ref():
    yield from me_inner()
def me_inner():
    attempt(me.send, None)
    attempt(me.throw, KeyError)
    yield "x"
me = self_ref()
attempt(next, me)

# close() returns the generator's return value (3.13+)
def returns_value_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "close value"
g = returns_value_on_close()
next(g)
print(g.close())
