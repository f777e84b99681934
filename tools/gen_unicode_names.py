"""Generate src/Sharpy/Parser/Resources/UnicodeNames.bin, the name table of `\\N{...}` escapes,
from the `unicodedata` module of CPython 3.14.

    ../shared/tools/cpython314 tools/gen_unicode_names.py src/Sharpy/Parser/Resources/UnicodeNames.bin

Everything is read off the reference interpreter and checked against `unicodedata.lookup`,
so the table accepts exactly the names CPython's unicode_escape codec accepts:

* every character name that `lookup` maps back to its character (the names of Hangul
  syllables and CJK unified ideographs are left out: CPython computes those, and only in
  upper case, so UnicodeNames.cs computes them too);
* the formal name aliases (CPython keeps them at private code points U+F0000...; the
  `namereplace` error handler is the one public way to read their names back);
* the code point ranges of the CJK unified ideographs.

The file is zlib-compressed UTF-8 text, one record a line, fields separated by tabs:

    V  <unidata_version>
    N  <code point delta from the previous N line, hex>  <name>
    A  <code point, hex>  <alias>
    C  <first, hex>  <last, hex>          a CJK UNIFIED IDEOGRAPH-XXXX range
"""
import sys
import unicodedata
import zlib

CJK = "CJK UNIFIED IDEOGRAPH-"
HANGUL = "HANGUL SYLLABLE "
ALIAS_START = 0xF0000


def main(out_path):
    lines = ["V\t" + unicodedata.unidata_version]
    cjk_ranges = []
    prev = 0
    count = 0
    for cp in range(0x110000):
        ch = chr(cp)
        name = unicodedata.name(ch, None)
        if name is None:
            continue
        if name.startswith(CJK):
            assert unicodedata.lookup(name) == ch
            if cjk_ranges and cjk_ranges[-1][1] == cp - 1:
                cjk_ranges[-1][1] = cp
            else:
                cjk_ranges.append([cp, cp])
            continue
        if name.startswith(HANGUL):
            assert unicodedata.lookup(name) == ch
            continue
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue  # e.g. TANGUT IDEOGRAPH-17000: name() has it, lookup() does not
        if found != ch:
            continue
        # regular names match case-insensitively (ASCII upper case)
        assert unicodedata.lookup(name.lower()) == ch, name
        lines.append(f"N\t{cp - prev:x}\t{name}")
        prev = cp
        count += 1

    aliases = 0
    for i in range(0x200):
        raw = chr(ALIAS_START + i).encode("ascii", "namereplace")
        if not raw.startswith(b"\\N{"):
            break
        alias = raw[3:-1].decode("ascii")
        target = unicodedata.lookup(alias)
        assert len(target) == 1, alias
        assert unicodedata.lookup(alias.lower()) == target, alias
        lines.append(f"A\t{ord(target):x}\t{alias}")
        aliases += 1

    for first, last in cjk_ranges:
        lines.append(f"C\t{first:x}\t{last:x}")

    data = ("\n".join(lines) + "\n").encode("ascii")
    with open(out_path, "wb") as f:
        f.write(zlib.compress(data, 9))
    print(f"{count} names, {aliases} aliases, {len(cjk_ranges)} CJK ranges; "
          f"{len(data)} bytes, {len(zlib.compress(data, 9))} compressed", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
