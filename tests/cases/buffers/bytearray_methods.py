# bytearray: every method, shared with bytes, and their error paths.
def t(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__)  # its str is the exceptions' area
    except Exception as e:
        print(type(e).__name__, e)

B = bytearray
x = B(b'  Hello, World!  ')
print(x.strip(), x.lstrip(), x.rstrip(), x.strip(b' !'), x.strip(memoryview(b' H')), x.strip(None))
print(x.upper(), x.lower(), x.swapcase(), x.title(), B(b'hELLO wORLD').capitalize(), B(b'ab-cd ef').title())
print(x.find(b'l'), x.rfind(b'l'), x.find(108), x.find(b'l', 6), x.find(b'l', 2, 5), x.find(b'zz'), x.rfind(b'', 3), x.find(B(b'World')))
print(x.index(b'o'), x.rindex(b'o'), x.count(b'l'), x.count(108), x.count(b''), x.count(b'l', 5, -3))
print(x.startswith(b'  H'), x.endswith((b'x', b'!  ')), x.startswith(b'H', 2), x.endswith(B(b'd!'), 0, -2), x.startswith(memoryview(b' ')))
t(lambda: x.index(b'q')); t(lambda: x.rindex(300)); t(lambda: x.find('l')); t(lambda: x.count([1]))
t(lambda: x.startswith('a')); t(lambda: x.endswith(('a',))); t(lambda: x.startswith(b'a', 'x'))
print(B(b'a,b,,c').split(b','), B(b' a  b c ').split(), B(b'a b c').split(maxsplit=1), B(b'a,b,c').rsplit(b',', 1))
print(B(b' a b ').rsplit(), B(b'a\nb\r\nc\rd').splitlines(), B(b'a\nb\r\n').splitlines(True), B(b'').splitlines())
t(lambda: B(b'a').split(b'')); t(lambda: B(b'a').split('a')); t(lambda: B(b'a').split(sep=1))
print(B(b'a=b=c').partition(b'='), B(b'a=b=c').rpartition(b'='), B(b'abc').partition(b'x'), B(b'abc').rpartition(b'x'))
t(lambda: B(b'a').partition(b'')); t(lambda: B(b'a').partition('a'))
print(B(b'aXbXc').replace(b'X', b'--'), B(b'abc').replace(b'', b'.'), B(b'aaaa').replace(b'a', b'b', 2), B(b'abc').replace(b'x', b'y'))
print(B(b'aaaa').replace(b'a', b'', 1)); t(lambda: B(b'aaaa').replace(b'a', b'', count=1))
t(lambda: B(b'a').replace('a', b'b'))
print(B(b'-').join([b'a', B(b'b'), memoryview(b'c')]), B(b'').join([]), B(b', ').join(iter([b'x'])))
t(lambda: B(b'-').join([b'a', 'b'])); t(lambda: B(b'-').join(5)); t(lambda: B(b'-').join([1]))
print(B(b'ab').center(6), B(b'ab').center(7, b'*'), B(b'ab').ljust(5, B(b'.')), B(b'ab').rjust(5), B(b'abc').center(2))
t(lambda: B(b'a').center(5, b'ab')); t(lambda: B(b'a').ljust(5, 'x')); t(lambda: B(b'a').rjust('5')); t(lambda: B(b'a').center())
print(B(b'42').zfill(5), B(b'-42').zfill(5), B(b'+4').zfill(4), B(b'abc').zfill(2), B(b'').zfill(3))
print(B(b'a\tbc\td').expandtabs(), B(b'a\tb').expandtabs(4), B(b'a\tb\nc\td').expandtabs(tabsize=3), B(b'\t').expandtabs(0))
print(B(b'abc').isalpha(), B(b'ab1').isalnum(), B(b'123').isdigit(), B(b' \t').isspace(), B(b'\x80').isascii(), B(b'').isascii())
print(B(b'ABC').isupper(), B(b'abc').islower(), B(b'Hello World').istitle(), B(b'Hello world').istitle(), B(b'').isalpha(), B(b'1').isupper())
print(B(b'prefix-body').removeprefix(b'prefix-'), B(b'body.txt').removesuffix(B(b'.txt')), B(b'abc').removeprefix(b'x'), B(b'abc').removesuffix(b''))
t(lambda: B(b'a').removeprefix('a'))
table = B.maketrans(b'abc', b'xyz')
print(type(table).__name__, len(table), table[97:100], B(b'aabbcc-d').translate(table), B(b'abcdef').translate(None, b'ace'), B(b'abc').translate(table, delete=b'a'))
t(lambda: B(b'a').translate(b'short')); t(lambda: B.maketrans(b'ab', b'c')); t(lambda: B.maketrans('a', 'b')); t(lambda: B(b'a').translate(None, 'a'))
print(B(b'\x00\xffab').hex(), B(b'\x01\x02\x03\x04\x05').hex(':'), B(b'\x01\x02\x03\x04\x05').hex(b' ', 2), B(b'\x01\x02\x03\x04\x05').hex('-', -2))
print(B.fromhex('01 ff AB'), B.fromhex(' '), B.fromhex(b'6162'), B.fromhex(B(b'63')))
t(lambda: B.fromhex('0')); t(lambda: B.fromhex('zz')); t(lambda: B.fromhex('0 1')); t(lambda: B.fromhex(1)); t(lambda: B(b'a').hex(''))
class Sub(bytearray):
    pass
print(type(Sub.fromhex('41')).__name__, Sub.fromhex('41'), repr(Sub(b'x')), type(Sub(b'ab').upper()).__name__, type(Sub(b'a').copy()).__name__)
print(B(b'caf\xc3\xa9').decode(), B(b'caf\xe9').decode('latin-1'), B(b'a\xffb').decode('utf-8', 'replace'), B(b'abc').decode(encoding='ascii'))
t(lambda: B(b'\xff').decode()); t(lambda: B(b'a').decode('nope')); t(lambda: B(b'a').decode(1))
