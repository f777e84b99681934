"""Generate src/Sharpy/Modules/Unicodedata/Resources/unicodedata.bin, the character database
of the `unicodedata` module, from the `unicodedata` module of CPython 3.14 (Unicode 16.0.0).

    ../shared/tools/cpython314 tools/gen_unicodedata.py src/Sharpy/Modules/Unicodedata/Resources/unicodedata.bin

Everything is read off the reference interpreter, one code point at a time, so the tables
give exactly CPython's answers (the Unicode data files are not needed). Character names
and aliases are not here: they are the parser's \\N{...} table (tools/gen_unicode_names.py).
What is derived rather than read:

* the composition pairs: a character whose canonical decomposition has two code points and
  which NFC leaves alone is a primary composite (not in Full_Composition_Exclusion);
* the quick-check values of UAX #15 (NFD_QC, NFKD_QC, NFC_QC, NFKC_QC): No when the form
  changes the character on its own, Maybe (NFC and NFKC only) when the character is the
  second of a composition pair or a Hangul vowel or trailing jamo;
* the named sequences: CPython keeps them at private code points from U+F0200, which the
  `namereplace` error handler names; `lookup` gives each sequence;
* the 3.2.0 database (`ucd_3_2_0`) as differences from 16.0: every property that
  ucd_3_2_0 answers differently, as runs of code points, plus the normalization corrections
  (a character whose 3.2.0 NFD is a different single character).

The file is zlib-compressed; inside, little-endian. A string is a u16 length and UTF-8; an
int array is a u32 count, a u8 element size (1, 2 or 4, signed) and the elements.

    magic "SUCD", version string
    4 string lists (u16 count, strings): categories, bidirectional, east asian widths,
        decomposition prefixes
    records: int array of 6 x count (category, combining, bidirectional, mirrored,
        east asian width, quick check bits: NFD at bit 0, NFKD 2, NFC 4, NFKC 6; 0 Yes,
        1 Maybe, 2 No)
    record index: u8 shift, int array index1, int array index2
    decomposition data: int array (at each entry: count << 8 | prefix, then the code points;
        entry 0 is the empty decomposition), u8 shift, index1, index2
    numeric: int array of code points, then count doubles
    compositions: int array of (first, second, composite) triples
    named sequences: u16 count, then (name string, int array of code points)
    3.2.0: version string; int array of unassigned runs (first, last); for each of the
        fields category, bidirectional, east_asian_width, mirrored, combining, decimal,
        digit (int values) and decomposition (index into a string list): the run list
        (first, last, value); numeric runs as an int array of (first, last) and the doubles;
        normalization corrections as an int array of (code point, replacement) pairs
"""
import struct
import sys
import unicodedata
import zlib

u = unicodedata
old = unicodedata.ucd_3_2_0
MAX = 0x110000
NAMED_SEQUENCES_START = 0xF0200  # CPython keeps named sequences at private code points from here


class Writer:
    def __init__(self):
        self.parts = []

    def raw(self, b):
        self.parts.append(b)

    def u8(self, v):
        self.raw(struct.pack("<B", v))

    def u16(self, v):
        self.raw(struct.pack("<H", v))

    def string(self, s):
        b = s.encode("utf-8")
        self.u16(len(b))
        self.raw(b)

    def strings(self, lst):
        self.u16(len(lst))
        for s in lst:
            self.string(s)

    def ints(self, arr):
        lo, hi = (min(arr), max(arr)) if arr else (0, 0)
        size = 1 if -128 <= lo and hi < 128 else 2 if -32768 <= lo and hi < 32768 else 4
        self.raw(struct.pack("<IB", len(arr), size))
        fmt = {1: "b", 2: "h", 4: "i"}[size]
        self.raw(struct.pack(f"<{len(arr)}{fmt}", *arr))

    def doubles(self, arr):
        self.raw(struct.pack(f"<{len(arr)}d", *arr))

    def data(self):
        return b"".join(self.parts)


def splitbins(t):
    """The smallest two-level table (index1[i >> shift], then index2) that gives t[i]."""
    best = None
    for shift in range(1, 12):
        size = 1 << shift
        blocks = {}
        index1, index2 = [], []
        for start in range(0, len(t), size):
            block = tuple(t[start:start + size])
            if block not in blocks:
                blocks[block] = len(index2) >> shift
                index2.extend(block)
            index1.append(blocks[block])
        cost = len(index1) * 2 + len(index2) * (2 if max(index2) < 65536 else 4)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def parse_decomposition(s):
    if not s:
        return "", []
    parts = s.split()
    prefix = parts[0] if parts[0].startswith("<") else ""
    cps = [int(p, 16) for p in parts[1 if prefix else 0:]]
    return prefix, cps


def runs(values):
    """(first, last, value) for the maximal runs of equal values of a {code point: value} dict."""
    out = []
    for cp in sorted(values):
        v = values[cp]
        if out and out[-1][1] == cp - 1 and out[-1][2] == v:
            out[-1][1] = cp
        else:
            out.append([cp, cp, v])
    return out


