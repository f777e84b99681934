# Context-aware warnings (3.14, -X context_aware_warnings): catch_warnings keeps its filters
# and log in the `_warnings_context` context variable, which `_warnings` reads; here the mode
# is switched on through _py_warnings._use_context, the flag the option sets.
import contextvars
import sys
import warnings
import _py_warnings
import _warnings

print(warnings._warnings_context is _warnings._warnings_context, _warnings._warnings_context.name)
print(sys.flags.context_aware_warnings)
_py_warnings._use_context = True

def emit(text):
    warnings.warn(text, UserWarning)

def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", message)
warnings.showwarning = show

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print("global filters untouched:", warnings.filters[0][0] != "always")
    emit("a")
    emit("a")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        emit("ignored")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            emit("error")
        except UserWarning as e:
            print("raised", e)
    # a copied context sees the same filters; a fresh one sees the global ones
    contextvars.copy_context().run(emit, "copied")
    contextvars.Context().run(emit, "fresh")
print([str(w.message) for w in log])

# with a context set but no filter in it matching, the default action applies (not the global filters)
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
    emit("default action")
    ctx = _warnings._warnings_context.get()
    ctx._filters = ("not", "a", "list")
    try:
        emit("bad")
    except ValueError as e:
        print("ValueError", e)
    ctx._filters = [("error", None, Warning)]
    try:
        emit("bad")
    except ValueError as e:
        print("ValueError", e)
    ctx._filters = []
print("done")
