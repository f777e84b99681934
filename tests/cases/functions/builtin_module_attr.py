# A builtin function's __module__ (m_module): its module's name, None for a bound builtin method; writable.
import _collections
import collections
import math

print(len.__module__, math.sqrt.__module__, [].append.__module__)
print(collections._count_elements.__module__, _collections._count_elements.__module__)
f = math.floor
f.__module__ = "elsewhere"
print(f.__module__, math.floor.__module__)
del f.__module__
print(f.__module__)

# doctest's finder asks every builtin in a module for __module__.
import doctest
print(len(doctest.DocTestSuite(collections)._tests) > 0)
