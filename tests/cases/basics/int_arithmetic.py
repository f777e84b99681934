# Integer arithmetic, including floor division and modulo of negatives.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(+5, -5, ~5, ~-1)
print(1 << 10, 1024 >> 3, 0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(0x1f, 0o17, 0b101, 1_000_000)
print(10 - 2 - 3, 2 ** 3 ** 2, 100 // 7 * 7 + 100 % 7)
print(abs(-12), 17 // 1, 0 * -1)
print(True + True, True * 10, False - 1)
print(6 / 3, 1 / 4, -9 / 2)
i = 0
total = 0
while i < 100:
    total = total + i * i
    i += 1
print(total)
