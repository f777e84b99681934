# try/except*: matching by type and tuple, naked exceptions wrapped in an ExceptionGroup,
# the unhandled rest re-raised, raise and bare raise inside handlers, and sys.exception().
import sys

# The language reference's examples.
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3), OSError(4)])
    except* TypeError as e:
        print(f"caught {type(e)} with nested {e.exceptions}")
    except* OSError as e:
        print(f"caught {type(e)} with nested {e.exceptions}")
except ExceptionGroup as rest:
    print("rest", repr(rest))

try:
    raise BlockingIOError
except* BlockingIOError as e:
    print(repr(e))

# A naked exception: wrapped in ExceptionGroup(""), traceback of the handler's frame.
def naked():
    try:
        raise KeyError("k")
    except* LookupError as e:
        print("naked", repr(e), type(e).__name__, e.exceptions[0] is not None)
        print("handled", repr(sys.exception()))
        print("tb", e.__traceback__ is not None)
naked()

# Nothing matches: the exception propagates unchanged.
try:
    try:
        raise ValueError("v")
    except* TypeError:
        print("not reached")
except ValueError as e:
    print("unchanged", repr(e))

# Nested groups are split keeping their structure.
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("values", repr(e))
except* TypeError as e:
    print("types", repr(e))

# Tuples of types.
try:
    raise ExceptionGroup("t", [ValueError(), KeyError(), ZeroDivisionError()])
except* (ValueError, KeyError) as e:
    print("tuple", repr(e))
except* ArithmeticError as e:
    print("arith", repr(e))

# Each clause runs at most once; the first matching clause takes the leaves.
try:
    raise ExceptionGroup("once", [ValueError(1), ValueError(2)])
except* ValueError as e:
    print("first", repr(e))
except* Exception as e:
    print("second", repr(e))

# Raising a new exception in a handler: it joins the unhandled rest in a new group.
def raises_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    raises_new()
except ExceptionGroup as e:
    print("new", repr(e), [repr(x) for x in e.exceptions])
    print("context", repr(e.exceptions[0].__context__))

# A bare raise re-raises the matched part, keeping the original nesting.
def reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("h", [ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
try:
    reraise()
except ExceptionGroup as e:
    print("reraised", repr(e))

# raise e (not bare): a new raise of the matched group.
def raise_e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
try:
    raise_e()
except ExceptionGroup as e:
    print("raise e", repr(e), [repr(x) for x in e.exceptions])

# The handler of a naked exception raising something else.
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("instead")
except TypeError as e:
    print("replaced", repr(e), repr(e.__context__))

# A bare raise in the handler of a naked exception re-raises the group it was wrapped in.
try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked reraise", repr(e))

# else and finally.
try:
    pass
except* ValueError:
    print("not reached")
else:
    print("else")
finally:
    print("finally")

try:
    try:
        raise ExceptionGroup("f", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handler")
    finally:
        print("finally runs")
except* TypeError as e:
    print("outer", repr(e))

# Base exceptions in a BaseExceptionGroup.
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as e:
    print("kbd", repr(e))
except* ValueError as e:
    print("value", repr(e))

# In a loop with continue/break, and as a function's return path.
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as e:
        print("loop", i, repr(e.exceptions))
print("sys.exception after", sys.exception())

def returns():
    try:
        raise ExceptionGroup("r", [ValueError()])
    except* ValueError:
        pass
    return "done"
print(returns())

# Notes and tracebacks travel with the split parts.
try:
    try:
        e = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
        e.add_note("note")
        raise e
    except* ValueError as v:
        print("v notes", v.__notes__)
except* TypeError as t:
    print("t notes", t.__notes__, t.__traceback__ is not None)
