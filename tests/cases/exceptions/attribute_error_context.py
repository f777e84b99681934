# An AttributeError raised while getting an attribute gets that name and object when it
# has none yet, so tracebacks can suggest a similar name.
import traceback

class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()

a = A()
try:
    a.bluch
except AttributeError as e:
    print(repr(e), e.name, e.obj is a)
try:
    getattr(a, "bluch")
except AttributeError as e:
    print(repr(e), e.name, e.obj is a)
    print(traceback.format_exception_only(e)[-1], end="")

class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError("Error", 23)

try:
    B().bluch
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)
    print(traceback.format_exception_only(e)[-1], end="")

class C:
    @property
    def p(self):
        raise AttributeError("in property")
    def __getattr__(self, attr):
        raise AttributeError("named", name="other", obj=None)

try:
    C().p
except AttributeError as e:
    print(repr(e), e.name, e.obj)
try:
    C().q
except AttributeError as e:
    print(repr(e), e.name, e.obj)

class D:
    @property
    def p(self):
        raise AttributeError("in property")

try:
    D().p
except AttributeError as e:
    print(repr(e), e.name, type(e.obj).__name__)

print(hasattr(a, "zzz"), getattr(a, "zzz", "default"))
