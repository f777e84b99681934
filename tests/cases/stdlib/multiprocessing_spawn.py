# reference: python3
# multiprocessing with the spawn start method (_multiprocessing.SemLock, _posixshmem): processes,
# queues, pools, locks and semaphores shared with children, events, shared memory, exit codes
# and errors.
import multiprocessing as mp
import os
from multiprocessing import shared_memory


def square(x):
    return x * x


def produce(q, n):
    print("hello from a child", flush=True)
    for i in range(n):
        q.put(("item", i))
    q.put(None)


def hold(lock, q, released):
    q.put(lock.acquire(timeout=0.2))
    released.wait()
    q.put(lock.acquire(timeout=10))


def fill(name, size):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:size] = bytes(range(size))
    shm.close()


def fail():
    raise SystemExit(3)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")

    p = ctx.Process(target=fail)
    p.start()
    p.join()
    print("exitcode", p.exitcode)

    q = ctx.Queue()
    p = ctx.Process(target=produce, args=(q, 3))
    p.start()
    items = []
    while (item := q.get()) is not None:
        items.append(item)
    p.join()
    print(items)

    with ctx.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(sorted(pool.imap_unordered(square, range(5))))
        print(pool.apply(square, (12,)))

    # A lock held here is not free in the child until it is released here.
    lock = ctx.Lock()
    released = ctx.Event()
    lock.acquire()
    p = ctx.Process(target=hold, args=(lock, q, released))
    p.start()
    print("child got the held lock:", q.get())
    lock.release()
    released.set()
    print("child got the released lock:", q.get())
    p.join()

    sem = ctx.BoundedSemaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.05), sem.get_value())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

    rlock = ctx.RLock()
    with rlock:
        with rlock:
            print("nested", rlock._semlock._count(), rlock._semlock._is_mine())
    try:
        rlock.release()
    except AssertionError as e:
        print("AssertionError:", e)

    shm = shared_memory.SharedMemory(create=True, size=16)
    p = ctx.Process(target=fill, args=(shm.name, 8))
    p.start()
    p.join()
    print(bytes(shm.buf[:10]))
    shm.close()
    shm.unlink()
    try:
        shared_memory.SharedMemory(name=shm.name)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    sl = shared_memory.ShareableList([1, 2.5, "x", None])
    print(list(sl))
    sl.shm.close()
    sl.shm.unlink()

    ev = ctx.Event()
    print(ev.is_set(), ev.wait(0.01))
    ev.set()
    print(ev.is_set(), ev.wait(0.01))

    # POSIX shared memory objects (multiprocessing.shared_memory's layer below mmap).
    import _posixshmem
    name = f"/sharpy_case_{os.getpid()}"
    fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
    os.write(fd, b"shared")
    os.lseek(fd, 0, os.SEEK_SET)
    print(os.read(fd, 6), os.fstat(fd).st_size)
    os.close(fd)
    try:
        _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.filename == name)
    _posixshmem.shm_unlink(name)
    try:
        _posixshmem.shm_unlink(name)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, e.filename == name)
