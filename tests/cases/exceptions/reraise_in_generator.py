# A bare `raise` inside a generator re-raises the exception its caller is handling
# (the generator's own empty exception state does not hide the caller's).

def g():
    yield 1
    raise
    yield 2

i = g()
try:
    1 / 0
except ZeroDivisionError:
    print(next(i))
    try:
        next(i)
    except ZeroDivisionError as e:
        print("re-raised", type(e).__name__, e)

# Without an exception being handled anywhere there is nothing to re-raise.
j = g()
print(next(j))
try:
    next(j)
except RuntimeError as e:
    print("RuntimeError", e)

# The generator's own handled exception wins over the caller's.
def h():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        raise

k = h()
try:
    raise ValueError("outer")
except ValueError:
    print(next(k))
    try:
        next(k)
    except KeyError as e:
        print("re-raised", repr(e))
