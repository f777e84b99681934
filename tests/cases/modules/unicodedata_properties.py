# unicodedata's per-character properties on Unicode 16.0, their defaults and errors.
import unicodedata as ud

print(ud.unidata_version, ud.ucd_3_2_0.unidata_version)
for ch in ["A", "a", "1", " ", "\u00e9", "\u0301", "\u05d0", "\u0661", "\u00bd", "\u2167",
           "\u4e00", "\uac00", "\U0001f600", "\U0001d7d9", "\ufffd", "\ue000", "\ud800",
           "\u0378", "(", "\u2028", "\U000e0001", "\u1e9b", "\u0f73", "\U00011f50"]:
    print(ascii(ch), ud.category(ch), ascii(ud.bidirectional(ch)), ud.combining(ch),
          ud.mirrored(ch), ud.east_asian_width(ch), ascii(ud.decomposition(ch)),
          ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None))

# numeric values: fractions, large numbers, negative-free
for ch in "\u00bc\u00be\u2153\u0f33\u5146\U00012432\u3405\u216f\U0001ecb3":
    print(ascii(ch), ud.numeric(ch, "none"))

# summaries over the planes that hold assigned characters (a wrong table shows as a changed count)
PLANES = [*range(0, 0x10000), *range(0x1D000, 0x1F900), *range(0x2F800, 0x2FA20), *range(0xE0000, 0xE0200)]
counts, widths = {}, {}
mirrored = combining = decomposed = numeric = 0
for cp in PLANES:
    ch = chr(cp)
    c = ud.category(ch)
    counts[c] = counts.get(c, 0) + 1
    w = ud.east_asian_width(ch)
    widths[w] = widths.get(w, 0) + 1
    mirrored += ud.mirrored(ch)
    combining += ud.combining(ch)
    decomposed += ud.decomposition(ch) != ""
    numeric += ud.numeric(ch, None) is not None
print(sorted(counts.items()))
print(sorted(widths.items()))
print(mirrored, combining, decomposed, numeric)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ud.decimal("a"))
t(lambda: ud.digit("a"))
t(lambda: ud.numeric("a"))
t(lambda: ud.decimal("a", 7))
t(lambda: ud.category(1))
t(lambda: ud.category("ab"))
t(lambda: ud.category(""))
t(lambda: ud.decimal(1))
t(lambda: ud.decimal("ab"))
t(lambda: ud.decimal())
t(lambda: ud.decimal("1", 2, 3))
t(lambda: ud.category())
t(lambda: ud.combining("a", "b"))
class S(str): pass
t(lambda: ud.category(S("a")))

# the 3.2.0 database: unassigned then, changed since
old = ud.ucd_3_2_0
for ch in ["A", "\U0001f600", "\u20ac", "\u0221", "\u1d00", "\u00b5", "\u3000", "\u0f3a",
           "\U0002f868", "\u0bb6", "\u19da", "\u5146"]:
    print(ascii(ch), old.category(ch), ascii(old.bidirectional(ch)), old.combining(ch),
          old.mirrored(ch), old.east_asian_width(ch), ascii(old.decomposition(ch)),
          old.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None))
print(sum(1 for cp in PLANES if old.category(chr(cp)) != "Cn"))
print(type(old).__name__, type(old).__module__, type(old) is ud.UCD)
t(lambda: ud.UCD())
t(lambda: ud.UCD.category(ud, "a"))
print(ud.UCD.category(old, "\U0001f600"))
print(ud.decimal.__text_signature__, ud.category.__text_signature__, ud.normalize.__text_signature__)
print(ud.UCD.name.__text_signature__, ud.UCD.lookup.__text_signature__)
t(lambda: setattr(old, "unidata_version", "x"))
