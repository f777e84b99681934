# The engine: repeats, backtracking, lookarounds, conditionals, atomic and possessive groups, deep inputs.
import re

print(re.match(r'(a|b)*c', 'abababc').group(0, 1), re.match(r'(a*)*b', 'aaab').groups(), re.match(r'(a*)+$', 'aa').groups())
print(re.match(r'(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups(), re.match(r'(a+?)(a*)', 'aaa').groups(), re.match(r'(a{2,3}?)(a*)', 'aaaa').groups())
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<q>")?\w+(?(q)")', '"ab"'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<!a)c', 'ac bc').span(), re.search(r'\w+(?=!)', 'hi there!'), re.search(r'a(?!b)', 'abac').span())
print(re.match(r'a++b', 'aaab'), re.match(r'a++a', 'aaa'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:ab)*+c', 'ababc'))
print(re.match(r'(a)*+', 'aa').groups(), re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(?:(a)|(b))*', 'ab').groups())
print(re.match(r'(a)(?:(b)|c)*', 'abc').groups(), re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(?:()|a)*', 'a').groups())
print(re.match(r'(\w)\1', 'aa'), re.match(r'(\w)\1', 'ab'), re.search(r'(?P<c>.)(?P=c)', 'abccd').span(), re.match(r'(a)|\1', 'x'))
print(re.match(r'(?:a{2}){2}', 'aaaa'), re.match(r'a{,2}', 'aaa').span(), re.match(r'a{3,}', 'aa'), re.match(r'(?:ab){2,3}?', 'ababab').span())
print(re.match(r'(?s).+', 'a\nb').span(), re.match(r'.+', 'a\nb').span(), re.match(r'(?m)a$\nb', 'a\nb'), re.search(r'^b', 'a\nb'))
print(re.findall(r'(?:x*)*', 'axx'), re.findall(r'(x?)*?y', 'xxy'), re.match(r'(?:a*?)*?b', 'aab'))
print(re.match(r'(?:(?:a)|(?:b))+?c', 'ababc').span(), re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac').span())
print(re.match(r'(a)(?=\1)', 'aa'), re.compile(r'(?<=(a))b').match('ab', 1), re.search(r'(?<=\b)x', 'a x'))
# deep inputs must not overflow the stack
n = 200000
print(re.match(r'(a|b)*', 'ab' * n).end(), re.match(r'(?:a|b)*?c', 'ab' * n + 'c').end(), re.match(r'(ab)+', 'ab' * n).span(1))
print(re.match(r'(?:(a)|b)*', 'ab' * n).end(), re.fullmatch(r'(?:x+y)+', 'xy' * n) is not None, len(re.findall(r'a', 'a' * n)))
print(re.match(r'(a*)*b', 'a' * 8), re.search(r'x+x+y', 'x' * 200))

