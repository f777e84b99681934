# Setting and deleting type.__annotations__: a class compiled with 'from __future__ import
# annotations' keeps them in __annotations__ itself, any other class in __annotations_cache__.
class f:
    x: int
print(sorted(k for k in f.__dict__ if 'annot' in k))
print(f.__annotations__)
print(sorted(k for k in f.__dict__ if 'annot' in k))
f.__annotations__ = {"x": str}
print(sorted(k for k in f.__dict__ if 'annot' in k), f.__annotations__)
del f.__annotations__
print(sorted(k for k in f.__dict__ if 'annot' in k))
try: del f.__annotations__
except AttributeError as e: print('AE', e)
class g:
    pass
g.__annotations__ = {1: 2}
print(sorted(k for k in g.__dict__ if 'annot' in k))
ns = {}
exec("from __future__ import annotations\nclass h:\n    x: int\n", ns)
h = ns['h']
print(sorted(k for k in h.__dict__ if 'annot' in k))
h.__annotations__ = {"x": str}
print(sorted(k for k in h.__dict__ if 'annot' in k), h.__annotations__)
del h.__annotations__
print(sorted(k for k in h.__dict__ if 'annot' in k))
try: print(h.__annotations__)
except AttributeError as e: print('AE', e)
