# reference: python3
# _queue.SimpleQueue across threads (APIs common to 3.11 and 3.14): a blocked get wakes for
# a put from another thread, producers and consumers lose and duplicate nothing, and a get
# with a timeout gives up with Empty while another thread runs.
import _queue, threading, time

q = _queue.SimpleQueue()
got = []
def consumer():
    got.append(q.get())
t = threading.Thread(target=consumer)
t.start()
time.sleep(0.05)
q.put('hello')
t.join()
print(got)

N, P = 500, 4
results = _queue.SimpleQueue()
def produce(k):
    for i in range(N):
        q.put((k, i))
def consume():
    items = []
    while True:
        item = q.get(timeout=10)
        if item is None:
            break
        items.append(item)
    results.put(items)
consumers = [threading.Thread(target=consume) for _ in range(3)]
producers = [threading.Thread(target=produce, args=(k,)) for k in range(P)]
for th in consumers + producers:
    th.start()
for th in producers:
    th.join()
for _ in consumers:
    q.put(None)
for th in consumers:
    th.join()
allitems = []
while not results.empty():
    part = results.get()
    # Each producer's items arrive in its order at any one consumer.
    for k in range(P):
        mine = [i for (kk, i) in part if kk == k]
        assert mine == sorted(mine)
    allitems.extend(part)
print(len(allitems), sorted(allitems) == sorted((k, i) for k in range(P) for i in range(N)))

# A timed get gives up while another thread keeps running.
ticks = []
stop = threading.Event()
def ticker():
    while not stop.is_set():
        ticks.append(1)
        time.sleep(0.005)
th = threading.Thread(target=ticker)
th.start()
start = time.monotonic()
try:
    q.get(timeout=0.2)
except _queue.Empty:
    print('Empty', time.monotonic() - start >= 0.19)
stop.set()
th.join()
print(len(ticks) > 5)
