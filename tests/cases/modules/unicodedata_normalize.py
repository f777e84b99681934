# unicodedata.normalize and is_normalized: the four forms, Hangul, composition exclusions,
# canonical ordering, the 3.2.0 corrections, and their errors.
import unicodedata as ud

samples = [
    "", "abc", "\u00c5", "A\u030a", "\u212b", "\u1e9b\u0323", "\u0071\u0307\u0323",
    "\ufb01", "\u2460", "\ufdfa", "\uac00", "\u1100\u1161\u11a8", "\u1100\u1161\u11a7",
    "\uac00\u11a8", "\u0958", "\u2adc", "\u0344", "\u0f73", "\u1d15e", "\U0001d15e",
    "e\u0301\u0327", "e\u0327\u0301", "a\u0328\u0302\u0301", "\u0b47\u0b3e", "\u0b47\u0301\u0b3e",
    "\uf951", "\U0002f868", "\U0002f9bf", "\u00bd", "\u3300", "\u1e0a\u0323", "\u1e0c\u0307",
    "\u0041\u0301\u0301", "\u05d0\u05b8\u05b7", "\u0061\u0315\u0300\u05ae\u0300\u0062",
    "\u2126", "\u03a9\u0301", "\u1f80", "\u0399\u0308\u0301", "\u00e9" * 3 + "x",
]
for s in samples:
    row = []
    for f in ("NFC", "NFD", "NFKC", "NFKD"):
        row.append(ascii(ud.normalize(f, s)))
        row.append(ud.is_normalized(f, s))
    print(ascii(s), *row)

print("3.2.0")
for s in samples:
    print(ascii(s), *[ascii(ud.ucd_3_2_0.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          *[ud.ucd_3_2_0.is_normalized(f, s) for f in ("NFC", "NFKD")])

# every Hangul syllable round-trips
print(all(ud.normalize("NFC", ud.normalize("NFD", chr(cp))) == chr(cp) for cp in range(0xAC00, 0xD7A4)))
# the characters NFC changes on their own (composition exclusions and singletons)
PLANES = [*range(0, 0x10000), *range(0x1D000, 0x1F900), *range(0x2F800, 0x2FA20)]
print(sum(1 for cp in PLANES if ud.normalize("NFC", chr(cp)) != chr(cp)))
print(sum(1 for cp in PLANES if ud.normalize("NFKD", chr(cp)) != chr(cp)))

class S(str): pass
r = ud.normalize("NFC", S("abc"))
print(type(r).__name__, r)
print(type(ud.normalize("NFD", S("\u00e9"))).__name__, type(ud.normalize("NFD", S(""))).__name__)
s = "already"
print(ud.normalize("NFC", s) is s, ud.normalize("NFKD", s) is s)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ud.normalize("X", "a"))
t(lambda: ud.normalize("nfc", "a"))
t(lambda: ud.normalize("X", ""))
t(lambda: ud.is_normalized("X", "a"))
t(lambda: ud.is_normalized("X", ""))
t(lambda: ud.normalize(b"NFC", "a"))
t(lambda: ud.normalize("NFC", 1))
t(lambda: ud.normalize("NFC"))
t(lambda: ud.is_normalized("NFC", b"a"))
t(lambda: ud.ucd_3_2_0.normalize("NFD", 1))
t(lambda: ud.normalize("NFC", "\ud800\u0301"))
