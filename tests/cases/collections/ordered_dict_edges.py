# OrderedDict's C edge cases from test_ordered_dict.py: hash collisions, keys whose hash
# changes, direct dict.* calls that bypass the order, and side effects in __eq__ while
# comparing (gh-119004), all raising instead of crashing.
from _collections import OrderedDict

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class Key:
    def __init__(self, hash, name):
        self._hash = hash
        self.value = name
    def __hash__(self):
        return self._hash
    def __eq__(self, other):
        return getattr(other, 'value', None) == self.value
    def __repr__(self):
        return self.value

def blocking_hash(hash):
    i = hash & 7
    return (i << 2) + i + hash + 1

key, colliding, blocking = Key(1, 'key'), Key(1, 'colliding'), Key(blocking_hash(1), 'blocking')
od = OrderedDict()
od[key] = ...
od[blocking] = ...
od[colliding] = ...
od['after'] = ...
del od[blocking]
del od[colliding]
print(list(od.items()))

counter = [0]
class Shifty:
    def __hash__(self):
        counter[0] += 1
        return counter[0] * 7919
    def __repr__(self):
        return 'Shifty()'
od = OrderedDict()
for i in range(100):
    od[Shifty()] = i
t(lambda: list(od.values()))
t(lambda: list(od.items()))
t(lambda: repr(od))
t(lambda: od.copy())

class One:
    def __hash__(self):
        return 1
od = OrderedDict()
od[One()] = 0
print(type(od.popitem()[0]).__name__)

od = OrderedDict()
for c0 in '0123456789ABCDEF':
    for c1 in '0123456789ABCDEF':
        if len(od) == 4:
            od.popitem(last=False)
        od[c0 + c1] = c0 + c1
print(od)

od = OrderedDict(); dict.__setitem__(od, 'spam', 1); print('NULL' in repr(od))
od = OrderedDict(spam=1, ham=2); dict.__delitem__(od, 'spam'); t(lambda: repr(od))
od = OrderedDict(spam=1, ham=2); dict.clear(od); print('NULL' in repr(od))
od = OrderedDict(spam=1, ham=2); dict.pop(od, 'spam'); t(lambda: repr(od))
od = OrderedDict(spam=1, ham=2); dict.popitem(od); t(lambda: repr(od))
od = OrderedDict(); dict.setdefault(od, 'spam', 1); print('NULL' in repr(od))
od = OrderedDict(); dict.update(od, [('spam', 1)]); print('NULL' in repr(od))

class Missing(OrderedDict):
    def __missing__(self, key):
        return 0
m = Missing(a=1)
print(m['zz'], m.pop('b', 5), m.pop('a', 6), m.pop('a', 6), m.pop('a', default=6))
t(lambda: m.pop('a'))
class Missing2(OrderedDict):
    def __missing__(self, key):
        return 0
m = Missing2(a=1)
print(m.setdefault('a', 0), m.setdefault('b', 5), m)

od = OrderedDict.fromkeys('abcde')
try:
    for i, k in enumerate(od):
        od.move_to_end(k)
except RuntimeError as e:
    print('RuntimeError', e, i)
try:
    for k in od:
        od['f'] = None
except RuntimeError as e:
    print('RuntimeError', e)
try:
    for k in od:
        del od['c']
except RuntimeError as e:
    print('RuntimeError', e)
print(list(od))

class Trigger:
    count = 0
    trigger = 1
    def __eq__(self, other):
        if type(self).count == type(self).trigger:
            self.side_effect()
        type(self).count += 1
        return True
    def __hash__(self):
        return -1

def check(make_key, expect1):
    dict1 = dict2 = None
    K = make_key(lambda: dict1)
    todel = K()
    dict1 = OrderedDict(dict.fromkeys((0, todel, 4.2)))
    dict2 = OrderedDict(dict.fromkeys((0, K(), 4.2)))
    K.todel = todel
    t(lambda: dict1 == dict2)
    print(K.count, dict(dict1) == expect1, len(dict2))

def clearing(get):
    class K(Trigger):
        def side_effect(self):
            get().clear()
    return K
def deleting(get):
    class K(Trigger):
        def side_effect(self):
            del get()[type(self).todel]
    return K
def relinking(get):
    class K(Trigger):
        def side_effect(self):
            get().clear()
            get()['a'] = get()['b'] = 'c'
    return K
check(clearing, {})
check(deleting, dict.fromkeys((0, 4.2)))
check(relinking, dict.fromkeys(('a', 'b'), 'c'))

class A:
    pass
od = OrderedDict()
od[42] = A()
od[42].od = od
del od
import gc
gc.collect()
print('collected')
