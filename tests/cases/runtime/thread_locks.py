# reference: python3
# _thread: threads under the GIL, locks and reentrant locks, errors (APIs common to 3.11 and 3.14).
import _thread

lock = _thread.allocate_lock()
print(repr(lock).split(' object')[0], lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
print(repr(lock).split(' object')[0])
lock.release()
for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1)]:
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

# Four threads increment a shared counter under the lock.
counter = 0
finished = []
def work(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
    with lock:
        finished.append(_thread.get_ident())
    # Alive until all four have reported: an ended thread's ident may be given to a later one.
    while True:
        with lock:
            if len(finished) == 4:
                break
for _ in range(4):
    _thread.start_new_thread(work, (5000,))
while True:
    with lock:
        if len(finished) == 4:
            break
while _thread._count():
    pass  # the four threads end
print(counter, len(set(finished)), _thread.get_ident() not in finished)

# A reentrant lock counts its owner's acquisitions; another thread cannot release it.
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned(), repr(r).split(' owner')[0])
print(r._is_owned(), repr(r).split(' owner')[0])
try:
    r.release()
except RuntimeError as e:
    print(e)
r.acquire()
errors = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    finished.append(0)
_thread.start_new_thread(other, ())
while len(finished) < 5:
    pass
print(errors, r._is_owned())
r.release()

# Keyword arguments, and the argument checks.
got = []
done = _thread.allocate_lock()
done.acquire()
def kw(a, b=0):
    got.append(a + b)
    done.release()
_thread.start_new_thread(kw, (1,), {'b': 2})
done.acquire()
print(got)
for args in [(1, ()), (kw, [1]), (kw, (), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print(e)
print(_thread.error is RuntimeError, _thread.LockType is type(lock), _thread.TIMEOUT_MAX > 1e9)
