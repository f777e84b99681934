# reference: python3
# Two threads increment a shared counter under a lock; the GIL switches between them
# (a tiny switch interval forces it), and no increment is lost.
import sys
import threading

sys.setswitchinterval(1e-6)
counter = 0
lock = threading.Lock()
seen = set()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            counter = value + 1
    seen.add(threading.get_ident())


threads = [threading.Thread(target=work, args=(20_000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("two threads ran:", len(seen) == 2, threading.get_ident() not in seen)
print("alive after join:", [t.is_alive() for t in threads])
print("lock released:", not lock.locked())
