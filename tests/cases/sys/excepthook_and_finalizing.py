# reference: python3
# sys.excepthook prints what it is given (a non-exception as CPython's fallback does, a given
# traceback on an exception without one); sys.is_finalizing() is true once shutdown has begun
# (in a __del__ run at exit).
import sys

sys.stderr = sys.stdout
sys.excepthook(1, '1', 1)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
sys.excepthook(ValueError, ValueError("given a traceback"), tb)
sys.stderr = sys.__stderr__

class AtExit:
    is_finalizing = sys.is_finalizing
    print = print
    def __del__(self):
        self.print("finalizing in __del__ at exit:", self.is_finalizing(), flush=True)

print("finalizing now:", sys.is_finalizing())
ref = AtExit()
