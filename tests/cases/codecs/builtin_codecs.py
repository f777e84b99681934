# The built-in codec functions of _codecs that Lib/encodings calls: results are
# (output, consumed length), decoders can stop before an incomplete sequence.
import _codecs as c

def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', ascii(str(e)))

s = 'a\xe9\u20ac\U0001f600'
show('utf_8_encode', lambda: c.utf_8_encode(s))
show('utf_8_decode partial', lambda: c.utf_8_decode(b'a\xe2\x82', None, False))
show('utf_8_decode final', lambda: c.utf_8_decode(b'a\xe2\x82', None, True))
show('utf_8_decode buffer', lambda: c.utf_8_decode(memoryview(b'ab\xc3\xa9'), 'strict', True))
show('utf_8_decode bytearray', lambda: c.utf_8_decode(bytearray(b'xy')))
for e in [-1, 0, 1]:
    show('utf_16_encode %d' % e, lambda: c.utf_16_encode(s, None, e))
    show('utf_32_encode %d' % e, lambda: c.utf_32_encode(s, None, e))
show('utf_16_le/be', lambda: (c.utf_16_le_encode(s), c.utf_16_be_encode(s)))
show('utf_32_le/be', lambda: (c.utf_32_le_encode('ab'), c.utf_32_be_encode('ab')))
show('utf_16_decode bom', lambda: c.utf_16_decode(b'\xfe\xff\x00a\x00b'))
show('utf_16_decode partial', lambda: c.utf_16_decode(b'\xff\xfea\x00=\xd8', None, False))
show('utf_16_ex_decode', lambda: [c.utf_16_ex_decode(b, None, 0, True) for b in (b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00', b'')])
show('utf_32_ex_decode', lambda: [c.utf_32_ex_decode(b, None, 0, True) for b in (b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a')])
show('utf_16_le_decode odd', lambda: c.utf_16_le_decode(b'a\x00b', None, False))
show('utf_16_le_decode odd final', lambda: c.utf_16_le_decode(b'a\x00b', None, True))
show('utf_32_be_decode range', lambda: c.utf_32_be_decode(b'\x00\x11\x00\x00'))
show('utf_32_le_decode surrogate', lambda: c.utf_32_le_decode(b'\x00\xd8\x00\x00'))
show('utf_7_encode', lambda: c.utf_7_encode('a+b-~\\\u20ac\U0001f600 x\x00'))
show('utf_7_decode', lambda: c.utf_7_decode(b'a+-b-~+IKzYPd4A- x'))
show('utf_7_decode partial', lambda: c.utf_7_decode(b'a+IKz', None, False))
show('utf_7_decode bad', lambda: c.utf_7_decode(b'a+IK\xff', None, True))
show('utf_7_decode unterminated', lambda: c.utf_7_decode(b'a+IKzY', 'replace', True))
show('latin_1', lambda: (c.latin_1_encode('a\xff'), c.latin_1_decode(b'a\xff')))
show('latin_1 error', lambda: c.latin_1_encode('a\u0100'))
show('ascii', lambda: (c.ascii_encode('ab'), c.ascii_decode(b'ab')))
show('ascii error', lambda: c.ascii_decode(b'a\x80'))
show('charmap str table', lambda: c.charmap_decode(b'\x00\x02', None, 'xyz'))
show('charmap undefined', lambda: c.charmap_decode(b'\x00\x03', None, 'xyz\ufffe'))
show('charmap dict', lambda: c.charmap_decode(b'\x00\x01\x02', 'replace', {0: 'A', 1: None, 2: 0x20ac}))
show('charmap bad value', lambda: c.charmap_decode(b'\x00', None, {0: 1.5}))
show('charmap none', lambda: (c.charmap_decode(b'\xe9'), c.charmap_encode('\xe9')))
show('charmap_encode dict', lambda: c.charmap_encode('ab', None, {97: 1, 98: b'zz'}))
show('charmap_encode error', lambda: c.charmap_encode('abc', None, {97: 1}))
show('charmap_encode replace', lambda: c.charmap_encode('abc', 'replace', {97: 1, 63: 63}))
show('charmap_encode replace fails', lambda: c.charmap_encode('abc', 'replace', {97: 1}))
show('charmap_encode range', lambda: c.charmap_encode('a', None, {97: 300}))
table = ''.join(map(chr, range(128))) + '\u20ac' + '\ufffe' * 127
m = c.charmap_build(table)
print(type(m).__name__, type(m.size()).__name__)  # size() is a 32/64-bit struct size
show('charmap_build encode', lambda: c.charmap_encode('a\u20acb', None, m))
show('charmap_build error', lambda: c.charmap_encode('a\xe9', None, m))
show('charmap_build dict', lambda: c.charmap_build('ab\x00'))
show('unicode_escape_encode', lambda: c.unicode_escape_encode('a\xe9\u20ac\U0001f600\t\n\r\\\'"\x7f\x00'))
show('unicode_escape_decode', lambda: c.unicode_escape_decode(b'\\u20ac\\x41\\N{EURO SIGN}\\101\\t\\\n.'))
show('unicode_escape_decode str', lambda: c.unicode_escape_decode('\\x41\xe9'))
for b in [b'\\x4', b'\\xg1', b'\\u12', b'\\U0011ffff', b'\\N{nope}', b'\\N{', b'\\Nx', b'\\']:
    for final in (True, False):
        show('unicode_escape_decode %r %s' % (b, final), lambda: c.unicode_escape_decode(b, None, final))
show('unicode_escape_decode replace', lambda: c.unicode_escape_decode(b'a\\x4g\\u12', 'replace'))
show('raw_unicode_escape_encode', lambda: c.raw_unicode_escape_encode('a\xe9\u20ac\U0001f600\\'))
for b in [b'\\u20ac', b'\\\\u20ac', b'\\\\\\u20ac', b'a\\u004', b'\\U00110000', b'x\\', b'\\x']:
    for final in (True, False):
        show('raw_unicode_escape_decode %r %s' % (b, final), lambda: c.raw_unicode_escape_decode(b, None, final))
show('escape_encode', lambda: c.escape_encode(b'a\xe9\t\n\r\\\'"\x7f\x00'))
show('escape_decode', lambda: c.escape_decode(b'a\\xe9\\t\\n\\101\\\'"'))
show('escape_decode str', lambda: c.escape_decode('a\\x41\xe9'))
for b in [b'\\x4', b'\\', b'\\xzz']:
    show('escape_decode %r' % b, lambda: c.escape_decode(b))
show('escape_decode replace', lambda: c.escape_decode(b'\\x4z', 'replace'))
show('readbuffer_encode', lambda: (c.readbuffer_encode(b'ab'), c.readbuffer_encode('a\xe9'), c.readbuffer_encode(memoryview(b'xy'))))
show('bad str arg', lambda: c.utf_8_encode(1))
show('bad bytes arg', lambda: c.utf_8_decode('x'))
show('bad errors arg', lambda: c.utf_8_encode('x', 1))
show('str encodings', lambda: ['x\xe9'.encode(e) for e in ['utf8', 'UTF-16', 'utf_32', 'Latin1', ' UTF 8 ']])
show('bytes decodings', lambda: [b'\xff\xfe\xac\x20'.decode(e) for e in ['utf-16', 'latin_1', 'iso8859_1']])
show('str() of buffers', lambda: (str(bytearray(b'ab'), 'ascii'), str(memoryview(b'x\xc3\xa9'), 'utf-8'), str(b'\xe9', errors='replace')))
show('str() of int', lambda: str(1, 'utf-8'))
