# reference: python3
# A signal interrupts a blocking system call of the main thread (PEP 475): the handler runs,
# and its exception ends the call; when the handler returns, the call is retried.
import os
import signal
import threading

r, w = os.pipe()

def fail(signum, frame):
    raise ZeroDivisionError("from the handler")

signal.signal(signal.SIGALRM, fail)
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    os.write(w, b"x" * (1 << 22))   # far more than the pipe holds: blocks
except ZeroDivisionError as e:
    print("write interrupted:", e)
signal.setitimer(signal.ITIMER_REAL, 0)

# The handler drains the pipe and returns: the write is retried and makes progress.
drained = []
def drain(signum, frame):
    drained.append(len(os.read(r, 1 << 20)))

signal.signal(signal.SIGALRM, drain)
signal.setitimer(signal.ITIMER_REAL, 0.2, 0.2)
n = os.write(w, b"y" * 100000)
signal.setitimer(signal.ITIMER_REAL, 0)
print("write retried:", n > 0, bool(drained))

# A blocking read of an empty pipe, interrupted: the handler's exception comes out of read().
r2, w2 = os.pipe()
signal.signal(signal.SIGALRM, fail)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    os.read(r2, 10)
except ZeroDivisionError as e:
    print("read interrupted:", e)

# A handler that returns lets the read go on until data comes.
signal.signal(signal.SIGALRM, lambda s, f: drained.append("tick"))
signal.setitimer(signal.ITIMER_REAL, 0.1)
threading.Timer(0.4, os.write, (w2, b"late")).start()
print("read after the handler:", os.read(r2, 10), "tick" in drained)
