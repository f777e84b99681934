# sys.settrace: 'exception' events as an exception is raised, caught, re-raised and
# propagates through frames; a trace function that raises stops tracing.
import sys

events = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), arg[2].tb_lineno - frame.f_code.co_firstlineno)
    events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return tracer

def inner():
    raise KeyError("k")

def middle():
    try:
        inner()
    finally:
        x = 1

def outer():
    try:
        middle()
    except KeyError as e:
        return "caught"

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

def catch_reraise():
    try:
        reraise()
    except ArithmeticError:
        pass
    with open(__file__) as fh:
        pass
    return None

sys.settrace(tracer)
outer()
catch_reraise()
sys.settrace(None)
for e in events:
    print(*e)

# An exception from the trace function propagates into the traced code and turns tracing off.
def bad(frame, event, arg):
    if event == 'line':
        raise RuntimeError("from the tracer")
    return bad

def victim():
    a = 1
    return a

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())
sys.settrace(None)
