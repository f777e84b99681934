# type(name, bases, dict): the name and a str __doc__ must encode to UTF-8, the namespace is
# copied in the mapping's own order, __module__ assignment drops __firstlineno__, and
# __type_params__ takes any value.
class A[T]: pass
A.__type_params__ = 'whatever'
print(A.__type_params__)
try:
    del A.__type_params__
except TypeError as e: print(e)
A = type('A', (), {'__firstlineno__': 42})
print(A.__dict__['__firstlineno__'])
A.__module__ = 'm'
print('__firstlineno__' in A.__dict__)
A.__firstlineno__ = 43
print(A.__dict__['__firstlineno__'])
for doc in 'x', 'x\x00y', b'x', 42, None:
    A = type('A', (), {'__doc__': doc}); print(repr(A.__doc__))
try: type('A', (), {'__doc__': 'x\udcdcy'})
except UnicodeEncodeError as e: print('UEE', e)
A = type('A', (), {})
A.__doc__ = 'x\udcdcy'
print(ascii(A.__doc__))
try: type('A\x00B', (), {})
except ValueError as e: print(e)
try: type('A\udcdcB', (), {})
except UnicodeEncodeError as e: print(e)
A = type('C', (), {})
try: A.__name__ = 'A\udcdcB'
except UnicodeEncodeError as e: print(e)
try: A.__name__ = 'A\x00B'
except ValueError as e: print(e)
print(A.__name__)
for name in 'A', '\xc4', '\U0001f40d', 'B.A', '42', '':
    print(ascii(type(name, (), {}).__name__))
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
C = type('C', (), od)
print(list(C.__dict__.items())[:2])
