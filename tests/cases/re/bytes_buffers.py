# bytes patterns over bytes, bytearray and memoryview; LOCALE and ASCII rules.
import re

p = re.compile(rb'(\w+)=(\d+)')
for subj in (b'a=1 bb=22', bytearray(b'a=1 bb=22'), memoryview(b'a=1 bb=22')):
    m = p.search(subj)
    print(type(m.group(1)).__name__, m.group(1, 2), p.findall(subj), m.string is subj)
print(p.sub(rb'\2=\1', b'a=1 bb=22'), p.sub(lambda m: m.group(2), bytearray(b'x=9')))
print(re.findall(rb'[\x80-\xff]+', b'ab\x90\x91cd\xff'), re.findall(rb'\w', b'a\xe9_1'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(rb'(?i)[a-z]+', b'ABC def'), re.findall(rb'(?L)\w+', b'ab\xe9c'), re.findall(rb'(?iL)b', b'bB'))
print(re.split(rb'\s+', b'a  b\tc'), re.sub(b'a', b'', bytearray(b'banana')), re.subn(rb'(a)', rb'[\1]', b'aXa'))
print(re.fullmatch(b'.*', memoryview(b'abc')[1:]), re.search(b'c', memoryview(b'abcabc')[2:5]).span())
for pat, subj in ((b'a', 'a'), ('a', b'a'), ('a', bytearray(b'a')), (b'a', 1), ('a', None)):
    try:
        re.search(pat, subj)
    except TypeError as e:
        print(e)
print(re.compile(b'\\d', re.L).flags, re.compile(rb'x').pattern, re.compile(b'a', re.I))
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print(e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print(e)
