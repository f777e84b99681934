# IGNORECASE over the BMP's cased characters: for each character with another case form,
# whether a literal, a one-character set and a range ending at it match each of its case
# forms (upper, lower, title, casefold when one character), as CPython's case tables say.
import re
import sys

cased = []
for c in range(0x10000):
    ch = chr(c)
    if 0xD800 <= c <= 0xDFFF:
        continue
    forms = {f for f in (ch.upper(), ch.lower(), ch.title(), ch.casefold()) if len(f) == 1 and f != ch}
    if forms:
        cased.append((ch, sorted(forms)))
print(len(cased))

def digest(items):
    h = 0
    for x in items:
        h = (h * 1000003 + x) % 2305843009213693951
    return h

# literals: every third cased character (compiling all of them takes long)
lit = []
for ch, forms in cased[::3]:
    p = re.compile('(?i)' + re.escape(ch))
    for f in forms:
        lit.append(p.fullmatch(f) is not None)
print('literal', len(lit), lit.count(True), digest(i for i, ok in enumerate(lit) if ok))

# sets: 64 characters a set; findall over all their case forms
found = []
for k in range(0, len(cased), 64):
    chunk = cased[k:k + 64]
    p = re.compile('(?i)[' + ''.join(re.escape(ch) for ch, _ in chunk) + ']')
    subject = ''.join(f for _, forms in chunk for f in forms)
    found.append(len(p.findall(subject)))
print('set', sum(found), digest(found))

# ranges: [x-<ch>] for a sample, over the case forms; and the same in ASCII mode
rng = []
for ch, forms in cased[::7]:
    p = re.compile('(?i)[\\x00-' + re.escape(ch) + ']')
    rng.append(sum(p.fullmatch(f) is not None for f in forms))
print('range', sum(rng), digest(rng))
asc = [m.group() for m in re.finditer('(?ia)[a-z\\xe0-\\xff]', ''.join(ch for ch, _ in cased[:400]))]
print('ascii', len(asc), ''.join(asc)[:80].encode('unicode_escape').decode())
# special multi-form characters
for a, b in [('\u1e9e', '\xdf'), ('\u0130', 'i'), ('\u03c2', '\u03a3'), ('\u1fbe', '\u03b9'),
             ('\u0345', '\u0399'), ('\ufb05', '\ufb06'), ('\u212b', '\xe5'), ('\u2126', '\u03c9')]:
    print(ascii(a), ascii(b), bool(re.match('(?i)' + a, b)), bool(re.match('(?i)[' + a + ']', b)),
          bool(re.match('(?i)' + b, a)))
