# defaultdict: __missing__ through default_factory, construction, repr (with recursion),
# copy, __reduce__, | and |=, subclasses (test_defaultdict.py's behaviours).
from _collections import defaultdict, OrderedDict

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d1 = defaultdict()
print(d1.default_factory, d1)
d1.default_factory = list
d1[12].append(42)
print(d1, d1[12], 13 in d1, d1.get(13), d1[13], 13 in d1)
d1[14] = 15
print(sorted(d1.items()), d1.setdefault(15, 'x'), d1.pop(15))
d2 = defaultdict(list, foo=1, bar=2)
print(d2.default_factory is list, sorted(d2.items()))
print(defaultdict(int, [(1, 2)]), defaultdict(None, {3: 4}))
t(lambda: defaultdict(1))
t(lambda: defaultdict('x', {}))
t(lambda: defaultdict(None)[5])
try:
    defaultdict()[(1, 2)]
except KeyError as e:
    print("KeyError args", e.args)
del d1.default_factory
print(d1.default_factory)
t(lambda: d1[100])
d1.default_factory = 5
t(lambda: d1[100])

# repr
print(repr(defaultdict()), repr(defaultdict(int)), repr(defaultdict(int, {1: 2})))
def foo(): return 43
d3 = defaultdict(foo)
print(repr(d3).startswith("defaultdict(<function foo at "), d3[13], dict(d3))
class Sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory
    def _factory(self):
        return []
d = Sub()
print(repr(d).startswith("Sub(<bound method Sub._factory of Sub(...,"), repr(d)[-5:])
d = defaultdict(); d.default_factory = d.copy
print(repr(d)[:40])

# copy
d1 = defaultdict(list, {1: [2]})
d2 = d1.copy()
print(type(d2).__name__, d2.default_factory is list, d2 == d1, d2[1] is d1[1], d1.__copy__() == d1)
class K(defaultdict):
    pass
k = K(int, a=1)
print(type(k.copy()).__name__, k.copy(), repr(k))
print(defaultdict().copy())

# reduce
print(defaultdict().__reduce__()[:4], list(defaultdict(int, {1: 2}).__reduce__()[4]))
print(defaultdict(list).__reduce__()[:4])

# | and |=
i = defaultdict(int, {1: 1, 2: 2})
s = defaultdict(str, {0: "zero", 1: "one"})
i_s = i | s
print(i_s.default_factory is int, dict(i_s))
s_i = s | i
print(s_i.default_factory is str, dict(s_i))
i_ds = i | dict(s)
print(i_ds.default_factory is int, dict(i_ds))
ds_i = dict(s) | i
print(type(ds_i).__name__, ds_i.default_factory is int, dict(ds_i))
t(lambda: i | list(s.items()))
t(lambda: list(s.items()) | i)
i |= list(s.items())
print(i.default_factory is int, dict(i))
t(lambda: i.__ior__(5))
print(defaultdict.__or__(i, 5), defaultdict.__ror__(i, {9: 9}))
print(isinstance(d1, dict), issubclass(defaultdict, dict), defaultdict[int, str])
print(defaultdict.__module__, defaultdict.__name__, type(defaultdict.default_factory).__name__)
print(defaultdict.default_factory.__doc__)
print(defaultdict.__missing__.__doc__)

# the factory runs once per missing key; a failing factory propagates
calls = []
def fact():
    calls.append(1)
    return len(calls)
d = defaultdict(fact)
print(d['a'], d['a'], d['b'], calls)
def boom():
    raise ValueError("boom")
t(lambda: defaultdict(boom)['x'])

# clear() empties the items and keeps default_factory (it is not the collector's tp_clear).
d = defaultdict(int, a=1)
d.clear()
d['b'] += 1
print(d, d.default_factory)
od = OrderedDict(a=1)
od.clear()
od['b'] = 2
print(od)
