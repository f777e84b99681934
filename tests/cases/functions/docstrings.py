"""Module doc
   second line"""
# __doc__ of functions, classes, properties, static/class methods and modules; 3.13+ cleans indentation at compile time
import sys
def f():
    """Doc of f.

        indented
    more
    """
class C:
    """  Class doc.
    line 2
    """
    def m(self):
        "m doc"
    @property
    def p(self):
        """p doc"""
    q = property(lambda self: 1, doc="qdoc")
    def g(self): "gdoc"
    r = property(g)
    @staticmethod
    def s():
        "sdoc"
    @classmethod
    def c(cls):
        "cdoc"
def nodoc(): pass
class N: pass
print(repr(f.__doc__)); print(repr(C.__doc__)); print(repr(C.m.__doc__)); print(repr(C.p.__doc__))
print(repr(C.q.__doc__)); print(repr(C.r.__doc__)); print(nodoc.__doc__, N.__doc__)
print(repr(sys.modules[__name__].__doc__)); print(repr(__doc__))
print(C().m.__doc__, C.s.__doc__, C.c.__doc__, C.__dict__['s'].__doc__, C.__dict__['c'].__doc__)
f.__doc__ = "x"; print(f.__doc__)
class S(C): pass
print(S.__doc__)
print(repr(property().__doc__))
lam = lambda: 1
print(lam.__doc__)
def notdoc():
    x = 1
    "not a doc"
print(notdoc.__doc__)
def fdoc():
    f"not a doc {1}"
print(fdoc.__doc__)
class M(type):
    "meta doc"
class K(metaclass=M):
    "k doc"
print(M.__doc__, K.__doc__, type(K).__doc__)
class Dd:
    __doc__ = property(lambda self: "instance doc")
print(Dd().__doc__, type(Dd.__doc__).__name__)
def tabs():
	"""first
	second
		third"""
print(repr(tabs.__doc__))
def gen():
    "gen doc"
    yield 1
print(gen.__doc__)
sm = C.__dict__['s']
print(sorted(sm.__dict__), sm.__name__, sm.__qualname__, sm.__module__)
sm.extra = 5; print(sm.__dict__['extra'])
print(staticmethod(len).__doc__ == len.__doc__, classmethod(f).__doc__)
