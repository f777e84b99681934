# _weakref.proxy: ProxyType / CallableProxyType forward every operation; ReferenceError once the referent died.
import _weakref as weakref
class C:
    def __init__(s): s.x = 1
    def m(s): return 'm'
    def __call__(s, a): return a * 2
    def __len__(s): return 3
    def __add__(s, o): return 10 + o
    def __iadd__(s, o): return 'iadd'
    def __repr__(s): return 'C()'
c = C()
p = weakref.proxy(c)
print(type(p).__name__, type(p).__module__, type(p).__qualname__, p.x, p.m(), p(4), len(p), p + 1)
q = p; q += 1; print(q)
p.y = 5; print(c.y); del p.y; print(hasattr(c, 'y'))
print(str(p), bool(p), p == c, p.__class__)
class L(list): pass
ll = L([3,1,2]); pl = weakref.proxy(ll)
print(pl[0], 1 in pl, list(pl), pl * 2, pl < [4])
pl[0] = 9; print(ll); del pl[0]; print(ll)
try: hash(p)
except TypeError as e: print(e)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [p])
del c
try: p.x
except ReferenceError as e: print('ReferenceError', e)
print(repr(p)[-6:])
try: str(p)
except ReferenceError as e: print('ReferenceError', e)
def cb(pr): print('callback', type(pr).__name__)
class D: pass
d = D(); pd = weakref.proxy(d, cb); del d
try: next(pl)
except TypeError as e: print(e)
print(weakref.proxy(ll) is pl, weakref.ProxyType, weakref.CallableProxyType)
try: weakref.proxy(1)
except TypeError as e: print(e)
n = weakref.proxy(L([1.5]))
class N:
    def __init__(s, v): s.v = v
    def __index__(s): return s.v
    def __int__(s): return s.v
    def __float__(s): return 2.5
    def __neg__(s): return -s.v
    def __bytes__(s): return b'nb'
nn = N(3); pn = weakref.proxy(nn)
print(int(pn), float(pn), -pn, [0, 1, 2, 3][pn], bytes(pn), divmod(7, weakref.proxy(L([2])) [0]), list(reversed(weakref.proxy(ll))))
