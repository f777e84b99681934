# except* errors: an exception group class or a non-exception as the match type, and a
# split() that returns the wrong thing.

def attempt(label, match_type, exc=None):
    try:
        try:
            raise exc if exc is not None else ExceptionGroup("g", [ValueError(1)])
        except* match_type:
            print(label, "handled")
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with group", (ValueError, ExceptionGroup))
class MyGroup(ExceptionGroup):
    pass
attempt("group subclass", MyGroup)
attempt("int", int)
attempt("instance", ValueError())
attempt("tuple with str", (ValueError, "x"))
attempt("naked, group class", ExceptionGroup, ValueError(2))

class BadSplit(ExceptionGroup):
    def split(self, matcher):
        return self.result
for result in [None, [1, 2], (1,), (None, None, None)]:
    g = BadSplit("b", [ValueError(), TypeError()])
    g.result = result
    try:
        try:
            raise g
        except* ValueError as e:
            print("bad split handled", repr(e))
    except Exception as e:
        print("bad split", repr(result), type(e).__name__, e)

class RaisingSplit(ExceptionGroup):
    def split(self, matcher):
        raise RuntimeError("split failed")
try:
    try:
        raise RaisingSplit("r", [ValueError()])
    except* ValueError:
        pass
except RuntimeError as e:
    print("raising split", e, type(e.__context__).__name__)

# The errors are raised with the group as their context.
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("context", repr(e.__context__))
