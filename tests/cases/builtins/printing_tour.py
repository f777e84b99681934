# printing and repr details
print(1, 2, sep="", end="|\n")
print("a", "b", sep=None, end=None)
print()
import sys
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print(repr(1.0), repr(-1.5e-10), repr(1e100), repr(float("nan")), repr(123456789012345678.0))
print([1.1, 2.2], (3.3,), {"k": 4.4}, {5.5}, repr("multi\nline"))
print(str(b"bytes"), repr(b"\x00\xff'\""), repr('a"b'), repr("a'b"), repr("a'b\"c"))
print(True, None, ..., NotImplemented, type, object, int, len, print)
class R:
    def __repr__(self): return "R()"
print(R(), [R()], str(R()), f"{R()}", f"{R()!r}", "%s %r" % (R(), R()))
print(format(12345.678, ",.1f"), format(255, "08b"), format(3, "+"), format("s", ">3"), format(1.5, "e"))
print(-0.0, 0.0 * -1, 1e16, 1e15, 123e-10, 0.1 * 3, 2 ** 0.5 * 2 ** 0.5)
print(int.__name__, list.append, [].append.__name__, type([].append).__name__)
big = 2 ** 200
print(big, -big, big // 3, big % 1000, len(str(big)), hex(big)[:10])
print(10 ** 30 / 7, 7 / 10 ** 30, float(10 ** 30))
