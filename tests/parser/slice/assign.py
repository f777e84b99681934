x = 1
x = y = 2
a, b = b, a
[a, (b, *c)] = 1, 2, 3
obj.attr = d[k] = 0
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= m
n: int = 5
obj.field: str
