# sys.setprofile: 'call'/'return' for Python functions, 'c_call'/'c_return'/'c_exception'
# for builtin functions and methods, with the function (bound) as the argument.
import sys

events = []

def profiler(frame, event, arg):
    if event.startswith('c_'):
        arg = getattr(arg, '__qualname__', None) or arg.__name__
    else:
        arg = repr(arg)
    events.append((frame.f_code.co_name, event, arg))

class A:
    def method(self):
        return len(self.__class__.__name__)

def work():
    x = len([1, 2, 3])
    s = "a,b".split(",")
    d = {}
    d.setdefault("k", 1)
    A().method()
    sorted([3, 1, 2], key=abs)
    try:
        int("x")
    except ValueError:
        pass
    return max(x, 2)

sys.setprofile(profiler)
work()
sys.setprofile(None)
for e in events:
    print(*e)
print(sys.getprofile())

# A profile function that raises is removed; its exception propagates.
def bad(frame, event, arg):
    if event == 'c_call':
        raise ValueError("profiler")
def calls_builtin():
    return len("abc")
sys.setprofile(bad)
try:
    calls_builtin()
except ValueError as e:
    print("caught", e, sys.getprofile())
sys.setprofile(None)
