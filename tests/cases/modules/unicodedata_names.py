# unicodedata.name and lookup: names, computed Hangul and CJK names, aliases, named
# sequences, the 3.2.0 database's names, and the errors.
import unicodedata as ud

def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

for ch in ["a", " ", "\u00e9", "\uac00", "\ud7a3", "\u4e00", "\u9fff", "\U00020000",
           "\U00031350", "\U0001f600", "\u2028", "\ufeff", "\U000e0100", "\U00017000"]:
    t(lambda: ud.name(ch))
for ch in ["\x00", "\x1f", "\ue000", "\ud800", "\u0378", "\U0010ffff"]:
    t(lambda: ud.name(ch))
    print(ud.name(ch, None), ud.name(ch, "dflt"))

for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A",
             "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "hangul syllable ga",
             "HANGUL SYLLABLE GGGG", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2B740",
             "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-4DC0",
             "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-03400", "LINE FEED", "line feed", "BYTE ORDER MARK", "BOM",
             "LATIN CAPITAL LETTER GHA", "KEYCAP NUMBER SIGN", "keycap digit zero",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TAMIL SYLLABLE SHRII",
             "GRINNING FACE", "TANGUT IDEOGRAPH-17000", "SPACE\x00", "foo", "\u00e9",
             "x" * 256, "x" * 257]:
    t(lambda: ud.lookup(name))
t(lambda: ud.lookup(b"LATIN SMALL LETTER B"))
t(lambda: ud.lookup(b"\xffA"))
t(lambda: ud.lookup(bytearray(b"SPACE")))
t(lambda: ud.lookup(memoryview(b"SPACE")))
t(lambda: ud.lookup(1))
t(lambda: ud.lookup())
t(lambda: ud.lookup("\udc80"))
t(lambda: ud.name(1))
t(lambda: ud.name("ab"))
t(lambda: ud.name("a", 1, 2))
t(lambda: ud.name(s="a"))

# every name maps back to its character
bad = 0
named = 0
PLANES = [*range(0, 0x10000), *range(0x1D000, 0x1F900), *range(0x2F800, 0x2FA20), *range(0xE0000, 0xE0200)]
for cp in PLANES:
    n = ud.name(chr(cp), None)
    if n is not None:
        named += 1
        if ud.lookup(n) != chr(cp):
            bad += 1
print(named, bad)

old = ud.ucd_3_2_0
for ch in ["a", "\U0001f600", "\uac00", "\u9fa5", "\u9fa6", "\U0002b740", "\u0221"]:
    t(lambda: old.name(ch))
for name in ["LATIN SMALL LETTER A", "CJK UNIFIED IDEOGRAPH-03400", "GRINNING FACE", "LINE FEED", "BYTE ORDER MARK",
             "KEYCAP NUMBER SIGN", "CJK UNIFIED IDEOGRAPH-2B740", "HANGUL SYLLABLE GAG",
             "latin small letter a"]:
    t(lambda: old.lookup(name))
print(sum(1 for cp in range(0, 0x10000) if old.name(chr(cp), None) is not None))

# \N{} escapes take names and aliases, not named sequences
print(ascii("\N{LATIN SMALL LETTER A}\N{line feed}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}"))
try:
    eval(r'"\N{KEYCAP NUMBER SIGN}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(ascii(b"\\N{EM DASH}".decode("unicode_escape")))
print("\u2014\U0001f600".encode("ascii", "namereplace"))
