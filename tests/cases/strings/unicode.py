# str is a sequence of code points.
s = "caf\u00e9"
print(s, len(s), s[3], s[-1] == "\u00e9")
e = "\U0001f600"
print(len(e), len("a" + e + "b"), ("a" + e + "b")[1] == e, ("a" + e + "b")[2])
mixed = "\u03b1\u03b2\u03b3 abc \u4e2d\u6587"
print(mixed, len(mixed), mixed[0], mixed[-2:], mixed[::-1])
print("\u00e9" == "\xe9", "\N{GREEK SMALL LETTER ALPHA}" == "\u03b1")
print(repr(e), repr("\u200b"), repr("tab\there"))
print("\u00c9COLE".lower(), "stra\u00dfe".upper())
count = 0
for ch in "a\U0001f600b\U0001f601":
    count += 1
print(count)
