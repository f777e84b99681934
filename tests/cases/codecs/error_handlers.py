# The built-in error handlers, applied by str.encode / bytes.decode and called directly, and
# handlers registered with codecs.register_error (through _codecs, which codecs re-exports).
import _codecs

HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'namereplace', 'surrogateescape', 'surrogatepass']

def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', ascii(str(e)))

for h in HANDLERS:
    show('ascii enc ' + h, lambda: 'a\xe9\udcff\u20acb'.encode('ascii', h))
    show('latin1 enc ' + h, lambda: 'a\xe9\udcff\u20ac\U0001f600b'.encode('latin-1', h))
    show('utf8 enc ' + h, lambda: 'a\udcff\ud800b'.encode('utf-8', h))
    show('utf16 enc ' + h, lambda: 'a\udcffb'.encode('utf-16', h))
    show('utf32 enc ' + h, lambda: 'a\ud800b'.encode('utf-32', h))
    show('ascii dec ' + h, lambda: b'a\xe9\x80b'.decode('ascii', h))
    show('utf8 dec ' + h, lambda: b'a\xe9\xed\xa0\x80\xffb\xc3'.decode('utf-8', h))
    show('utf16 dec ' + h, lambda: b'\xff\xfea\x00\x00\xdcb\x00\x00\xd8'.decode('utf-16', h))
    show('utf32 dec ' + h, lambda: b'a\x00\x00\x00\x00\xd8\x00\x00\x00\x00\x11\x00b'.decode('utf-32', h))

# The exception objects the codecs make.
for data, enc in [(b'ab\xff\xfecd', 'utf-8'), (b'\x80', 'ascii'), (b'\xe2\x82', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, '|', e)
for text, enc in [('ab\u20ac\u20accd', 'ascii'), ('\udc80', 'utf-8'), ('x\U0001f600', 'latin-1')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason, '|', ascii(str(e)))

# The handler functions themselves.
strict = _codecs.lookup_error('strict')
print(strict, _codecs.lookup_error('ignore'), _codecs.lookup_error('surrogateescape'))
e = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600b', 1, 4, 'bad')
for h in HANDLERS[1:]:
    show('call ' + h, lambda: _codecs.lookup_error(h)(e))
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
for h in HANDLERS[1:]:
    show('call dec ' + h, lambda: _codecs.lookup_error(h)(d))
t = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'bad')
for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    show('call tr ' + h, lambda: _codecs.lookup_error(h)(t))
show('strict raises', lambda: strict(e))
show('strict non-exception', lambda: strict(1))
show('wrong type', lambda: _codecs.lookup_error('replace')(ValueError('x')))
clamped = UnicodeEncodeError('ascii', 'abc', -5, 10, 'r')
print(_codecs.lookup_error('replace')(clamped), _codecs.lookup_error('ignore')(clamped))

# Registered handlers.
def positions(exc):
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)
_codecs.register_error('test.positions', positions)
print('a\u0100\u0101b\u0102'.encode('latin-1', 'test.positions'))
print(b'a\xff\xfeb\xc3'.decode('utf-8', 'test.positions'))
print(b'\x80a\x81'.decode('ascii', 'test.positions'))
_codecs.register_error('test.bytes', lambda exc: (b'[%d]' % exc.start, exc.end))
print('a\u20acb'.encode('ascii', 'test.bytes'), 'a\udc80b'.encode('utf-8', 'test.bytes'))
_codecs.register_error('test.back', lambda exc: ('X', -1))
print('\u20acab'.encode('ascii', 'test.back'))
_codecs.register_error('test.skip', lambda exc: ('', exc.end + 1))
print(b'\xffab'.decode('ascii', 'test.skip'))
_codecs.register_error('test.nonascii', lambda exc: ('\xe9', exc.end))
show('nonascii rep', lambda: '\u20ac'.encode('ascii', 'test.nonascii'))
print('\u20ac'.encode('latin-1', 'test.nonascii'))
for name, f in [('t.int', lambda exc: 1), ('t.short', lambda exc: ('x',)), ('t.far', lambda exc: ('', 100)),
                ('t.raise', lambda exc: 1 / 0)]:
    _codecs.register_error(name, f)
    show(name + ' enc', lambda: '\u20ac'.encode('ascii', name))
    show(name + ' dec', lambda: b'\xff'.decode('utf-8', name))

def replace_input(exc):
    exc.object = b'xyz'
    return ('!', 1)
_codecs.register_error('test.input', replace_input)
print(b'\xffabc'.decode('ascii', 'test.input'))

show('unknown handler', lambda: '\u20ac'.encode('ascii', 'no.such.handler'))
show('unknown unused', lambda: 'abc'.encode('ascii', 'no.such.handler'))
show('lookup unknown', lambda: _codecs.lookup_error('no.such.handler'))
show('register non-callable', lambda: _codecs.register_error('x', 1))
show('unregister builtin', lambda: _codecs._unregister_error('strict'))
print(_codecs._unregister_error('test.positions'), _codecs._unregister_error('test.positions'))
