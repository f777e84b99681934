# reference: python3
# signal.alarm interrupts a running Python loop: the handler runs in the main thread
# at the next instruction boundary, and an exception it raises ends the loop there.
import signal
import time


class Timeout(Exception):
    pass


def handler(signum, frame):
    print("handler:", signal.Signals(signum).name, "in", frame.f_code.co_name)
    raise Timeout


def spin():
    n = 0
    while True:
        n += 1


signal.signal(signal.SIGALRM, handler)
start = time.monotonic()
signal.alarm(1)
try:
    spin()
except Timeout:
    print("loop interrupted after about a second:", 0.5 < time.monotonic() - start < 5)
print("alarm left:", signal.alarm(0))

hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
while len(hits) < 3:
    pass
signal.setitimer(signal.ITIMER_REAL, 0)
print("interval timer hits:", hits[:3])
