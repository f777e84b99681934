"""Generate src/Sharpy/Modules/Cjk/Resources/cjk.bin, the mapping tables of the CJK codecs
(`_codecs_jp`, `_codecs_cn`, `_codecs_kr`, `_codecs_tw`, `_codecs_hk`, `_codecs_iso2022`),
from CPython 3.14's own codecs:

    ../shared/tools/cpython314 tools/gen_cjk_tables.py src/Sharpy/Modules/Cjk/Resources/cjk.bin

Everything is read off the reference interpreter by decoding every byte sequence and encoding
every code point, so the tables give exactly CPython's answers, errors included:

* a stateless codec's decoder is a byte trie: at each node, for each next byte, a code point,
  a sequence of code points (the pairs of big5hkscs and JIS X 0213), an error that skips
  L bytes from the start of the sequence ('illegal multibyte sequence'), a child node (the
  sequence is incomplete: CPython reports 'incomplete multibyte sequence' when the input ends
  there), or, for gb18030, "a four-byte sequence" (decoded from the gb18030 four-byte table);
* its encoder is the map code point -> bytes for every encodable code point of the BMP and
  plane 2 (gb18030's planes 1-16 are arithmetic), plus the pairs of code points that encode
  to one code, and the code points that wait for a possible second one (the incremental
  encoder keeps them pending);
* gb18030's four-byte table: the code point of each linear index 0..39419 (0x81308130 ...);
* euc_kr's make-up sequences (KS X 1001:1998 Annex 3: A4 D4 and three jamo, each after A4)
  give the jamo indexes of each byte; the encoder's make-up codes are stored as "0 bytes"
  holding the three jamo bytes;
* each ISO-2022 variant: per designated character set, its decode table (94 x 94 for a
  double-byte set, the 128 bytes for a single-byte one); the map code point -> (character set
  mark, code) that the variant's encoder chooses; its pairs; the G2 table of ISO 8859-7.

The file is zlib-compressed. Integers are LEB128 varints (signed ones zigzag); a string is a
varint length and UTF-8. "SCJK", then the tables, each a name and its body:

    dec:CODEC   node count, then per node 256 entries as zigzag deltas of the entry before
                (entry: code point; 0x200000+L error of L bytes; 0x300000+i sequence i;
                0x400000+n node n; 0x500000 gb18030 four-byte; 0x600000 euc_kr make-up), then the sequences (count,
                each a length and code points)
    enc:CODEC   count, then (code point delta, zigzag delta of (bytes << 3 | byte count)),
                then pairs (count, each first, second, bytes << 3 | byte count), then the
                pending code points (count, each)
    gb18030:4   39420 zigzag deltas of code points (0 where none)
    euckr:makeup 3 x 256 zigzag deltas: the choseong, jungseong and jongseong index that each
                byte gives in a euc_kr make-up sequence (0x600000 in the trie), -1 for none
    iso:VARIANT charset count, each its mark and table id; then the encode map as enc: does,
                with (mark << 16 | code) in place of the bytes; then the pairs the same way
    isotab:ID   size (94*94 or 128), entries as zigzag deltas (0xFFFF unmapped, 0x300000+i
                a sequence), then the sequences
    g2:F        256 entries, the ISO 8859-7 decoding of ESC N byte (0xFFFF unmapped)
"""
import codecs
import sys
import zlib

STATELESS = ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
             "euc_jisx0213", "gb2312", "gbk", "gb18030", "euc_kr", "cp949", "johab", "big5", "cp950",
             "big5hkscs"]
ERR, SEQ, NODE, FOUR, MAKEUP = 0x200000, 0x300000, 0x400000, 0x500000, 0x600000
JAMO_SEQUENCE = b"\xa4\xd4"  # euc_kr: KS X 1001:1998 Annex 3 make-up sequences of 8 bytes
UNMAPPED = 0xFFFF
INCOMPLETE = "incomplete multibyte sequence"


class Writer:
    def __init__(self):
        self.buf = bytearray()

    def uv(self, v):
        assert v >= 0
        while True:
            b = v & 0x7F
            v >>= 7
            if v:
                self.buf.append(b | 0x80)
            else:
                self.buf.append(b)
                return

    def sv(self, v):
        self.uv(v * 2 if v >= 0 else -v * 2 - 1)

    def string(self, s):
        b = s.encode()
        self.uv(len(b))
        self.buf += b

    def deltas(self, values):
        prev = 0
        for v in values:
            self.sv(v - prev)
            prev = v

    def sequences(self, seqs):
        self.uv(len(seqs))
        for s in seqs:
            self.uv(len(s))
            for c in s:
                self.uv(c)


