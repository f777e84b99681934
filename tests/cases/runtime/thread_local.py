# reference: python3
# _thread._local: attributes per thread, dicts separate, no init arguments without __init__.
import threading, _thread
loc = threading.local()
loc.x = 1
seen = []
def work():
    seen.append(hasattr(loc, "x"))
    loc.x = 2
    seen.append(loc.x)
t = threading.Thread(target=work); t.start(); t.join()
print(seen, loc.x, loc.__dict__)
try:
    _thread._local(1)
except TypeError as e:
    print(e)
class L(_thread._local):
    def __init__(self, v): self.v = v
print(L(5).v, threading.current_thread().name)
