# sys's runtime settings and hooks: trace/profile functions kept per thread, call_tracing,
# switch interval, breakpointhook's PYTHONBREAKPOINT.
import os
import sys
import warnings

def tracer(frame, event, arg):
    return None

print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.gettrace(), sys.getprofile())

print(sys.call_tracing(len, ([1, 2],)), sys.getdefaultencoding(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())

for f, args in ((sys.setswitchinterval, (0,)), (sys.setswitchinterval, (-1.0,)),
                (sys.call_tracing, (len, [1]))):
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

os.environ["PYTHONBREAKPOINT"] = "0"
print(sys.breakpointhook())
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(sys.breakpointhook([1, 2, 3]))
os.environ["PYTHONBREAKPOINT"] = "nosuch_module_x.f"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(sys.breakpointhook(), w[0].category.__name__, w[0].message)
print(sys._is_immortal(None), sys._is_gil_enabled(), sys.api_version, sys.copyright.splitlines()[0])

# sys.intern keeps the str it is given when its text is new; subclasses are refused.
s = "never interned before" + str(1234)
print(sys.intern(s) is s, sys.intern("never interned before" + "1234") is s)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
# sys.flags and sys.version_info cannot be instantiated, not even through tuple.__new__.
for t in (type(sys.flags), type(sys.version_info)):
    try:
        t.__new__(t)
    except TypeError as e:
        print(e)
print(isinstance(sys.orig_argv, list), sys.implementation.supports_isolated_interpreters)
