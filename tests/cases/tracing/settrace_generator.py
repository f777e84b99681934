# sys.settrace: a generator's 'call' on each resumption, 'return' on each yield, and
# throw()/close(); sys.setprofile on the same generator.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield x
    return "end"

def delegate():
    r = yield from gen(2)
    return r

def use():
    g = gen(3)
    next(g)
    g.send("s")
    try:
        g.throw(ValueError("v"))
    except ValueError:
        pass
    list(delegate())
    g2 = gen(5)
    next(g2)
    g2.close()

sys.settrace(tracer)
use()
sys.settrace(None)
for name, event, line, arg in events:
    print(name, event, line, type(arg).__name__ if event == 'exception' else arg)

prof = []
def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        prof.append((frame.f_code.co_name, event))
sys.setprofile(profiler)
list(gen(2))
sys.setprofile(None)
print(prof)
