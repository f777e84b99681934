# int() and float() conversions.
print(int(), int(7), int(-7.9), int("42"), int("  -17  "), int("1_000"))
print(int("ff", 16), int("0x1F", 16), int("777", 8), int("101", 2), int("z", 36), int("0b11", 0))
print(int(True), int(2.5e10), int("9" * 30))
print(float(), float(3), float("2.5"), float(" -1e-3 "), float(2 ** 53 + 1))
for bad in ["", "abc", "1.5", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "x1", "1..2"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
