# reference: python3
# sys._current_frames(): every thread's innermost frame, by thread identifier; a thread that
# has finished is gone from it.
import sys, threading

entered = threading.Event()
leave = threading.Event()
idents = []

def worker_outer():
    worker_inner()

def worker_inner():
    idents.append(threading.get_ident())
    entered.set()
    leave.wait()

t = threading.Thread(target=worker_outer)
t.start()
entered.wait()
frames = sys._current_frames()
main = threading.get_ident()
print(frames[main] is sys._getframe(), all(isinstance(k, int) and k > 0 for k in frames))
f = frames[idents[0]]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print('worker_inner' in names, names[names.index('worker_inner') + 1])
leave.set()
t.join()
print(idents[0] in sys._current_frames(), list(sys._current_frames()) == [main])
