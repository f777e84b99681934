# _queue.SimpleQueue on one thread: FIFO order, put/get variants, Empty, timeouts, the
# argument errors, subclassing, __class_getitem__, weak references and releasing items.
import _queue, queue, weakref, gc

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

q = _queue.SimpleQueue()
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(_queue.Empty.__mro__, _queue.Empty.__doc__)
print(q.empty(), q.qsize())
for i in range(20):
    q.put(i)
q.put_nowait('x')
q.put('y', block=False, timeout=5)
q.put(item='z')
print(q.empty(), q.qsize())
print([q.get() for _ in range(10)])
for i in range(20, 30):
    q.put(i)
out = []
while not q.empty():
    out.append(q.get_nowait())
print(out, q.qsize())
t(lambda: q.get_nowait())
t(lambda: q.get(False))
t(lambda: q.get(block=False, timeout=-1))
t(lambda: q.get(timeout=0))
t(lambda: q.get(timeout=0.01))
t(lambda: q.get(True, -0.0))
t(lambda: q.get(timeout=-1))
t(lambda: q.get(timeout='x'))
t(lambda: q.get(timeout=float('nan')))
t(lambda: q.get(1, 2, 3))
t(lambda: q.get(foo=1))
t(lambda: q.get_nowait(1))
t(lambda: q.put())
t(lambda: q.put_nowait())
t(lambda: _queue.SimpleQueue(1))
t(lambda: _queue.SimpleQueue(x=1))
t(lambda: _queue.SimpleQueue[int])
print(_queue.SimpleQueue.__doc__)
print(_queue.SimpleQueue.put.__text_signature__, _queue.SimpleQueue.get.__text_signature__)
print(_queue.SimpleQueue.put.__doc__)
print(_queue.SimpleQueue.qsize.__doc__)
print([n for n in dir(_queue.SimpleQueue) if not n.startswith('__')])
print(_queue.__doc__)

class Q(_queue.SimpleQueue):
    def __init__(self, a):
        self.a = a
sq = Q(5)
sq.put(1)
print(type(sq).__name__, sq.a, sq.get())

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

w = weakref.ref(q)
print(w() is q)
q.put(Item(1))
q.put(Item(2))
print(q.get().n)
print('dropping the queue')
del q
print(w())

# A queue in a reference cycle with its item is collected.
q2 = _queue.SimpleQueue()
class Holder:
    pass
h = Holder()
h.q = q2
q2.put(h)
wr = weakref.ref(h)
del h, q2
gc.collect()
print(wr())
