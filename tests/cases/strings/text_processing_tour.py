text = """The quick brown fox
jumps over the lazy dog.
Pack my box with five dozen liquor jugs!"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = text.lower().replace(".", "").replace("!", "").split()
print(sorted(set(words))[:5], len(words))
print(text.title()[:20], text.swapcase()[:10], text.center(10)[:5], "x".zfill(4))
print(" | ".join(w.capitalize() for w in words[:4]), words[0].startswith(("t", "q")))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "%-5s|%5.1f|%x" % ("ab", 2.345, 255))
print("tab\tsep".expandtabs(4), "a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="))
print("é".encode("utf-8"), "ü".encode("latin-1"), b"\xc3\xa9".decode(), "abc".encode("ascii"))
print(repr("\x00\n\t\\'\""), ascii("naïve ☃"), "\N{SNOWMAN}", len("😀"), "😀"[0])
s = "hello world"
print(s[::-1], s[-5:], s[1:8:2], s.count("o"), s.rfind("o"), s.isalpha(), "123".isdigit())
print(str.maketrans("ab", "xy") == {97: 120, 98: 121}, "abc".translate(str.maketrans("ab", "xy")))
print(f"{'nested {}'!r}", f"{3+4=}", f"{s!s:.3}", f"{1234.5678:,.2f}", f"{0.25:%}")
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(7)), 3)))
def take(n, it):
    out = []
    for x in it:
        if len(out) == n: break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, (x * x for x in naturals() if x % 2)))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen), list(gen))
print(bytes(range(5)), bytearray if False else None, b"ab" + b"cd", b"a" * 3, b"abc"[1], b"abc"[1:])
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), hex(id(0) * 0))
