# ExceptionGroup and BaseExceptionGroup: construction and its checks, message, exceptions,
# str/repr, the ExceptionGroup promotion, and the class hierarchy.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__module__, ExceptionGroup.__name__, ExceptionGroup.__qualname__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
show("message", lambda: eg.message)
show("exceptions", lambda: eg.exceptions)
show("args", lambda: eg.args)
show("str", lambda: str(eg))
show("str 1", lambda: str(ExceptionGroup("one", [ValueError()])))
show("repr", lambda: eg)
show("tuple input", lambda: ExceptionGroup("t", (ValueError(),)).exceptions)
show("eg in eg", lambda: ExceptionGroup("outer", [eg, KeyError("k")]))

show("promoted", lambda: type(BaseExceptionGroup("m", [ValueError(1)])))
show("kept base", lambda: type(BaseExceptionGroup("m", [KeyboardInterrupt()])))
show("mixed", lambda: type(BaseExceptionGroup("m", [ValueError(), SystemExit()])))
show("nested eg counts as Exception", lambda: type(BaseExceptionGroup("m", [eg])))

show("no nesting BaseException", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show("empty", lambda: ExceptionGroup("m", []))
show("not a sequence", lambda: ExceptionGroup("m", 5))
show("a set", lambda: ExceptionGroup("m", {ValueError()}))
show("an exception", lambda: ExceptionGroup("m", ValueError()))
show("a dict", lambda: ExceptionGroup("m", {ValueError(): 1}))
show("bad message", lambda: ExceptionGroup(5, [ValueError()]))
show("None message", lambda: ExceptionGroup(None, [ValueError()]))
show("bad item", lambda: ExceptionGroup("m", [ValueError(), 5]))
show("class item", lambda: ExceptionGroup("m", [ValueError]))
show("one arg", lambda: ExceptionGroup("m"))
show("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
show("no args", lambda: BaseExceptionGroup())
show("keywords", lambda: ExceptionGroup("m", [ValueError()], a=3))

class MyEG(ExceptionGroup):
    pass
show("subclass nesting", lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
show("base subclass kept", lambda: type(MyBEG("m", [ValueError()])))

def set_attr(name):
    setattr(eg, name, "x")
show("set message", lambda: set_attr("message"))
show("set exceptions", lambda: set_attr("exceptions"))

show("new direct", lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "a", [ValueError()]).args)
show("reduce", lambda: ExceptionGroup("m", [ValueError()]).__reduce__())
print(ExceptionGroup.__init__ is BaseExceptionGroup.__init__)

class EG(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
    def derive(self, excs):
        return EG(self.message, excs, self.extra)

x = EG("custom", [ValueError(), TypeError()], 42)
show("custom", lambda: (x, x.extra, x.args))

try:
    raise ExceptionGroup("raised", [ValueError("v")])
except* ValueError as e:
    print("caught", repr(e), repr(e.exceptions))
