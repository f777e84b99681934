# The pickler's memo: objects met again are fetched by reference, including ones that only
# become reachable again while pickling (through __reduce__, persistent_id, a file's write),
# tuples reached through their own items, and picklers reused across dumps.
import io
import pickle
import pickletools


def show(label, data):
    ops = [op.name for op, arg, pos in pickletools.genops(data)]
    print(label, len(data), ops.count("BINGET") + ops.count("LONG_BINGET") + ops.count("GET"),
          ops.count("MEMOIZE") + ops.count("BINPUT") + ops.count("LONG_BINPUT") + ops.count("PUT"))


# Strings and tuples met once and twice.
words = ["w%d" % i for i in range(5)]
data = [(i, words[i % 5], "own%d" % i) for i in range(20)]
data.append(data[3])
for proto in range(6):
    s = pickle.dumps(data, proto)
    back = pickle.loads(s)
    show("plain %d" % proto, s)
    print(back == data, back[3] is back[-1], back[0][1] is back[5][1])


class Grab:
    """Its reduction makes the list hold its first tuple (and that tuple's text) a second time."""
    def __init__(self, target):
        self.target = target
    def __reduce__(self):
        self.target.append(self.target[0])
        self.target.append(self.target[0][1])
        return (str, ("grab",))


for proto in (0, 2, 4, 5):
    lst = [(1, "first-%d" % proto), ("x" * 3, "y")]
    lst.append(Grab(lst))
    s = pickle.dumps(lst, proto)
    back = pickle.loads(s)
    show("grab %d" % proto, s)
    print(back[:3], back[3] is back[0], back[4] is back[0][1])


class Loop:
    """Its reduction puts the tuple being saved into the list inside that tuple."""
    def __init__(self, holder):
        self.holder = holder
    def __reduce__(self):
        t = self.holder[0]
        t[2].append(t)
        return (int, (7,))


for proto in (2, 4):
    holder = []
    holder.append((Loop(holder), "mid-%d" % proto, []))
    s = pickle.dumps(holder, proto)
    back = pickle.loads(s)
    show("loop %d" % proto, s)
    print(back[0][0], back[0][1], back[0][2][0] is back[0], back[0][2][0][1] is back[0][1])


# A tuple reached through its own items.
t = ([],)
t[0].append(t)
for proto in (0, 2, 5):
    s = pickle.dumps([t], proto)
    back = pickle.loads(s)
    show("recursive %d" % proto, s)
    print(back[0][0][0] is back[0])

# A reused pickler: the second dump refers to the first one's objects.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
items = [("a", "b"), ("c", "d")]
p.dump(items)
first = items[0]
items.clear()
p.dump([first, first[1], ("c", "d")])
f.seek(0)
u = pickle.Unpickler(f)
one = u.load()
two = u.load()
print(one, two, two[0] is one[0], two[1] is one[0][1], len(p.memo.copy()))
print(sorted(i for i, o in p.memo.copy().values()))

# The memo seen from Python while pickling (persistent_id, a file's write).
seen = []
class Seer(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == "peek":
            seen.append(len(self.memo.copy()))
        return None
rows = [("r%d" % i, i) for i in range(10)] + ["peek"] + [("r%d" % i, i) for i in range(3)]
b = io.BytesIO()
Seer(b, 4).dump(rows)
print(seen, pickle.loads(b.getvalue())[-3:])

class Writer:
    def __init__(self):
        self.chunks = []
        self.sizes = []
    def write(self, data):
        self.chunks.append(bytes(data))
        self.sizes.append(len(pickler.memo.copy()))
big = [("row %d" % i, i, "v" * (i % 7)) for i in range(30000)]
w = Writer()
pickler = pickle.Pickler(w, 4)
pickler.dump(big + [big[0], big[-1]])
whole = b"".join(w.chunks)
again = pickle.loads(whole)
print(len(w.chunks), w.sizes[:3], len(pickler.memo.copy()), again[-2:], again[-2] is again[0], again[-1] is again[-3])
