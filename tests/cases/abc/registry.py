# abc.ABCMeta through the _abc module: register, the caches, the cache token, _get_dump.
import abc
import gc
import _abc

print(abc.ABCMeta.__module__, abc._abc_init is _abc._abc_init)


class A(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...


class B:
    pass


print(type(A._abc_impl).__name__, type(A._abc_impl).__module__)
token = abc.get_cache_token()
print(issubclass(B, A), isinstance(B(), A))
r = A.register(B)
print(r is B, abc.get_cache_token() == token + 1)
print(issubclass(B, A), isinstance(B(), A))
print(A.register(B) is B, abc.get_cache_token() == token + 1)


class C(B):
    pass


print(issubclass(C, A), isinstance(C(), A))
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(w().__name__ for w in registry))
print(sorted(w().__name__ for w in cache))
print(len(negative), version == abc.get_cache_token())
print(type(registry).__name__, type(version).__name__)


# Dead classes leave the registry and the caches.
class D:
    pass


A.register(D)
print(issubclass(D, A))
del D
gc.collect()
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(w().__name__ for w in registry))


# The negative cache is invalidated by any register().
class X(metaclass=abc.ABCMeta):
    pass


class Y:
    pass


print(issubclass(Y, X))
print(len(_abc._get_dump(X)[2]))
X.register(Y)
print(issubclass(Y, X))
print(len(_abc._get_dump(X)[2]))

_abc._reset_caches(A)
print([len(s) for s in _abc._get_dump(A)[:3]])
_abc._reset_registry(A)
print([len(s) for s in _abc._get_dump(A)[:3]])
print(issubclass(B, A))

# __subclasshook__ and __abstractmethods__.
class H(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        if hasattr(C, 'bark'):
            return False
        return NotImplemented

    @abc.abstractmethod
    def g(self): ...

    @property
    @abc.abstractmethod
    def p(self): ...


class Duck:
    quack = 1


class Dog(H):
    bark = 1
    def g(self): ...


print(issubclass(Duck, H), issubclass(Dog, H), issubclass(int, H))
print(sorted(H.__abstractmethods__), sorted(Dog.__abstractmethods__))
try:
    Dog()
except TypeError as e:
    print(e)

# ABC._dump_registry prints through _get_dump.
import io
out = io.StringIO()
X._dump_registry(out)
print(out.getvalue().splitlines()[0])

# __instancecheck__ with a __class__ that differs from the type.
class Liar:
    @property
    def __class__(self):
        return B

print(isinstance(Liar(), X), isinstance(Liar(), A))
