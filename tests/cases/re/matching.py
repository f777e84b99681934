# Pattern and Match objects: match/search/fullmatch, groups, spans, positions, repr.
import re

p = re.compile(r'(?P<word>\w+)\s+(?P<num>\d+)?(x)?')
m = p.search('  hello 42 rest')
print(m)
print(m.group(), m.group(1), m.group('num'), m.group(1, 'word', 0))
print(m.groups(), m.groups('dflt'), m.groupdict(), m.groupdict(default='-'))
print(m.span(), m.span(2), m.start('word'), m.end(3), m.span(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
print(m[0], m['word'], m[2], bool(m))
for bad in (4, -1, 'nope', 1.5):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(p.groups, p.groupindex, p.pattern, p.flags)
print(p.match('  hello'), p.match('hello 1').span(), p.fullmatch('hello 1x'))
print(p.search('abc def 12', 3), p.search('abc def 12', 4, 6), p.match('abc', pos=1, endpos=2))
print(p.search('xx yy', -5, 100))
print(re.match(r'a|ab', 'ab'), re.fullmatch(r'a|ab', 'ab'))
print(re.search(r'$', 'abc\n'), re.search(r'\Z', 'abc\n'), re.findall(r'^\w', 'a\nb\nc', re.M))
print(re.findall(r'(a)(b)?', 'abacab'), re.findall(r'a*', 'baaac'), re.findall(r'\d', 'x'))
print([m.span() for m in re.finditer(r'\b\w', 'one two  three')])
print(re.split(r'(,)\s*|;', 'a, b;c,d'), re.split(r'x*', 'axbc'), re.split(r'\W+', 'a b c', maxsplit=1))
print(re.split(r'(?:a)|(b)', 'xaybz'))
# lastindex follows the last group closed
print(re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|b', 'b').lastindex)
# repr
print(repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))))
print(re.compile('a', re.I | re.M | re.S | re.X), re.compile(b'a', re.L), re.compile('a', re.A | re.I))
print(re.match('.*', 'y' * 100))
print(re.compile(r'\d+') == re.compile(r'\d+'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile(b'a'))
print(hash(re.compile('abc')) == hash(re.compile('abc')))
q = re.compile('q')
print(q.__copy__() is q, q.__deepcopy__({}) is q, m.__copy__() is m, m.__deepcopy__(None) is m)
print(re.Pattern[str], re.Match[bytes])
print(type(p).__name__, type(m).__name__, type(p).__module__)
try:
    re.Pattern()
except TypeError as e:
    print(e)
s = p.scanner('a 1 b 2')
print(s.search().span(), s.match(), s.search(), s.pattern is p)
print(re.compile(r'(?:)').findall('ab'), re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
