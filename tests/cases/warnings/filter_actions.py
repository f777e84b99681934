# warnings' filters and actions through the C accelerator `_warnings`: the default filters,
# once/module/default/always/ignore/error, registries and their versioning, stacklevel,
# skip_file_prefixes, and the errors of bad arguments.
import sys
import warnings
import _warnings

print(type(warnings.warn).__name__, warnings.warn is _warnings.warn, warnings.filters is _warnings.filters)
print(warnings.defaultaction, warnings.onceregistry is _warnings._onceregistry)
print(sorted(n for n in dir(_warnings) if not n.startswith("__")))
for f in warnings.filters:
    print(f)

def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, filename.rsplit("/", 1)[-1], lineno, repr(line))

warnings.showwarning = show

def emit(text="w", category=UserWarning, level=1):
    warnings.warn(text, category, stacklevel=level)

def run(action, times=2):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print("--", action)
    for i in range(times):
        emit()
        emit()
    emit("other")

for action in ("default", "once", "module", "always", "all", "ignore"):
    run(action)

warnings.resetwarnings()
warnings.simplefilter("error")
try:
    emit("boom")
except UserWarning as e:
    print("raised", type(e).__name__, e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_filename.rsplit("/", 1)[-1])
        tb = tb.tb_next
    print("frames", names)

# the registry of the warning's module records what was shown, reset by any filter change
warnings.resetwarnings()
warnings.simplefilter("default")
globals().pop("__warningregistry__", None)
emit("reg")
reg = __warningregistry__
print(sorted(repr(k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg))
version = reg["version"]
emit("reg")
warnings.filterwarnings("default", message="nothing")
emit("reg")
print(reg["version"] == version + 1, len(reg))

# stacklevel and where a too-large one lands
def outer():
    emit("level2", level=2)
    emit("level3", level=3)
outer()
emit("deep", level=50)
print(sys.__warningregistry__.get(("deep", UserWarning, 0)))

# skip_file_prefixes: frames from these files are passed over (and the level is at least 2)
lib = {"warnings": warnings}
exec(compile("def helper():\n    warnings.warn('skipped', UserWarning, skip_file_prefixes=('/fake/',))\n"
             "def middle():\n    helper()\n", "/fake/lib.py", "exec"), lib)
def caller():
    lib["middle"]()
caller()
exec(compile("def direct():\n    warnings.warn('level 2', UserWarning, skip_file_prefixes=('/other/',))\n", "/fake/lib.py", "exec"), lib)
lib["direct"]()
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn("x", skip_file_prefixes=(1,))
except TypeError as e:
    print("TypeError", e)

# categories
for cat in (None, DeprecationWarning, int, "x"):
    try:
        warnings.warn("cat", cat)
        print("ok", cat)
    except TypeError as e:
        print("TypeError", e)
warnings.warn(RuntimeWarning("instance wins"), UserWarning)

class MyWarning(UserWarning):
    pass
warnings.simplefilter("ignore", MyWarning)
warnings.warn("mine", MyWarning)
warnings.warn("sub", UserWarning)

# message and module filters are regular expressions; lineno filters one line
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="hid")
warnings.filterwarnings("error", module="nomatch")
warnings.warn("hidden")
warnings.warn("visible")
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.filterwarnings("always", lineno=sys._getframe().f_lineno + 1)
warnings.warn("this line")
warnings.warn("not this line")

# warn_explicit
warnings.resetwarnings()
registry = {}
warnings.warn_explicit("explicit", UserWarning, "file.py", 7, registry=registry)
warnings.warn_explicit("explicit", UserWarning, "file.py", 7, registry=registry)
warnings.warn_explicit("mod", UserWarning, "file.py", 8, module="m")
try:
    warnings.warn_explicit("x", UserWarning, "f", 1, registry=[])
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=[])
except TypeError as e:
    print("TypeError", e)
warnings.filters.append(("bogus", None, Warning, None, 0))
warnings.filters.pop(0) if warnings.filters[0][0] != "bogus" else None
warnings.resetwarnings()
warnings.filters.append(("bogus", None, Warning, None, 0))
try:
    warnings.warn("bogus")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.filters[:] = [("error", None, Warning)]
try:
    warnings.warn("short")
except ValueError as e:
    print("ValueError", e)
warnings.filters[:] = []
saved = warnings.defaultaction
warnings.defaultaction = 3
try:
    warnings.warn("bad default")
except TypeError as e:
    print("TypeError", e)
warnings.defaultaction = "error"
try:
    warnings.warn("default error")
except UserWarning as e:
    print("raised", e)
warnings.defaultaction = saved

# the lock
try:
    _warnings._release_lock()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    _warnings._filters_mutated_lock_held()
except RuntimeError as e:
    print("RuntimeError", e)
_warnings._acquire_lock()
_warnings._acquire_lock()
_warnings._filters_mutated_lock_held()
_warnings._release_lock()
_warnings._release_lock()
print("done")
