# More protocols whose slots follow later assignment and deletion of their dunders: attribute
# hooks, descriptors, __init__/__new__/__del__, __bool__, comparisons, and a metaclass's slots.
class A: pass
a = A()
try: a.x
except AttributeError as e: print(e)
A.__getattr__ = lambda self, n: 'got ' + n
print(a.x)
del A.__getattr__
try: a.y
except AttributeError as e: print(e)
A.__setattr__ = lambda self, n, v: print('set', n, v)
a.z = 1
del A.__setattr__
a.z = 2; print(a.z)
class D: pass
class O: d = D()
D.__get__ = lambda self, obj, typ: ('get', typ.__name__)
print(O().d, O.d)
D.__set__ = lambda self, obj, v: print('set', v)
o = O(); o.d = 5; print(o.__dict__)
A.__init__ = lambda self, v: print('init', v)
A(3)
class N:
    def __init__(self, v): pass
N.__new__ = staticmethod(lambda cls, *a: 'new!')
print(N(1))
del N.__new__
# The slot keeps calling __new__ through the MRO: object.__new__ now sees the extra argument.
try: N(2)
except TypeError as e: print(e)
A.__del__ = lambda self: print('del')
b = A(4); del b
del A.__del__
A.__bool__ = lambda self: False
print(bool(A(5)))
class B(A): pass
print(bool(B(6)))
A.__bool__ = lambda self: True
print(bool(B(7)))
B.__bool__ = lambda self: 0
try: bool(B(8))
except TypeError as e: print(e)
A.__lt__ = lambda s, o: 'lt'
print(A(9) < 1, 1 > A(10))
class M(type): pass
class K(metaclass=M): pass
M.__getitem__ = lambda cls, k: ('M', k)
print(K[1])
M.__call__ = lambda cls, *a: 'called'
print(K())
M.__len__ = lambda cls: 3
print(len(K))
M.__or__ = lambda cls, o: 'or'
print(K | int)
