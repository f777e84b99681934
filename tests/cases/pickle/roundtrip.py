# Round trips through _pickle for every protocol: shared and recursive structures keep
# their identity, and classes rebuild through __reduce__, __reduce_ex__, __getstate__ /
# __setstate__, __getnewargs__ / __getnewargs_ex__ (NEWOBJ, NEWOBJ_EX), __slots__, copyreg
# reducers, state setters, list and dict items of a reduce value, and nested class names.
import pickle, copyreg, collections, io

class Plain:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)
    def __repr__(self):
        return f'{type(self).__name__}({self.a!r}, {self.b!r})'

class WithState(Plain):
    def __getstate__(self):
        return {'a': self.a * 2, 'b': self.b}
    def __setstate__(self, state):
        self.a = state['a'] // 2
        self.b = state['b']
        self.restored = True

class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Slotted({self.x!r}, {self.y!r})'

class NewArgs(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (int(self), self.tag)

class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args, self.kwargs = args, kwargs
        return self
    def __getnewargs_ex__(self):
        return self.args, self.kwargs

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n + 1,))

class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, (f'proto {proto}',))

class Container:
    def __init__(self):
        self.items, self.mapping = [], {}
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        self.items.extend(xs)
    def __setitem__(self, k, v):
        self.mapping[k] = v
    def __reduce__(self):
        return (Container, (), None, iter([1, 2, 3]), iter([('a', 1), ('b', 2)]))

def set_state(obj, state):
    obj.from_setter = state

class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'s': 1}, None, None, set_state)

class Outer:
    class Inner:
        class Deep:
            pass

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))

copyreg.pickle(Point, reduce_point)

Pair = collections.namedtuple('Pair', 'left right')

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    shared = [1, 2]
    data = {'shared': (shared, shared), 'plain': Plain(1, 'x'), 'bytes': b'\x00\xff', 'ba': bytearray(b'ab')}
    out = pickle.loads(pickle.dumps(data, proto))
    print(out['plain'], out['shared'][0] is out['shared'][1], out['bytes'], out['ba'])

    rec = [1]
    rec.append(rec)
    r = pickle.loads(pickle.dumps(rec, proto))
    print(r[0], r[1] is r)

    d = {}
    d['self'] = d
    r = pickle.loads(pickle.dumps(d, proto))
    print(r['self'] is r)

    t = ([],)
    t[0].append(t)
    r = pickle.loads(pickle.dumps(t, proto))
    print(type(r).__name__, r[0][0] is r)

    obj = Plain(None, None)
    obj.a = obj
    r = pickle.loads(pickle.dumps(obj, proto))
    print(r.a is r)

    w = pickle.loads(pickle.dumps(WithState(3, [4]), proto))
    print(w, w.restored)
    if proto >= 2:
        print(pickle.loads(pickle.dumps(Slotted(1, (2,)), proto)))
    n = pickle.loads(pickle.dumps(NewArgs(7, 'seven'), proto))
    print(type(n).__name__, int(n), n.tag)
    e = pickle.loads(pickle.dumps(NewArgsEx(1, 2, k='v'), proto))
    print(e.args, e.kwargs)
    print(pickle.loads(pickle.dumps(Reduced(1), proto)).n, pickle.loads(pickle.dumps(ReducedEx(), proto)))
    c = pickle.loads(pickle.dumps(Container(), proto))
    print(c.items, c.mapping)
    print(pickle.loads(pickle.dumps(WithSetter(), proto)).from_setter)
    print(pickle.loads(pickle.dumps([Outer.Inner.Deep, Outer.Inner], proto)))
    p = pickle.loads(pickle.dumps(Point(1, 2), proto))
    print(p.x, p.y)
    print(pickle.loads(pickle.dumps(Pair(1, [2]), proto)))
    print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1, b=2), proto)))
    print(pickle.loads(pickle.dumps(collections.defaultdict(list, {1: [2]}), proto)))
    print(pickle.loads(pickle.dumps([frozenset({1, 2}), {3, 4}, complex(1, -1), range(2, 9, 3)], proto)))
    values = [0, -1, 2**64, -2**70, 3.25, float('inf'), 'ŝtr\n', '\U0001f600', '\udc80', None, True, False]
    print(pickle.loads(pickle.dumps(values, proto)) == values)

    # Through a file: several pickles one after the other, dump and load.
    f = io.BytesIO()
    pickle.dump([1, 'a'], f, proto)
    p = pickle.Pickler(f, proto)
    p.dump({'x': 1})
    p.dump(b'tail')
    f.seek(0)
    print(pickle.load(f), pickle.load(f), pickle.Unpickler(f).load(), f.read())

# Big data through a file goes in more than one write (frames of 64 KiB).
class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))

for proto in (4, 5):
    w = Writer()
    big = [b'x' * 100000, 'y' * 70000, list(range(20000))]
    pickle.dump(big, w, proto)
    print(proto, [len(c) for c in w.chunks], pickle.loads(b''.join(w.chunks)) == big)
del copyreg.dispatch_table[Point]
