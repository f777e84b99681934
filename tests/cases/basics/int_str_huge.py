# str() of huge ints (converted by divide and conquer past a few thousand digits): exact
# digits, including the zeros inside and at the block boundaries, and the round trip.
import sys
sys.set_int_max_str_digits(0)

def digest(x):
    s = str(x)
    return len(s), s[:12], s[-12:], sum(map(int, s.lstrip('-'))), s.count('0')

values = []
for bits in [3999, 4000, 4001, 6644, 13288, 26575, 60000, 250000]:
    values += [1 << bits, (1 << bits) - 1, 3 ** (bits * 63 // 100)]
for k in [999, 1000, 1001, 2000, 4000, 4001, 8000, 20000]:
    values += [10 ** k, 10 ** k - 1, 10 ** k + 1, 7 * 10 ** k + 10 ** (k // 2)]
for v in values:
    for x in (v, -v):
        s = str(x)
        assert int(s) == x
        assert s == repr(x) == format(x, 'd') == '%d' % x == f'{x}'
    print(digest(v))
print(format(10 ** 5000 + 1, ',')[-20:], len(format(-(10 ** 5000), ',')))
