# _bisect: bisect_left/right and insort_left/right with lo/hi/key, on lists and other
# sequences, with CPython's errors (test_bisect.py's behaviours).
import _bisect as b

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 4, 8, 9):
    print(x, b.bisect_left(a, x), b.bisect_right(a, x), b.bisect_left(a, x, 2), b.bisect_right(a, x, 1, 4))
print(b.bisect_right(a, 2, hi=-1), b.bisect_right(a, 2, hi=None), b.bisect_right(a, 2, 5, 2), b.bisect_left(a, 2, hi=-5))
print(b.bisect_left(a, 2, lo=0, hi=100) if False else "skip")
print(b.bisect_right(range(100), 42), b.bisect_left(range(0, 100, 5), 42), b.bisect_right((1, 2, 3), 2), b.bisect_left('abcde', 'c'))
t(lambda: b.bisect_left(a, 1, -1))
t(lambda: b.bisect_right(a, 1, lo=-3))
t(lambda: b.insort_left(a, 1, -1))
t(lambda: b.bisect_left(a, 1, 'x'))
t(lambda: b.bisect_left(a, 1, 0, 'x'))
t(lambda: b.bisect_left(10, 1))
t(lambda: b.bisect_left(a))
t(lambda: b.bisect_left(a, 1, 0, 5, 6))
t(lambda: b.bisect_left(a, 1, keyy=None))
t(lambda: b.bisect_left(a, 'x'))
t(lambda: b.bisect_left({1: 2}, 1))
t(lambda: b.bisect_right([1, 2, 3], 2, 0, 10))

# key=
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
key = lambda r: r[1]
print(b.bisect_left(recs, 3, key=key), b.bisect_right(recs, 3, key=key), b.bisect_left(recs, 3, key=None) if False else '')
b.insort_left(recs, ('x', 3), key=key); b.insort_right(recs, ('y', 3), key=key); b.insort(recs, ('z', 0), key=key) if hasattr(b, 'insort') else None
print(recs)
t(lambda: b.bisect_left(recs, 3, key=5))
t(lambda: b.insort_left([1], 3, key=lambda v: 1 / 0))

# insort
l = []
for x in (5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5):
    b.insort_right(l, x)
print(l)
l2 = []
for x in (5, 1, 4, 1.0, 5, 9, 2, 6, 5.0, 3, 5):
    b.insort_left(l2, x)
print(l2)
b.insort_right(l2, 4.0, 0, 3); print(l2)

class Seq:
    def __init__(self): self.data = [1, 3, 5]; self.log = []
    def __len__(self): return len(self.data)
    def __getitem__(self, i): self.log.append(i); return self.data[i]
    def insert(self, i, x): self.log.append(('insert', i, x)); self.data.insert(i, x)
s = Seq(); b.insort_left(s, 4); print(s.data, s.log)
class Sub(list):
    def insert(self, i, x):
        print('Sub.insert', i, x)
        list.insert(self, i, x)
s = Sub([1, 2, 4]); b.insort_right(s, 3); print(s)
t(lambda: b.insort_right((1, 2), 3))
class Bad:
    def __lt__(self, o): raise ValueError('cmp')
t(lambda: b.bisect_left([1, 2, 3], Bad()))
t(lambda: b.bisect_right([1, 2, 3], Bad()))
print(b.bisect_left.__text_signature__, b.insort_right.__doc__.splitlines()[0])
print(sorted(n for n in dir(b) if not n.startswith('_')))
