# sys.settrace: 'call', 'line', 'return' events of a function with loops and branches,
# the local trace function, f_trace_lines and the line numbers of each event.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while n > 0:
        n -= 1
    return total

def one_line_loop(n):
    while n: n -= 1
    return n

def conditional(x):
    y = x if x > 0 else -x
    z = x and y or 0
    return [a for a in range(y) if a != z]

sys.settrace(tracer)
loop(3)
one_line_loop(2)
conditional(2)
sys.settrace(None)
for e in events:
    print(*e)

# A global function that returns None: only 'call' events.
calls = []
def global_only(frame, event, arg):
    calls.append((frame.f_code.co_name, event))
sys.settrace(global_only)
loop(2)
sys.settrace(None)
print(calls)

# f_trace_lines = False: no 'line' events for that frame.
seen = []
def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    seen.append(event)
    return no_lines
sys.settrace(no_lines)
loop(2)
sys.settrace(None)
print(seen)
print(sys.gettrace())
