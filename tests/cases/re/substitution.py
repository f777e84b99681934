# sub/subn with literal, template and callable replacements; expand(); template errors.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>x)', r'[\g<a>\g<0>\g<1>]', 'axbx'), re.sub('a', r'\n\t\\', 'bab'))
print(re.sub('(a)|b', r'<\1>', 'ab'), re.sub('x', lambda m: None, 'axb') if False else re.sub('x', lambda m: '', 'axb'))
print(re.subn('o', '0', 'foo boo', count=2), re.sub('o', '0', 'foo', 1) if False else re.subn('', '-', ''))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.sub('a', 'b' * 3, 'aaa'))
print(re.match(r'(\d+)-(?P<x>\d+)', '12-34').expand(r'\2:\1:\g<x>:\g<0>'))
for repl in (r'\3', r'\g<y>', r'\g<1a>', '\\', r'\q', r'\g<-1>', r'\g'):
    try:
        re.sub(r'(a)(b)?', repl, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print(e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print(e)
class S(str):
    pass
print(re.sub('a', S(r'\g<0>!'), 'abA'), type(re.sub('a', S('z'), 'a')).__name__, re.sub(b'a', bytearray(b'\\g<0>+'), b'ab'))
print(re.sub('(?i)a', 'x', 'AaA', count=1), re.sub(r'(?m)^', '> ', 'one\ntwo'))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'), re.sub(r'x*', '-', 'abxd'), re.subn(r'\b', '|', 'ab cd'))
import _sre
t = _sre.template(re.compile('(a)'), ['x', 1, 'y'])
print(type(t).__name__)
for bad in ([], ['x', 1], ['x', -1, 'y'], ['x', 'a', 'y']):
    try:
        _sre.template(re.compile('a'), bad)
    except TypeError as e:
        print('TypeError', e)
