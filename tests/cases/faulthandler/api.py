# faulthandler's functions called in-process: what they write, what they return, and
# CPython's errors for bad files, timeouts and signal numbers.
import faulthandler
import os
import re
import signal
import sys
import tempfile
import warnings


def dumped(write, **kw):
    """What write(file) dumps, keeping the header and this file's frames, thread ids masked."""
    with tempfile.TemporaryFile("w+b") as f:
        write(f, **kw)
        f.seek(0)
        text = f.read().decode("ascii")
    lines = []
    for line in text.splitlines():
        line = re.sub(r"0x[0-9a-f]+", "0x...", line)
        if line.startswith("  File ") and "api.py" not in line and "<string>" not in line:
            continue
        lines.append(line.replace(__file__, "api.py"))
    return lines


def inner():
    return dumped(faulthandler.dump_traceback, all_threads=False)


def outer():
    return inner()


print(outer())
print(dumped(lambda f: faulthandler.dump_traceback(f)))
print(dumped(lambda f: faulthandler.dump_traceback(f.fileno(), False)))
print(dumped(lambda f: faulthandler.dump_c_stack(f))[:1])


def héllo_一():
    return dumped(faulthandler.dump_traceback, all_threads=False)


print(héllo_一())
long_name = "f" * 510
exec(f"def {long_name}(): return dumped(faulthandler.dump_traceback, all_threads=False)")
print([len(line) for line in globals()[long_name]()])

# enable / disable / is_enabled
print(faulthandler.is_enabled(), faulthandler.disable())
with tempfile.TemporaryFile() as f:
    print(faulthandler.enable(f), faulthandler.is_enabled())
    print(faulthandler.enable(file=f.fileno(), all_threads=False, c_stack=False))
    print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())

# Bad files
class NoFileno:
    pass
class BadFileno:
    def __init__(self, value):
        self.value = value
    def fileno(self):
        return self.value
for bad in [-1, 2**40, "x", 1.5, NoFileno(), BadFileno(-2), BadFileno("3"), BadFileno(2**40)]:
    for func in (faulthandler.dump_traceback, faulthandler.enable, faulthandler.dump_c_stack):
        try:
            func(bad)
        except Exception as e:
            print(func.__name__, type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    with tempfile.TemporaryFile() as f:
        faulthandler.enable(True)
        faulthandler.disable()
print([(x.category.__name__, str(x.message)) for x in w])
saved = sys.stderr
sys.stderr = None
for func, args in [(faulthandler.enable, ()), (faulthandler.dump_traceback, ()),
                   (faulthandler.dump_traceback_later, (1e-3,)), (faulthandler.register, (signal.SIGUSR1,))]:
    try:
        func(*args)
    except RuntimeError as e:
        print(func.__name__, "RuntimeError", e)
sys.stderr = saved

# Timeouts
for args in [(0,), (-1,), ("x",), (float("nan"),)]:
    try:
        print(faulthandler.dump_traceback_later(*args), faulthandler.cancel_dump_traceback_later())
    except Exception as e:
        print(type(e).__name__, e)
print(faulthandler.cancel_dump_traceback_later(), faulthandler.cancel_dump_traceback_later())

# Signal numbers
for signum in [signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS, signal.SIGILL, 0, -1, 65, 1000]:
    for func in (faulthandler.register, faulthandler.unregister):
        try:
            func(signum)
        except Exception as e:
            print(func.__name__, signum, type(e).__name__, e)
print(faulthandler.unregister(signal.SIGUSR2))
for args, kw in [((), {}), ((1, 2, 3, 4, 5), {}), ((), {"bogus": 1})]:
    try:
        faulthandler.dump_traceback_later(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
