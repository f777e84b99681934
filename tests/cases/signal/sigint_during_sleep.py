# reference: python3
# SIGINT during time.sleep raises KeyboardInterrupt in the main thread at once (the
# sleep does not run to its end); with a Python handler the sleep is resumed (PEP 475).
import os
import signal
import threading
import time


def send_later(delay):
    threading.Timer(delay, os.kill, (os.getpid(), signal.SIGINT)).start()


send_later(0.2)
start = time.monotonic()
try:
    time.sleep(30)
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep, early:", time.monotonic() - start < 10)

got = []
signal.signal(signal.SIGINT, lambda s, f: got.append(signal.Signals(s).name))
send_later(0.1)
start = time.monotonic()
time.sleep(0.5)
print("handler ran:", got, "sleep resumed to its end:", time.monotonic() - start >= 0.5)
