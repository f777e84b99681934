# Arbitrary-precision integers.
print(2 ** 64, 2 ** 63 - 1, -2 ** 63)
print(2 ** 100)
print(2 ** 100 + 1 - 2 ** 100)
n = 1
for i in range(1, 51):
    n *= i
print(n)
print(n // 10 ** 40, n % 1000003)
print(-n // 7, -n % 7)
print(int("123456789" * 5) * 3)
print((1 << 200) >> 190)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(4611686018427387904 * 2, 2 ** 62 * 4)
big = 10 ** 30
print(big == 10 ** 30, big > 10 ** 29, big < -big, -big)
print(abs(-big), big // 3, big % 3, big - 3 * (big // 3))
print(str(2 ** 200), len(str(3 ** 500)))
print(0xffffffffffffffffffffffff, 2 ** 96 - 1)
print(~(2 ** 70), (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, -(2 ** 70) ^ 5)
print(float(2 ** 80), 2 ** 80 / 2 ** 78)
print(repr(10 ** 20), type(10 ** 20))
