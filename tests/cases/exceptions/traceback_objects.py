# types.TracebackType: the constructor, tb_lasti in bytes, tb_lineno and the tb_next chain.
import sys
import types

def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__

other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(None, frame, 1, 2)
print(tb.tb_next)
tb = types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=4, tb_lineno=7)
print(tb.tb_lasti, tb.tb_lineno)

for args in [("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2),
             (other, frame, 1, "nuh-uh"), (other, frame, 1), (other, frame, 1, 2**40)]:
    try:
        types.TracebackType(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# A raised traceback: tb_lasti is an even byte offset, tb_lineno the raising line.
print(other.tb_lasti % 2, other.tb_lineno - other.tb_frame.f_code.co_firstlineno)
try:
    raise ValueError
except ValueError as e:
    t = e.__traceback__
    print(t.tb_lineno == sys._getframe().f_lineno - 3, t.tb_next)

# A constructed traceback can be attached and raised.
try:
    raise KeyError("k").with_traceback(types.TracebackType(None, frame, 0, 99))
except KeyError as e:
    print(e.__traceback__.tb_next.tb_lineno)
