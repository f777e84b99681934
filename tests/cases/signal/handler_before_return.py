# reference: python3
# A signal the program sends itself runs its Python handler before the next statement:
# os.kill of this process, _thread.interrupt_main and signal.raise_signal, with the handler's
# exception raised at the call.
import _thread
import os
import signal

events = []
signal.signal(signal.SIGINT, lambda s, f: events.append(("handler", s)))
os.kill(os.getpid(), signal.SIGINT)
events.append("after kill")
_thread.interrupt_main()
events.append("after interrupt_main")
signal.raise_signal(signal.SIGINT)
events.append("after raise_signal")
print(events)

def fail(s, f):
    raise ZeroDivisionError("from the handler")

signal.signal(signal.SIGINT, fail)
for send in (lambda: os.kill(os.getpid(), signal.SIGINT), _thread.interrupt_main):
    try:
        send()
        print("not raised")
    except ZeroDivisionError as e:
        print("raised:", e)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not raised")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
