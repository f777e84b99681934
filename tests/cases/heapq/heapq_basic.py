# _heapq: push/pop/replace/pushpop/heapify and 3.14's max-heap variants, with the errors
# and the "list changed size during iteration" checks (test_heapq.py's behaviours).
import _heapq as h

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def check_invariant(heap, mx=False):
    for pos, item in enumerate(heap):
        if pos:
            parent = (pos - 1) >> 1
            assert (heap[parent] >= item) if mx else (heap[parent] <= item), (pos, heap)

# a deterministic pseudo-random sequence
def seq(n, seed=12345):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2**31
        out.append(x % 1000)
    return out

data = seq(256)
heap = []
for item in data:
    h.heappush(heap, item)
    check_invariant(heap)
results = [h.heappop(heap) for _ in range(len(data))]
print(results == sorted(data), heap)

for size in (0, 1, 2, 3, 10, 100, 3000, 5001):
    heap = seq(size, size)
    h.heapify(heap)
    check_invariant(heap)
    mheap = seq(size, size)
    h.heapify_max(mheap)
    check_invariant(mheap, True)
print(heap[:8], mheap[:8])

heap = seq(10); h.heapify(heap); print(heap)
print(h.heapreplace(heap, 500), heap)
print(h.heappushpop(heap, -1), h.heappushpop(heap, 700), heap)
print(h.heappushpop([], 'x'))
mh = seq(10); h.heapify_max(mh); print(mh)
h.heappush_max(mh, 2000); print(mh[0], h.heappop_max(mh), h.heappop_max(mh))
print(h.heapreplace_max(mh, -5), h.heappushpop_max(mh, 9999), h.heappushpop_max(mh, 1), mh)
out = []
while mh:
    out.append(h.heappop_max(mh))
print(out == sorted(out, reverse=True), out)

# stability of equal keys follows CPython's sift order
pairs = [(k % 3, i) for i, k in enumerate(seq(20))]
heap = []
for p in pairs:
    h.heappush(heap, p)
print(heap)

# errors
for f in (h.heappush, h.heappushpop, h.heapreplace, h.heappush_max, h.heapreplace_max, h.heappushpop_max):
    t(lambda: f(None, 1))
    t(lambda: f((1,), 1))
for f in (h.heappop, h.heapify, h.heappop_max, h.heapify_max):
    t(lambda: f(None))
t(lambda: h.heappop([]))
t(lambda: h.heapreplace([], 1))
t(lambda: h.heappop_max([]))
t(lambda: h.heapreplace_max([], 1))
t(lambda: h.heappush([]))
t(lambda: h.heappush([], 1, 2))
t(lambda: h.heappush(heap=[], item=1))
t(lambda: h.heapify([1, 'a', 2]))
t(lambda: h.heappush([1, 2], 'a'))

class L(list):
    pass
l = L([5, 3, 1]); h.heapify(l); print(l, type(l).__name__)

# comparisons that mutate the heap
class EvilLen:
    def __init__(self, heap): self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
heap = [1, 2, 3]
t(lambda: h.heappush(heap, EvilLen(heap)))
heap = []
heap.extend(EvilLen(heap) for _ in range(5))
t(lambda: h.heapify(heap))
heap = [EvilLen(None), 1]
class Cmp:
    def __lt__(self, o):
        raise ZeroDivisionError('no')
t(lambda: h.heappushpop([1], Cmp()))
t(lambda: h.heappop([Cmp(), Cmp(), Cmp()]))
print(h.heappush.__doc__, h.heapify_max.__text_signature__)
print(sorted(n for n in dir(h) if not n.startswith('_')))
