# Which descriptors are member_descriptors, and the zero/non-zero dict and weakref offsets
# that dataclasses' _get_slots reads (the exact offsets are layout details).
import types, typing

def f(): pass
print(type(types.FunctionType.__dict__['__globals__']).__name__, types.MemberDescriptorType.__name__)
for name in ('__globals__', '__builtins__', '__closure__'):
    d = types.FunctionType.__dict__[name]
    print(name, type(d).__name__, d.__objclass__.__name__, d.__qualname__)
    try:
        setattr(f, name, {})
    except (AttributeError, TypeError) as e:
        print(' ', type(e).__name__, e)
print(f.__closure__, f.__globals__ is globals())
for name in ('real', 'imag'):
    d = complex.__dict__[name]
    print(type(d).__name__, d.__doc__, d.__get__(3+4j), d.__qualname__)
    try:
        d.__set__(1j, 2.0)
    except AttributeError as e:
        print(' ', e)
print(type(float.real).__name__, type(int.real).__name__, type(str.lower).__name__, type(int.__add__).__name__)

T = typing.TypeVar('T')
class Plain: pass
class Slotted: __slots__ = ('a',)
class WithWeak: __slots__ = ('__weakref__',)
class WithDict: __slots__ = ('__dict__',)
class Tup(tuple): pass
class Exc(Exception): pass
class Gen(typing.Generic[T]): pass
for t in (object, Plain, Slotted, WithWeak, WithDict, Tup, Exc, typing.Generic, Gen, int, list, types.FunctionType, type):
    print(t.__name__, t.__weakrefoffset__ != 0, t.__dictoffset__ != 0)
print(Plain.__dictoffset__, WithDict.__dictoffset__)

from dataclasses import dataclass, fields
@dataclass
class Base:
    __slots__ = ('x',)
    x: typing.Any
print([(fl.name, fl.default) for fl in fields(Base)][0][0], fields(Base)[0].default.__class__.__name__)
@dataclass(slots=True, weakref_slot=True)
class A(typing.Generic[T]):
    pass
print(A.__slots__)
