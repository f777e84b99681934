# BaseExceptionGroup.split / subgroup / derive: by type, tuple of types and predicate;
# the nesting kept; traceback, cause, context and notes copied to the parts.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

eg = ExceptionGroup("m", (ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])))
show("split type", lambda: eg.split(ValueError))
show("split tuple", lambda: eg.split((KeyError, TypeError)))
show("split predicate", lambda: eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("split all", lambda: eg.split(Exception))
show("split none", lambda: eg.split(OSError))
show("split group type", lambda: eg.split(ExceptionGroup))
show("split LookupError", lambda: eg.split(LookupError))
show("subgroup", lambda: eg.subgroup(ValueError))
show("subgroup none", lambda: eg.subgroup(OSError))
show("subgroup all", lambda: eg.subgroup(BaseException) is eg)
show("subgroup predicate self", lambda: eg.subgroup(lambda e: e is eg) is eg)
show("predicate sees groups", lambda: eg.subgroup(lambda e: print(" saw", repr(e)) or False))

for bad in [5, int, (ValueError, int), [ValueError], "ValueError", None]:
    show(f"bad matcher {bad!r}", lambda: eg.split(bad))
def raising(e):
    raise RuntimeError("in predicate")
show("raising predicate", lambda: eg.split(raising))

show("derive", lambda: eg.derive([KeyError()]))
show("derive base", lambda: type(eg.derive([KeyboardInterrupt()])))
show("derive keeps message", lambda: eg.derive([ValueError()]).message)

try:
    raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
except ExceptionGroup as caught:
    e = caught
e.add_note("a note")
e.__cause__ = KeyError("cause")
e.__context__ = OSError("context")
match, rest = e.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__notes__, repr(part.__cause__), repr(part.__context__),
          part.__traceback__ is e.__traceback__, part.__suppress_context__, part.__notes__ is e.__notes__)

e2 = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m2, r2 = e2.split(ValueError)
print(m2.__traceback__, m2.__cause__, m2.__context__, m2.__suppress_context__, hasattr(m2, "__notes__"))
e2.__notes__ = "not a list"
print(e2.split(ValueError)[0].__dict__)
e2.__notes__ = ("a", "b")
print(e2.split(ValueError)[0].__notes__)

class EG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def derive(self, excs):
        return EG(self.message, excs, self.code)

x = EG("custom", [ValueError(1), TypeError(2)], 42)
m, r = x.split(ValueError)
print(m.args, r.args, m.code, r.code, type(m).__name__)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
show("bad derive", lambda: BadDerive("b", [ValueError(), TypeError()]).split(ValueError))
class NoDerive(ExceptionGroup):
    pass
show("inherited derive", lambda: NoDerive("n", [ValueError(), TypeError()]).split(ValueError))
