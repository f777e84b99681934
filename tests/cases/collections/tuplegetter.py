# _tuplegetter: the field descriptor namedtuple installs; _count_elements: Counter's loop.
from _collections import _tuplegetter, _count_elements

def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class P(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
    z = _tuplegetter(5, None)
p = P((3, 4))
print(p.x, p.y, P.x, P.x.__doc__, P.z.__doc__)
t(lambda: p.z)
t(lambda: setattr(p, 'x', 1))
t(lambda: delattr(p, 'x'))
P.x.__doc__ = 'changed'
print(P.x.__doc__, P.x.__reduce__(), type(P.x).__name__, type(P.x).__module__)
g = _tuplegetter(1, 'doc')
print(g.__get__((7, 8)), g.__get__(None, tuple) is g, g.__get__((1, 2), tuple))
t(lambda: g.__get__(5))
t(lambda: g.__get__([1, 2]))
t(lambda: g.__set__((1,), 2))
t(lambda: g.__delete__((1,)))
t(lambda: _tuplegetter('a', 1))
t(lambda: _tuplegetter(1))
t(lambda: _tuplegetter(1, 2, 3))
t(lambda: _tuplegetter(-1, 'neg').__get__((1, 2)))
print(repr(_tuplegetter(2, 'abc')))

# _count_elements
d = {}
_count_elements(d, 'abracadabra')
print(sorted(d.items()))
_count_elements(d, ['a', 'z'])
print(d['a'], d['z'])
class M(dict):
    def get(self, k, default):
        print('get', k, default)
        return dict.get(self, k, default)
m = M()
_count_elements(m, 'aba'); print(m)
class S(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)
s = S()
_count_elements(s, 'aa'); print(s)
t(lambda: _count_elements({}, [[1]]))
t(lambda: _count_elements(1, 'a'))
t(lambda: _count_elements({}, 1))
t(lambda: _count_elements({'a': 'x'}, 'a'))
d = {'a': 1.5}; _count_elements(d, 'aa'); print(d)
