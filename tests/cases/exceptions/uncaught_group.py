# An uncaught exception group is printed in boxes, with each sub-exception's traceback
# and notes (the language reference's except* example, the rest propagating).

def f():
    raise OSError(3)

def g():
    e = TypeError("bad type")
    e.add_note("a note on the type error")
    e.add_note("second note\nover two lines")
    return e

try:
    f()
except OSError as e:
    os_error = e

try:
    raise ExceptionGroup("eg", [ValueError(1), g(), os_error, OSError(4)])
except* TypeError as e:
    print(f"caught {type(e)} with nested {e.exceptions}")
