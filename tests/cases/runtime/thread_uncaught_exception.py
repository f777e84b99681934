# reference: python3
# A thread's uncaught exception goes to threading.excepthook: the default prints the
# thread's name and the traceback to stderr and the thread ends; a replaced hook gets
# the ExceptHookArgs; SystemExit in a thread is silent.
import io
import sys
import threading


def fails():
    raise ValueError("bad value in thread")


sys.stderr = io.StringIO()
t = threading.Thread(target=fails, name="worker")
t.start()
t.join()
report, sys.stderr = sys.stderr.getvalue().splitlines(), sys.__stderr__
# the traceback's middle lines are threading.py's own, which differ between versions
print("default hook:", report[0], "|", report[1], "|", report[-2].strip(), "|", report[-1])
print("main continues, worker alive:", t.is_alive())

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                   args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
print("hook got:", caught)

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=lambda: exit(3), name="exits")
t.start()
t.join()
print("SystemExit in a thread is silent")
