# String concatenation, repetition, indexing, slicing and membership.
s = "Sharpy"
print(s + "!", s * 2, "-" * 10, 3 * "ab")
print(s[0], s[-1], s[1:3], s[:2], s[3:], s[::-1], s[::2], s[-3:-1])
print(len(s), "arp" in s, "xyz" not in s, "" in s)
print(s[10:], s[-100:2], s[4:1])
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "X"
except TypeError as e:
    print("TypeError:", e)
out = ""
for ch in s:
    out = ch + out
print(out)
print("a" < "b", "abc" == "ab" + "c", "Z" < "a", "" == str())
print(s.upper(), s.lower(), s.replace("y", "ies"), s.startswith("Sh"), s.find("r"))
print("a,b,,c".split(","), " x  y ".split(), "-".join(["1", "2", "3"]), "  pad  ".strip())
print(str(42) + "!", "n=" + repr(3.0))
