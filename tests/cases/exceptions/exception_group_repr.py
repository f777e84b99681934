# BaseExceptionGroup's repr: the type's name, the message's repr and the exceptions, spelled as
# the sequence the group was given (a list, a tuple, or another sequence's own repr).
import collections

print(repr(ExceptionGroup("flat", [ValueError(1), TypeError(2)])))
print(repr(BaseExceptionGroup("tuple", (ValueError(1), KeyboardInterrupt(2)))))
print(repr(ExceptionGroup("it's", collections.deque([ValueError(1)]))))
eg = BaseExceptionGroup("flat", [ValueError(1), TypeError(2)])
print(repr(BaseExceptionGroup("nested", [eg, ValueError(3), eg])))

class MyEG(ExceptionGroup):
    pass
print(repr(MyEG("mine", [MyEG("inner", (OSError("x"),))])))

class Seq(collections.abc.Sequence):
    def __len__(self): return 1
    def __getitem__(self, i):
        if i == 0: return ValueError(i)
        raise IndexError
    def __repr__(self): return "Seq()"
print(repr(ExceptionGroup("custom", Seq())))
print(str(ExceptionGroup("custom", Seq())), ExceptionGroup("custom", Seq()).exceptions)
