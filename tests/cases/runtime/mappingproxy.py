# types.MappingProxyType (mappingproxy): a read-only view; a class's __dict__ is one.
import types
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, repr(mp), str(mp), len(mp), mp['a'], 'a' in mp, list(mp), mp.get('z', 9), mp.get('a'), mp.keys(), mp.items(), mp.values(), mp.copy(), list(reversed(mp)))
print(mp | {'c': 3}, {'c': 3} | mp, mp == {'a': 1, 'b': 2}, mp != {}, type(int.__dict__).__name__)
try: mp['x'] = 1
except TypeError as e: print(e)
try: del mp['a']
except TypeError as e: print(e)
try: mp |= {}
except TypeError as e: print(e)
try: types.MappingProxyType([1])
except TypeError as e: print(e)
try: types.MappingProxyType(1)
except TypeError as e: print(e)
try: hash(mp)
except TypeError as e: print(e)
print(hash(types.MappingProxyType(types.MappingProxyType(frozenset()) if False else mp)) if False else '', types.MappingProxyType[int])
try: mp['zz']
except KeyError as e: print('KeyError', e)
try: mp.x = 1
except AttributeError as e: print(e)
class C: x = 1
print(type(C.__dict__).__name__, C.__dict__['x'], 'x' in vars(C), type(vars(C)).__name__)
try: C.__dict__['y'] = 2
except TypeError as e: print(e)
print(sorted(set(dir(mp)) - set(dir(object))))
d = {}
p2 = types.MappingProxyType(d)
d['late'] = 1
print(p2, len(p2))
print(types.MappingProxyType(types.MappingProxyType({'n': 1}))['n'])
