# int() and float() of bytes-like objects (bytearray, memoryview, array), the DeprecationWarning
# for __int__/__index__ returning a strict int subclass, and float subclasses' keywords.
import warnings, array
warnings.simplefilter('always')
class B:
    def __int__(self): return True
class I:
    def __index__(self): return True
class B2(int):
    def __int__(self): return True
class I2(int):
    def __index__(self): return True
with warnings.catch_warnings(record=True) as w:
    print(int(B()), int(I()), int(B2(5)), int(I2(7)), type(int(I())))
    print([str(x.message)[:40] for x in w], [x.category.__name__ for x in w])
for x in [memoryview(b'12x'), bytearray(b' 1_0 '), memoryview(b'123')[1:3], array.array('b', b'12'), bytearray(b'\xff')]:
    try: print(int(x))
    except Exception as e: print(type(e).__name__, e)
for x in [bytearray(b'1.5x'), memoryview(b'12.5')[1:], array.array('b', b'2.5'), bytearray(b' 3.25 ')]:
    try: print(float(x))
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
class FI(float):
    def __init__(self, arg, newarg=None): self.newarg = newarg
class FN(float):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg); self.newarg = newarg; return self
for f in [lambda: F(x=0), lambda: FI(2.5, newarg=3).newarg, lambda: FN(2.5, newarg=4).newarg, lambda: float(1, 2), lambda: FI(1, 2, 3), lambda: float(x=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