def decode_trie(name):
    dec = codecs.getdecoder(name)
    nodes, seqs, seq_index = [], [], {}

    def seq(s):
        if s not in seq_index:
            seq_index[s] = len(seqs)
            seqs.append(tuple(ord(c) for c in s))
        return SEQ + seq_index[s]

    def build(prefix):
        index = len(nodes)
        entries = [0] * 256
        nodes.append(entries)
        for b in range(256):
            p = prefix + bytes([b])
            try:
                s = dec(p)[0]
            except UnicodeDecodeError as e:
                assert e.start == 0, (name, p, e)
                if e.reason == INCOMPLETE:
                    if name == "gb18030" and len(p) == 2:
                        entries[b] = FOUR
                    elif name == "euc_kr" and p == JAMO_SEQUENCE:
                        entries[b] = MAKEUP
                    else:
                        entries[b] = NODE + build(p)
                else:
                    entries[b] = ERR + (e.end - e.start)
                continue
            entries[b] = ord(s) if len(s) == 1 else seq(s)
        return index

    build(b"")
    return nodes, seqs


def packed(b):
    if len(b) == 8:  # a euc_kr make-up sequence: the three jamo bytes, "count" 0
        assert b[:3] == JAMO_SEQUENCE + b"\xa4" and b[4] == b[6] == 0xA4, b
        return (b[3] << 16 | b[5] << 8 | b[7]) << 3
    return int.from_bytes(b, "big") << 3 | len(b)


