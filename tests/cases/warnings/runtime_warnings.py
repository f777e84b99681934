# The runtime's own warnings go through the warnings filters: DeprecationWarnings from
# builtins, the compiler's SyntaxWarnings, showwarning/formatwarning hooks, the printing
# without the `warnings` module, and a warning made an error (its traceback has no frames of
# the warnings machinery).
import sys
import warnings

def invert():
    return ~True

# shown once per location by the default filter for __main__
for i in range(3):
    invert()

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    invert()
    compile("x is 1", "<src>", "exec")
    compile("x is 1", "<src>", "exec")
for w in log:
    print(w.category.__name__, w.filename, w.lineno, str(w.message)[:40])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        invert()
    except DeprecationWarning as e:
        print("raised", type(e).__name__)
    try:
        compile("x is 1", "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno)

def show(message, category, filename, lineno, file=None, line=None):
    print("hook:", category.__name__, str(message)[:30], lineno, repr(line))

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    invert()
    warnings.warn("plain")

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"formatted {category.__name__}: {message}\n"
    sys.stderr.flush()
    warnings.warn("via formatwarning")
    sys.stderr.flush()

with warnings.catch_warnings():
    warnings.simplefilter("always")
    saved = warnings._showwarnmsg
    warnings._showwarnmsg = 42
    try:
        warnings.warn("bad hook")
    except TypeError as e:
        print("TypeError", e)
    del warnings._showwarnmsg
    sys.stderr.flush()
    warnings.warn("no _showwarnmsg: printed directly")
    sys.stderr.flush()
    warnings._showwarnmsg = saved

# without the warnings module the runtime prints them itself, with the default filters
module = sys.modules.pop("warnings")
sys.stderr.flush()
def again():
    return ~False
again()
again()
sys.stderr.flush()
sys.modules["warnings"] = module

print("before the error", flush=True)
warnings.simplefilter("error")
def deprecated():
    warnings.warn("now an error", DeprecationWarning, stacklevel=2)
def user():
    deprecated()
user()
