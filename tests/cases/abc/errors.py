# The errors of the _abc functions, as abc.ABCMeta reaches them.
import abc
import _abc


class A(metaclass=abc.ABCMeta):
    pass


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(A.register, 1)
attempt(A.register, A)


class B(A):
    pass


attempt(A.register, B)
attempt(B.register, A)
attempt(issubclass, 1, A)
attempt(isinstance, 1, A)
attempt(_abc._get_dump, int)


class Fake:
    _abc_impl = 42


attempt(_abc._get_dump, Fake)
attempt(_abc._abc_instancecheck, Fake, 1)
attempt(_abc._abc_subclasscheck, Fake, int)
attempt(_abc._abc_register, Fake, int)
attempt(_abc._abc_register, A)
attempt(_abc._abc_init)


class BadHook(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


attempt(issubclass, int, BadHook)


class BadSubclasses(abc.ABCMeta):
    def __subclasses__(cls):
        return ()


class S(metaclass=BadSubclasses):
    pass


attempt(issubclass, int, S)

try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = 1 << 5 | 1 << 6
except TypeError as e:
    print('TypeError:', e)

data = type(A._abc_impl)()
print(type(data).__name__, type(data).__doc__)
attempt(_abc.get_cache_token, 1)
print(_abc.__doc__)
