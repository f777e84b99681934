# reference: python3
# Each thread has its own current contextvars Context (threads: native CPython is the reference).
from contextvars import ContextVar
v = ContextVar('v', default=1)
import _thread
done = _thread.allocate_lock()
done.acquire()
seen = []
def in_thread():
    seen.append(v.get())
    v.set('thread')
    seen.append(v.get())
    done.release()
main_token = v.set('main')
_thread.start_new_thread(in_thread, ())
done.acquire()
print(seen, v.get())

v.reset(main_token)
print(v.get())
