# pyexpat: the input encodings expat detects or is told, str input, and single-byte codecs through the unknown-encoding handler.
from xml.parsers import expat


def parse(data, encoding=None, final=True):
    p = expat.ParserCreate(encoding)
    out = []
    p.XmlDeclHandler = lambda *args: out.append(('decl',) + args)
    p.StartElementHandler = lambda name, attrs: out.append((name, attrs, p.CurrentColumnNumber, p.CurrentByteIndex))
    p.CharacterDataHandler = lambda data: out.append(data)
    try:
        p.Parse(data, final)
        return out
    except Exception as e:
        return out + [type(e).__name__ + ': ' + str(e)]


text = '<a x="é€">é€😀</a>'
print(parse(text))
print(parse(text.encode('utf-8')))
print(parse(b'\xef\xbb\xbf' + text.encode('utf-8')))
print(parse(text.encode('utf-16')))
print(parse(text.encode('utf-16-le')))
print(parse(text.encode('utf-16-be')))
print(parse(('<?xml version="1.0" encoding="utf-16"?>' + text).encode('utf-16')))
print(parse(('<?xml version="1.0" encoding="utf-16le"?>' + text).encode('utf-16-be')))
print(parse(b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9\xff</a>'))
print(parse(b'<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>'))
print(parse(b'<a>\xe9</a>', 'iso-8859-1'))
print(parse(b'<?xml version="1.0" encoding="us-ascii"?><a>\xe9</a>', 'iso-8859-1'))
print(parse('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>'))
for name in ('cp1251', 'koi8-r', 'cp1252', 'iso8859-15', 'mac-roman'):
    print(name, parse(('<?xml version="1.0" encoding="%s"?><тег а="б">в</тег>' % name if name in ('cp1251', 'koi8-r') else
                       '<?xml version="1.0" encoding="%s"?><a>€</a>' % name).encode(name, 'replace')))
for name in ('xyz', 'hex_codec', 'cp037', 'utf-7', 'undefined'):
    print(name, parse(('<?xml version="1.0" encoding="%s"?><a/>' % name).encode()))
    print(name, parse(b'<a/>', name))
print(parse(b'<a>\xe9\x80\x80\x80</a>'))
print(parse(b'<a>\xc3\xa9', final=True))
print(parse('<a>\ud800</a>'))

print('character data in pieces of a converted encoding')
p = expat.ParserCreate()
sizes = []
p.CharacterDataHandler = lambda d: sizes.append(len(d))
p.Parse(b'<?xml version="1.0" encoding="iso-8859-1"?><a>' + b'\xe9' * 1500 + b'x' * 700 + b'</a>', True)
print(sizes)
for size in (1000, 1025):
    p = expat.ParserCreate()
    count = []
    p.CharacterDataHandler = count.append
    p.buffer_size = 1024
    p.buffer_text = True
    p.Parse(b"<?xml version='1.0' encoding='iso8859'?><s>" + b'a' * size + b'</s>')
    print(size, len(count))
