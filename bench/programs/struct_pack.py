# struct.pack and unpack, a million times each (issue 11's struct speed item).
import struct
S = struct.Struct("<iHdq")
total = 0
n = 0
for i in range(1000000):
    b = struct.pack("<iHdq", i, i & 0xFFFF, i * 0.25, -i)
    n += len(b)
    total += S.unpack(b)[1]
print(n, total, struct.pack(">IhQ", 7, -2, 2**63).hex())
