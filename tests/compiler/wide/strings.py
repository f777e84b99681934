"""Module docstring."""
x = f"{a!r:>{w}} {b=} {c:.2f}"
y = b"bytes\x00\n"
z = "multi\nline\ttab 'q' \"d\""
u = "\u00e9\u4e2d\U0001F600"
def doc():
    """Function doc.

    More text.
    """
    return 1j + 2.5e10 + 0.1
big = 123456789012345678901234567890
neg = -0.0
t = ("a",)
fs = 1 in {1, 2, 3}
l = x in [a, b]
