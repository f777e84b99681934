# Nested exception groups, a group with notes, chained causes and contexts inside boxes.

def leaf(n):
    try:
        raise ValueError(f"leaf {n}")
    except ValueError as e:
        return e

def inner():
    try:
        raise KeyError("inner cause")
    except KeyError as k:
        try:
            raise ExceptionGroup("inner", [leaf(1), TypeError("t")]) from k
        except ExceptionGroup as e:
            return e

def outer():
    eg = BaseExceptionGroup("outer", [inner(), leaf(2), BaseExceptionGroup("base", [KeyboardInterrupt()])])
    eg.add_note("outer note")
    raise eg

try:
    outer()
finally:
    try:
        raise RuntimeError("during cleanup")
    except RuntimeError:
        pass
