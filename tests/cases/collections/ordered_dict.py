# OrderedDict with its C semantics: order-sensitive equality, move_to_end, popitem(last=),
# views and reversed iteration, repr, |, mutation during iteration (test_ordered_dict.py).
from _collections import OrderedDict as OD
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(OD, OD.__mro__, OD.__module__)
od = OD([('b', 1), ('a', 2)], c=3)
print(od, repr(OD()), list(od), od.keys(), od.values(), od.items(), type(od.keys()).__mro__, type(iter(od)).__name__, type(reversed(od)).__name__)
print(type(reversed(od.keys())).__name__, type(iter(od.items())).__name__, type(iter(od.values())).__name__)
od.move_to_end('b'); print(od); od.move_to_end('b', last=False); print(od)
t(lambda: od.move_to_end('zz'))
t(lambda: od.popitem()); t(lambda: od.popitem(last=False)); print(od)
t(lambda: OD().popitem())
t(lambda: OD(1, 2))
t(lambda: OD(5))
t(lambda: od.pop('zz'))
t(lambda: od.pop('zz', 9))
t(lambda: od.pop())
t(lambda: od.setdefault('q', 7)); print(od)
print(OD(a=1, b=2) == OD(b=2, a=1), OD(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OD(a=1, b=2), OD(a=1) != OD(a=1))
t(lambda: OD() < OD())
print(od.__reduce__()[:4], list(od.__reduce__()[4]))
class S(OD): pass
s = S(x=1); print(repr(s), s.copy(), type(s.copy()).__name__, repr(OD(a=OD(b=1))))
r = OD(); r['self'] = r; print(repr(r))
o = OD.fromkeys('abc', 0); print(o, type(o).__name__)
print(OD(a=1) | {'b': 2}, {'b': 2} | OD(a=1), type({'b': 2} | OD(a=1)).__name__)
t(lambda: OD() | 1)
o2 = OD(a=1); o2 |= [('z', 2)]; print(o2)
it = iter(o2); o2['new'] = 1
t(lambda: next(it))
it = iter(o2); del o2['new']; o2['new2'] = 2
t(lambda: next(it))
it = iter(o2); o2.move_to_end('a')
t(lambda: next(it))
print(list(reversed(o2)), list(reversed(o2.items())), list(reversed(o2.values())))
print(o2.keys() == {'a', 'z', 'new2'}, 'a' in o2.keys(), ('a', 1) in o2.items())
del o2['a']; print(o2)
t(lambda: o2.__delitem__('zzz'))
o2.clear(); print(o2, len(o2))
import _weakref; w = _weakref.ref(od); print(w() is od)
print(OD.move_to_end.__doc__, OD.popitem.__text_signature__, OD.move_to_end.__text_signature__)
print(OD.__doc__)
x = OD(a=1); x.update({'b': 2}, c=3); x.update([('d', 4)]); print(x)
t(lambda: x.update(1, 2))
print(iter(x).__reduce__() if False else '', x.__sizeof__() > 0)
d = OD(a=1, b=2); dict.__setitem__(d, 'c', 3); print(dict(d))
t(lambda: list(d))
t(lambda: repr(d))

# subclasses go through their own __setitem__
class Logged(OD):
    def __setitem__(self, k, v):
        print('set', k, v)
        OD.__setitem__(self, k, v)
lg = Logged([('a', 1)], b=2)
lg.update(c=3)
lg.setdefault('d', 4)
print(lg, lg.copy(), Logged.fromkeys('xy'))
print(OD([('a', 1), ('b', 2)]).get('b'), 'a' in OD(a=1), len(OD(a=1, b=2)), OD(a=1)['a'])
t(lambda: OD(a=1)['b'])
# order survives many moves and deletes
big = OD((i, i * i) for i in range(50))
for i in range(0, 50, 3):
    big.move_to_end(i, last=(i % 2 == 0))
for i in range(0, 50, 7):
    del big[i]
print(list(big)[:20], big.popitem(), big.popitem(last=False), len(big))
print(list(big.items())[:3], list(reversed(big.values()))[:3])
t(lambda: OD([(1, 2, 3)]))
t(lambda: OD([(1,)]))
t(lambda: OD([1]))
t(lambda: OD({}, {}))
print(OD(a=1).__reduce__()[:4], isinstance(OD(), dict), issubclass(OD, dict))