def main(out_path):
    categories, bidis, widths, prefixes = ["Cn"], [""], [], [""]

    def index_of(lst, v):
        if v not in lst:
            lst.append(v)
        return lst.index(v)

    chars = [chr(cp) for cp in range(MAX)]
    decomps = {}
    for cp in range(MAX):
        d = u.decomposition(chars[cp])
        if d:
            decomps[cp] = parse_decomposition(d)

    # Composition pairs and the characters that may combine with a preceding one.
    compositions = []
    seconds = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for cp, (prefix, d) in sorted(decomps.items()):
        if not prefix and len(d) == 2 and u.normalize("NFC", chars[cp]) == chars[cp]:
            compositions.append((d[0], d[1], cp))
            seconds.add(d[1])

    records, record_ids, record_index = [], {}, []
    for cp in range(MAX):
        ch = chars[cp]
        qc = 0
        for bit, form in ((0, "NFD"), (2, "NFKD"), (4, "NFC"), (6, "NFKC")):
            if u.normalize(form, ch) != ch:
                qc |= 2 << bit
            elif form in ("NFC", "NFKC") and cp in seconds:
                qc |= 1 << bit
        rec = (index_of(categories, u.category(ch)), u.combining(ch),
               index_of(bidis, u.bidirectional(ch)), u.mirrored(ch),
               index_of(widths, u.east_asian_width(ch)), qc)
        if rec not in record_ids:
            record_ids[rec] = len(records)
            records.append(rec)
        record_index.append(record_ids[rec])

    decomp_data, decomp_index = [0], [0] * MAX
    for cp, (prefix, d) in sorted(decomps.items()):
        decomp_index[cp] = len(decomp_data)
        decomp_data.append(len(d) << 8 | index_of(prefixes, prefix))
        decomp_data.extend(d)

    numeric_cps, numeric_values = [], []
    for cp in range(MAX):
        v = u.numeric(chars[cp], None)
        if v is not None:
            numeric_cps.append(cp)
            numeric_values.append(v)

    named_sequences = probe_named_sequences()

    # The string lists are written last (the 3.2.0 pass may add to them) but read first.
    w = Writer()
    w.raw(b"SUCD")
    w.string(u.unidata_version)
    body = Writer()

    shift, i1, i2 = splitbins(record_index)
    body.ints([x for rec in records for x in rec])
    body.u8(shift)
    body.ints(i1)
    body.ints(i2)
    dshift, d1, d2 = splitbins(decomp_index)
    body.ints(decomp_data)
    body.u8(dshift)
    body.ints(d1)
    body.ints(d2)
    body.ints(numeric_cps)
    body.doubles(numeric_values)
    body.ints([x for c in compositions for x in c])
    body.u16(len(named_sequences))
    for name, seq in named_sequences:
        body.string(name)
        body.ints([ord(c) for c in seq])

    # The 3.2.0 database, as differences.
    body.string(old.unidata_version)
    unassigned = {cp: 1 for cp in range(MAX) if old.category(chars[cp]) == "Cn" and u.category(chars[cp]) != "Cn"}
    body.ints([x for first, last, _ in runs(unassigned) for x in (first, last)])
    old_decomps = [""]
    fields = [
        (lambda f, ch: index_of(categories, f.category(ch))),
        (lambda f, ch: index_of(bidis, f.bidirectional(ch))),
        (lambda f, ch: index_of(widths, f.east_asian_width(ch))),
        (lambda f, ch: f.mirrored(ch)),
        (lambda f, ch: f.combining(ch)),
        (lambda f, ch: f.decimal(ch, -1)),
        (lambda f, ch: f.digit(ch, -1)),
        (lambda f, ch: index_of(old_decomps, f.decomposition(ch))),
    ]
    field_runs = []
    for field in fields:
        diffs = {}
        for cp in range(MAX):
            v = field(old, chars[cp])
            if v != field(u, chars[cp]):
                diffs[cp] = v
        field_runs.append(runs(diffs))
    numeric_diffs = {}
    for cp in range(MAX):
        v = old.numeric(chars[cp], -1.0)
        if v != u.numeric(chars[cp], -1.0):
            numeric_diffs[cp] = v
    numeric_runs = runs(numeric_diffs)
    corrections = []
    for cp in range(MAX):
        ch = chars[cp]
        if cp in unassigned or not decomps.get(cp):
            continue
        o = old.normalize("NFD", ch)
        if o != u.normalize("NFD", ch):
            assert len(o) == 1, hex(cp)
            corrections.append((cp, ord(o)))
    for r in field_runs:
        body.ints([x for run in r for x in run])
    body.strings(old_decomps)
    body.ints([x for first, last, _ in numeric_runs for x in (first, last)])
    body.doubles([v for _, _, v in numeric_runs])
    body.ints([x for c in corrections for x in c])

    for lst in (categories, bidis, widths, prefixes):
        w.strings(lst)
    data = w.data() + body.data()
    packed = zlib.compress(data, 9)
    with open(out_path, "wb") as f:
        f.write(packed)
    print(f"{len(records)} records (shift {shift}, {len(i1)}+{len(i2)}), "
          f"{len(decomps)} decompositions (shift {dshift}, {len(d1)}+{len(d2)}), "
          f"{len(numeric_cps)} numerics, {len(compositions)} compositions, "
          f"{len(named_sequences)} named sequences; 3.2.0: {len(unassigned)} unassigned, "
          f"field runs {[len(r) for r in field_runs]}, {len(numeric_runs)} numeric runs, "
          f"{len(corrections)} corrections; {len(data)} bytes, {len(packed)} compressed",
          file=sys.stderr)


def probe_named_sequences():
    """The named sequences: CPython keeps them at private code points from
    NAMED_SEQUENCES_START, and the `namereplace` error handler names those code points."""
    out = []
    cp = NAMED_SEQUENCES_START
    while True:
        raw = chr(cp).encode("ascii", "namereplace")
        if not raw.startswith(b"\\N{"):
            break
        name = raw[3:-1].decode("ascii")
        seq = u.lookup(name)
        assert len(seq) > 1 and u.lookup(name.lower()) == seq, name
        out.append((name, seq))
        cp += 1
    return out


if __name__ == "__main__":
    main(sys.argv[1])
