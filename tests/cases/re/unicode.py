# str subjects: code points (astral, lone surrogates), Unicode classes and case-insensitive matching.
import re

s = 'a😀b\U0001F600\U0001F600c'
print(re.findall('.', s), re.search('😀+', s).span(), re.sub('😀', '<>', s))
print(re.findall('[\U0001F600-\U0001F64F]', s), len(re.match('.*', s).group()))
# built with chr(): the surrogates stay two code points
lo, hi = chr(0xd800), chr(0xdfff)
t = 'x' + lo + 'y' + hi + 'z'
print(ascii(re.findall('[' + lo + '-' + hi + ']', t)), re.search(hi, t).span(), ascii(re.split('[' + lo + hi + ']', t)))
print(re.findall(r'\w+', 'héllo wörld ΣΑΣ 日本 ٣٤ _x'), re.findall(r'\d', '1٣۵߀'), re.findall(r'\s', ' \t\x1c\x85\u2028\xa0'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\d', '1٣', re.A), re.findall(r'\b\w', 'ñandú pingüino'))
print(re.match(r'(?i)straße', 'STRASSE'), re.match(r'(?i)ΣΑΣ', 'σας'), re.match(r'(?i)σ', 'ς'), re.match(r'(?i)K', '\u212a'))
print(re.findall(r'(?i)[a-z]+', 'ABCxyzſK\u212a'), re.findall(r'(?i)[à-ÿ]+', 'ÀÉÎ Õü'), re.match(r'(?i)ǅ', 'ǆ'))
print(re.findall(r'(?i)ı', 'Iiİı'), re.findall(r'(?i)i', 'Iiİı'), re.findall(r'(?i)[i]', 'Iiİı'))
print(re.findall(r'(?ia)[a-z]', 'ABCſK\u212a'), re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?i)(σ)\1', 'Σς'))
print(re.match(r'(?i)\xb5', '\u039c'), re.match(r'(?i)[\xb5]', '\u03bc'), re.findall(r'(?i)[^a]', 'aAbB'))
print(re.findall(r'[^\W\d_]+', 'ab_12cd'), re.findall(r'\W', 'a-b c'), re.findall(r'\D+', 'ab12cd'))
print(re.sub(r'\B', '.', 'abc def'), re.findall(r'\b', 'ab cd'), re.findall(r'(?u)\bé', 'é é'))
print(re.escape('a.b*c😀 \t'), re.match(re.escape('1+1=2?'), '1+1=2?'))
print(re.findall(r'[\u0100-\uffff]', 'aĀ\uffffb'), re.search('\U0010ffff', 'x\U0010ffff').span())
for big in range(3):
    print(re.fullmatch(r'(?:\w|😀)*', 'é😀' * 5000 + 'z') is not None)
