# match takes a class registered as collections.abc.Sequence or Mapping as one (Py_TPFLAGS_SEQUENCE / MAPPING).
import collections.abc


def kind(x):
    match x:
        case [*_]:
            return 'sequence'
        case {}:
            return 'mapping'
        case _:
            return 'other'


class S:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i


class M:
    def __getitem__(self, k):
        raise KeyError(k)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def get(self, k, default=None):
        return default


class SubS(S):
    pass


print(kind(S()), kind(M()), kind(SubS()))
collections.abc.Sequence.register(S)
collections.abc.Mapping.register(M)
print(kind(S()), kind(M()), kind(SubS()))


class SubSLater(S):
    pass


print(kind(SubSLater()))


# Already a collection: registering as the other one changes nothing.
class L(list):
    pass


collections.abc.Mapping.register(L)
print(kind(L()), isinstance(L(), collections.abc.Mapping))


# Subclasses of the ABCs get the flag through their base.
class MySeq(collections.abc.Sequence):
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


class MyMap(collections.abc.Mapping):
    def __len__(self):
        return 0

    def __getitem__(self, k):
        raise KeyError

    def __iter__(self):
        return iter(())


print(kind(MySeq()), kind(MyMap()))
print('__abc_tpflags__' in collections.abc.Sequence.__dict__)
print(collections.abc.Sequence.__flags__ & (1 << 5) != 0, collections.abc.Mapping.__flags__ & (1 << 6) != 0)

# A builtin (immutable) type is not changed.
collections.abc.Sequence.register(str)
print(kind('ab'))


# A user ABC with __abc_tpflags__.
import abc


class MyAbcSeq(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5


class Plain:
    pass


MyAbcSeq.register(Plain)
print(kind(Plain()))


# The first class along the MRO that is a sequence or a mapping decides.
import collections


class C:
    pass


class M2(C, collections.UserDict, collections.abc.Sequence):
    pass


class S4(collections.UserList, dict, C):
    pass


print(kind(M2()), kind(S4()))

# Builtin sequences, and bytearray as a class pattern that matches itself.
import array
print(kind(memoryview(b'ab')), kind(collections.deque()), kind(array.array('b')), kind(bytearray()))
match bytearray(b'x'):
    case bytearray(z):
        print(z)
