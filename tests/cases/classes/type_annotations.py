# type.__annotate__ / type.__annotations__ (PEP 649): the cache in the class dict, setting and deleting, builtins without them.
class A:
    x: int
    def f(self): pass
print(A.__annotations__, '__annotations__' in A.__dict__, '__annotate__' in A.__dict__, '__annotations_cache__' in A.__dict__, sorted(A.__dict__))
print(A.__annotate__ is not None)
class B: pass
print(B.__annotations__, sorted(B.__dict__), B.__annotate__)
try: int.__annotations__
except AttributeError as e: print(e)
print(type.__dict__['__annotations__'], type.__dict__['__annotate__'])
B.__annotations__ = {'a': 1}; print(B.__annotations__, sorted(B.__dict__), B.__annotate__)
del B.__annotations__; print(sorted(B.__dict__))
try: del B.__annotations__
except AttributeError as e: print(e)
