# Instances of generic classes pickle at every protocol (copyreg._reduce_ex looks for the
# first non-heap base; typing.Generic is a heap type in CPython).
import pickle
from typing import Generic, TypeVar

T = TypeVar("T")

class Box[T]:
    def __init__(self, v):
        self.v = v

class OldBox(Generic[T]):
    def __init__(self, v):
        self.v = v

for cls in (Box, OldBox):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(cls(proto), protocol=proto))
        print(cls.__name__, proto, type(b).__name__, b.v)
import typing
print(bool(typing.Generic.__flags__ & (1 << 9)), bool(typing.Generic.__flags__ & (1 << 8)))
