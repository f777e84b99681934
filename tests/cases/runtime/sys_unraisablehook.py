# sys.unraisablehook: the default report, a replacement hook's UnraisableHookArgs, a failing hook,
# and the __xxxhook__ originals.
import io
import re
import sys

# The reports name functions by address: capture stderr and mask them.
real_stderr, sys.stderr = sys.stderr, io.StringIO()

class A:
    def __del__(self):
        1/0

A()

seen = []
def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg.split(" at ")[0],
                 u.object, u.exc_traceback is u.exc_value.__traceback__))
sys.unraisablehook = hook
A()
print(seen)

def bad(u):
    raise ValueError("hook broke")
sys.unraisablehook = bad
A()
sys.unraisablehook = sys.__unraisablehook__
A()

print(sys.__displayhook__ is sys.displayhook, sys.__unraisablehook__, sys.__breakpointhook__)
try:
    sys.unraisablehook(5)
except TypeError as e:
    print(e)

report, sys.stderr = sys.stderr.getvalue(), real_stderr
print(re.sub(r"0x[0-9a-f]+", "0x...", report))