def euc_kr_makeup(w):
    """For each byte, the choseong, jungseong and jongseong index it gives in a make-up
    sequence (-1 for none), read off decodings of A4 D4 A4 cho A4 jung A4 jong."""
    dec = codecs.getdecoder("euc_kr")
    values = []
    for part in range(3):
        for b in range(256):
            jamo = [0xA1, 0xBF, 0xD4]
            jamo[part] = b
            try:
                s = dec(JAMO_SEQUENCE + b"".join(b"\xa4" + bytes([j]) for j in jamo))[0]
            except UnicodeDecodeError:
                values.append(-1)
                continue
            index = ord(s) - 0xAC00
            values.append((index // 588, index // 28 % 21, index % 28)[part])
    w.string("euckr:makeup")
    w.deltas(values)


def encodable_blocks(enc, planes):
    for block in range(0, planes * 0x10000, 256):
        if 0xD800 <= block < 0xE000:
            continue
        if block >= 0x10000 and block >> 16 != 2:
            continue
        if enc("".join(map(chr, range(block, block + 256))), "ignore")[0]:
            yield block


def encode_map(name, planes):
    enc = codecs.getencoder(name)
    out = []
    for block in encodable_blocks(enc, planes):
        for cp in range(block, block + 256):
            if cp < 0x80:
                continue
            try:
                out.append((cp, enc(chr(cp))[0]))
            except UnicodeEncodeError:
                pass
    return out


def write_encode(w, entries, pairs, pending):
    w.uv(len(entries))
    prev_cp = prev_v = 0
    for cp, v in entries:
        w.uv(cp - prev_cp)
        w.sv(v - prev_v)
        prev_cp, prev_v = cp, v
    w.uv(len(pairs))
    for a, b, v in pairs:
        w.uv(a)
        w.uv(b)
        w.uv(v)
    w.uv(len(pending))
    for cp in pending:
        w.uv(cp)


def stateless(w, name):
    nodes, seqs = decode_trie(name)
    w.string("dec:" + name)
    w.uv(len(nodes))
    for entries in nodes:
        w.deltas(entries)
    w.sequences(seqs)

    enc, dec = codecs.getencoder(name), codecs.getdecoder(name)
    entries = [(cp, packed(b)) for cp, b in encode_map(name, 1 if name == "gb18030" else 3)]
    pairs = []
    # The pairs are the sequences the decoder gives; each must encode back to its bytes.
    for s in seqs:
        text = "".join(map(chr, s))
        b = enc(text)[0]
        assert len(s) == 2 and dec(b)[0] == text, (name, s, b)
        pairs.append((s[0], s[1], packed(b)))
    pending = []
    for first in sorted({p[0] for p in pairs}):
        if codecs.getincrementalencoder(name)().encode(chr(first)) == b"":
            pending.append(first)
    w.string("enc:" + name)
    write_encode(w, entries, pairs, pending)


def gb18030_four(w):
    dec = codecs.getdecoder("gb18030")
    values = []
    for lseq in range(39420):
        b4 = lseq % 10
        b3 = lseq // 10 % 126
        b2 = lseq // 1260 % 10
        b1 = lseq // 12600
        try:
            s = dec(bytes([b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30]))[0]
            values.append(ord(s))
        except UnicodeDecodeError:
            values.append(0)
    w.string("gb18030:4")
    w.deltas(values)


# The character sets each ISO-2022 variant designates (CPython's designation lists), with
# the escape that designates each one for decoding.
ISO2022 = {
    "iso2022_kr": ["C$"],
    "iso2022_jp": ["B$", "J", "@$"],
    "iso2022_jp_1": ["B$", "D$", "J", "@$"],
    "iso2022_jp_2": ["B$", "D$", "C$", "A$", "J", "@$"],
    "iso2022_jp_2004": ["Q$", "B$", "P$"],
    "iso2022_jp_3": ["O$", "B$", "P$"],
    "iso2022_jp_ext": ["B$", "D$", "J", "I", "@$"],
}


def mark_of(spec):
    return ord(spec[0]) | (0x80 if spec.endswith("$") else 0)


def designate(variant, spec):
    f = spec[0].encode()
    if variant == "iso2022_kr":
        return b"\x1b$)" + f + b"\x0e"
    if not spec.endswith("$"):
        return b"\x1b(" + f
    if f in b"@AB":
        return b"\x1b$" + f
    return b"\x1b$(" + f


def iso_table(variant, spec):
    dec = codecs.getdecoder(variant)
    head = designate(variant, spec)
    seqs, seq_index, values = [], {}, []
    if spec.endswith("$"):
        codes = [bytes([a, b]) for a in range(0x21, 0x7F) for b in range(0x21, 0x7F)]
    else:
        codes = [bytes([a]) for a in range(128)]
    for code in codes:
        try:
            s = dec(head + code)[0]
        except UnicodeDecodeError:
            values.append(UNMAPPED)
            continue
        if len(code) == 1 and code[0] < 0x20:
            values.append(UNMAPPED)  # control bytes bypass the character set
        elif len(s) == 1:
            values.append(ord(s))
        else:
            if s not in seq_index:
                seq_index[s] = len(seqs)
                seqs.append(tuple(ord(c) for c in s))
            values.append(SEQ + seq_index[s])
    return tuple(values), tuple(seqs)


def parse_iso(variant, cp, b):
    """The (mark, code) of the encoding of one character alone."""
    if variant == "iso2022_kr":
        assert b[:5] == b"\x1b$)C\x0e" and b[-1:] == b"\x0f", b
        return 0xC3, int.from_bytes(b[5:-1], "big")
    assert b.endswith(b"\x1b(B"), (cp, b)
    b = b[:-3]
    if b[1:2] == b"(":
        return b[2], b[3]
    if b[2:3] == b"(":
        return b[3] | 0x80, int.from_bytes(b[4:], "big")
    return b[2] | 0x80, int.from_bytes(b[3:], "big")


def iso2022(w, tables):
    for variant, specs in ISO2022.items():
        w.string("iso:" + variant)
        w.uv(len(specs))
        pair_seqs = set()
        for spec in specs:
            t = iso_table(variant, spec)
            if t not in tables:
                tables[t] = len(tables)
            pair_seqs.update(t[1])
            w.uv(mark_of(spec))
            w.uv(tables[t])
        enc = codecs.getencoder(variant)
        entries = []
        for block in encodable_blocks(enc, 3):
            for cp in range(max(block, 0x80), block + 256):
                try:
                    b = enc(chr(cp))[0]
                except UnicodeEncodeError:
                    continue
                mark, code = parse_iso(variant, cp, b)
                entries.append((cp, mark << 16 | code))
        pairs = []
        for s in sorted(pair_seqs):
            mark, code = parse_iso(variant, None, enc("".join(map(chr, s)))[0])
            pairs.append((s[0], s[1], mark << 16 | code))
        pending = [a for a in sorted({p[0] for p in pairs})
                   if codecs.getincrementalencoder(variant)().encode(chr(a)) == b""]
        write_encode(w, entries, pairs, pending)
    for (values, seqs), index in tables.items():
        w.string("isotab:%d" % index)
        w.uv(len(values))
        w.deltas(values)
        w.sequences(seqs)
    dec = codecs.getdecoder("iso2022_jp_2")
    g2 = []
    for c in range(256):
        try:
            g2.append(ord(dec(b"\x1b.F\x1bN" + bytes([c]))[0]))
        except UnicodeDecodeError:
            g2.append(UNMAPPED)
    w.string("g2:F")
    w.deltas(g2)


def main():
    w = Writer()
    w.buf += b"SCJK"
    for name in STATELESS:
        stateless(w, name)
        print(name, len(w.buf), file=sys.stderr)
    gb18030_four(w)
    euc_kr_makeup(w)
    iso2022(w, {})
    w.string("")
    data = zlib.compress(bytes(w.buf), 9)
    with open(sys.argv[1], "wb") as f:
        f.write(data)
    print("%d bytes (%d uncompressed)" % (len(data), len(w.buf)))


main()
