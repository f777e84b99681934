# breakpoint() calls whatever sys.breakpointhook is now, with the call's arguments;
# the default hook follows $PYTHONBREAKPOINT.
import os
import sys
import warnings

def hook(*args, **kws):
    print("hook", args, sorted(kws.items()))
    return "result"

sys.breakpointhook = hook
print(breakpoint(1, 2, three=3))

def strict():
    pass

sys.breakpointhook = strict
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError:", e)

sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print("disabled:", breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.repr"
print(breakpoint("via env"))
os.environ["PYTHONBREAKPOINT"] = "int"
print(breakpoint("7"))
for bad in (".", ".int", "int.", "nosuchbuiltin", "nosuchmodule.f", "..x.y"):
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(repr(bad), breakpoint(), [str(x.message) for x in w], [x.category.__name__ for x in w])

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
print(breakpoint.__text_signature__)
