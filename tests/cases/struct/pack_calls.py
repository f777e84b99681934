# struct.pack, Struct.pack and pack_into called with bad arguments (the messages and
# exception classes of _struct.c's METH_FASTCALL functions), and the integer codes at the
# edges of their ranges in both byte orders.
import struct


class Index:
    def __index__(self):
        return 7


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: struct.pack())
attempt(lambda: struct.pack("i", x=1))
attempt(lambda: struct.Struct("i").pack(x=1))
attempt(lambda: struct.Struct("i").pack())
attempt(lambda: struct.pack("i", 1, 2))
attempt(lambda: struct.pack_into())
attempt(lambda: struct.pack_into("i", x=1))
attempt(lambda: struct.pack_into("i"))
attempt(lambda: struct.pack_into("i", bytearray(4)))
attempt(lambda: struct.Struct("i").pack_into())
attempt(lambda: struct.Struct("i").pack_into(bytearray(4)))
attempt(lambda: struct.Struct("i").pack_into(x=1))

for order in "<>!=":
    for code in "bBhHiIlLqQ":
        fmt = order + code
        size = struct.calcsize(fmt)
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if code.islower() else (0, (1 << (8 * size)) - 1)
        for v in (lo, hi, 0, 1, -1, lo - 1, hi + 1, True, Index()):
            try:
                packed = struct.pack(fmt, v)
                print(fmt, packed.hex(), struct.unpack(fmt, packed)[0])
            except struct.error as e:
                print(fmt, "error", e)
attempt(lambda: struct.pack("<h", 1.5))
attempt(lambda: struct.pack("<h", "1"))
attempt(lambda: struct.pack("<q", 2 ** 100))
