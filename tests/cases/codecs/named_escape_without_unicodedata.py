# A \N{...} escape needs the unicodedata module (CPython's name capsule): when it cannot be
# imported, the compiler raises SyntaxError and the unicode_escape codec UnicodeError.
import sys
saved = sys.modules.pop('unicodedata', None)
sys.modules['unicodedata'] = None
for src in ["'\\N{SOFT HYPHEN}'", "'\\N'", "f'{1}\\N{BULLET}'", "b'\\N{BULLET}'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
try:
    print(b'\\N{BULLET}'.decode('unicode_escape'))
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
del sys.modules['unicodedata']
print(ascii(eval("'\\N{SOFT HYPHEN}'")), ascii(b'\\N{BULLET}'.decode('unicode_escape')))
sys.modules['unicodedata'] = None
print(ascii(eval("'\\N{BULLET}'")))
