# sum(): str/bytes/bytearray starts are refused (after the iterable is checked), and
# float and complex totals are summed with compensation, part by part.
for start in ("", b"", bytearray()):
    try:
        sum([], start)
    except TypeError as e:
        print(type(start).__name__, "TypeError:", e)
try:
    sum(5, "")
except TypeError as e:
    print("not iterable first:", e)

print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 0.5, 2]))
print(sum([0.1j] * 10), sum([1e100j, 1j, -1e100j]), sum([1j, 2, 0.5, True]))
print(sum([complex(1e100, 1), complex(1, 1e100), complex(-1e100, -1e100)]))
print(sum([1j, 10**20]), sum([1.5, 10**20]))
for items in ([1.0, 10**1000], [1j, 10**1000]):
    try:
        sum(items)
    except OverflowError as e:
        print("OverflowError:", e)
print(sum([1j, [1]], 0) if False else sum([1j, 2.5, 3], 0j))
class Num:
    def __radd__(self, other):
        return ("radd", other)
print(sum([1j, Num()]), sum([0.5, Num()]), sum([2, Num()]))
print(sum([-0.0, -0.0]), sum([-0.0j, -0.0j], -0.0j))
