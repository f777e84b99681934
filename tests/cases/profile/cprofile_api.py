# _lsprof.Profiler's API: enable/disable through sys.monitoring, the context manager, clear,
# custom timers (int ticks with timeunit, float seconds), and the errors CPython gives.
import sys
import cProfile
import _lsprof

mon = sys.monitoring
p = cProfile.Profile()
print(mon.get_tool(mon.PROFILER_ID))
p.enable()
print(mon.get_tool(mon.PROFILER_ID))
try:
    cProfile.Profile().enable()
except ValueError as e:
    print("ValueError:", e)
p.disable()
print(mon.get_tool(mon.PROFILER_ID))
p.disable()  # disabling twice is fine

with cProfile.Profile() as q:
    print(q is not None, mon.get_tool(mon.PROFILER_ID))
print(mon.get_tool(mon.PROFILER_ID))

# Another tool holding PROFILER_ID blocks the profiler.
mon.use_tool_id(mon.PROFILER_ID, "other")
try:
    p.enable()
except ValueError as e:
    print("ValueError:", e)
mon.free_tool_id(mon.PROFILER_ID)

# A deterministic timer: each reading is one tick of 1 ms.
ticks = 0
def timer():
    global ticks
    ticks += 1
    return ticks

def f():
    return g() + g()

def g():
    return 1

p = _lsprof.Profiler(timer, 0.001)
p.enable()
f()
p.disable()
for e in sorted(p.getstats(), key=lambda e: str(getattr(e.code, "co_name", e.code))):
    print(getattr(e.code, "co_name", e.code), e.callcount, round(e.totaltime, 6), round(e.inlinetime, 6),
          None if e.calls is None else [(s.code.co_name, s.callcount, round(s.totaltime, 6)) for s in e.calls])
p.clear()
print(p.getstats())

# subcalls=False: no calls lists; builtins=False: no builtin entries. enable() without
# arguments turns both on again, whatever the constructor said.
for enable_args in ({}, {"subcalls": False, "builtins": False}):
    p = _lsprof.Profiler(subcalls=False, builtins=False)
    p.enable(**enable_args)
    f()
    len([])
    p.disable()
    print(sorted((getattr(e.code, "co_name", e.code), e.callcount, e.calls is None) for e in p.getstats()))
p.enable(subcalls=True, builtins=True)
len([])
p.disable()
print(sorted(e.code for e in p.getstats() if isinstance(e.code, str)))

# A float timer is in seconds.
p = _lsprof.Profiler(lambda: 2.5)
p.enable()
g()
p.disable()
print([(e.code.co_name, e.totaltime) for e in p.getstats() if not isinstance(e.code, str)])

# Errors
for args, kw in [((), {"timeunit": "x"}), ((None, 0.0, 1, 1, 1), {}), ((), {"bogus": 1})]:
    try:
        _lsprof.Profiler(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
for meth, n in [("_pystart_callback", 2), ("_pyreturn_callback", 3), ("_ccall_callback", 4), ("_creturn_callback", 4)]:
    try:
        getattr(p, meth)()
    except TypeError as e:
        print("TypeError:", e)
    print(getattr(p, meth)(*[None] * n))

# A timer that fails, or returns what is not a time, is reported as unraisable and reads as 0.
def hook(u):
    print("unraisable:", u.exc_type.__name__, u.err_msg.split(" <")[0])
sys.unraisablehook = hook
p = _lsprof.Profiler(lambda: int)
p.enable()
p.disable()
p = _lsprof.Profiler(lambda: "1", 1.0)
p.enable()
p.disable()

# disable() and clear() cannot run inside the timer.
def evil():
    evil.n += 1
    if evil.n == evil.at:
        getattr(prof, evil.what)()
    return evil.n
for what in ("disable", "clear"):
    for at in (1, 2):
        evil.n, evil.at, evil.what = 0, at, what
        prof = _lsprof.Profiler(evil)
        prof.enable()
        (lambda: None)()
        prof.disable()
        prof.clear()
sys.unraisablehook = sys.__unraisablehook__
print(mon.get_tool(mon.PROFILER_ID))
