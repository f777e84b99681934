# pyexpat: ExpatError's message, code, lineno and offset for malformed documents, as expat reports them.
from xml.parsers import expat
from xml.parsers.expat import errors

DOCS = [
    b'', b'<', b'<a>', b'<a></b>', b'<a>&</a>', b'<a/><b/>', b'<a/>junk', b'<a>&foo;</a>',
    b'<a x="1" x="2"/>', b'<a>]]></a>', b'\0\r\n', b'<a><!-- x -- y --></a>',
    b'<?xml version="1.0"?><?xml version="1.0"?><a/>', b' <?xml version="1.0"?><a/>',
    b'<a>\xff</a>', b'<a>\xc3</a>', b'<a>\xc3', b'<a b></a>', b'<a>&#0;</a>', b'<a>&#xD800;</a>',
    b'<a attr="<"/>', b'<a x=1/>', b'<a x="1"y="2"/>', b'<a/ >', b'<1a/>', b'<a></ a>',
    b'<a><b></a></b>', b'<a>text', b'<a><![CDATA[abc', b'<a><!-- abc', b'<a><?pi abc',
    b'<a>\x01</a>', b'<a>\xed\xa0\x80</a>', b'<?XML version="1.0"?><a/>', b'<?xmL x?><a/>',
    b'<?xml version="1.0" standalone="maybe"?><a/>', b'<?xml encoding="utf-8"?><a/>',
    b'<?xml version="1.0" encoding="utf-16"?><a/>', b"<?xml version\xc2\x85='1.0'?>\r\n",
    b'<!DOCTYPE>', b'<!DOCTYPE a', b'<!DOCTYPE a [<!FOO bar>]><a/>',
    b'<!DOCTYPE a [<!ENTITY e "x" extra>]><a/>', b'<!DOCTYPE a [<!ENTITY e "%pe;">]><a/>',
    b'<!DOCTYPE a [<!ENTITY e PUBLIC "\t" "x">]><a/>', b'<!DOCTYPE a [<!ELEMENT a (b,c|d)>]><a/>',
    b'<!DOCTYPE a [<!ENTITY e1 "&e2;"><!ENTITY e2 "&e1;">]><a>&e1;</a>',
    b'<!DOCTYPE a [<!ENTITY e "<b>">]><a>&e;</a>',
    b'<!DOCTYPE a [<!ENTITY e SYSTEM "x.xml">]><a x="&e;"/>',
    b'<!DOCTYPE a [<!ENTITY e SYSTEM "x.bin" NDATA n>]><a>&e;</a>',
    b'<!DOCTYPE a [<!ATTLIST a x CDATA "&undefined;">]><a/>',
    b'<a>\n  <b>\n    <c>\n  </b>\n</a>',
    b'<a>\r\n\r\n  &bogus;</a>',
]

for doc in DOCS:
    p = expat.ParserCreate()
    try:
        p.Parse(doc, True)
        print(doc, 'parsed')
    except expat.ExpatError as e:
        print(doc, '->', e, '|', e.code, e.lineno, e.offset, p.ErrorByteIndex,
              errors.messages[e.code] == expat.ErrorString(e.code))

print('after the end')
p = expat.ParserCreate()
p.Parse(b'<a/>', True)
try:
    p.Parse(b'<b/>', True)
except expat.ExpatError as e:
    print(e, e.code == errors.codes[errors.XML_ERROR_FINISHED])

print('ErrorString', expat.ErrorString(0), expat.ErrorString(3), expat.ErrorString(1000))
print(len(errors.codes), len(errors.messages), errors.XML_ERROR_SYNTAX, errors.codes[errors.XML_ERROR_SYNTAX])
print(expat.error is expat.ExpatError, expat.ExpatError.__module__, expat.ExpatError.__mro__[1])

print('the parser object')
p = expat.ParserCreate()
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex, p.CurrentByteIndex)
print(p.buffer_text, p.buffer_size, p.buffer_used, p.namespace_prefixes, p.ordered_attributes, p.specified_attributes)
for name, value in [('buffer_size', 0), ('buffer_size', 1.5), ('buffer_size', 2**64), ('returns_unicode', 1)]:
    try:
        setattr(p, name, value)
    except (ValueError, TypeError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)
for name in ('buffer_text', 'StartElementHandler'):
    try:
        delattr(p, name)
    except RuntimeError as e:
        print('RuntimeError', e)
for args in [dict(namespace_separator=42), dict(namespace_separator='ab'), dict(intern=[]), dict(encoding=1)]:
    try:
        expat.ParserCreate(**args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    expat.XMLParserType()
except TypeError as e:
    print('TypeError', e)
sub = p.ExternalEntityParserCreate(None)
for call in (lambda: sub.SetAllocTrackerActivationThreshold(5), lambda: p.SetAllocTrackerMaximumAmplification(0.5)):
    try:
        call()
    except expat.ExpatError as e:
        print(e, e.code)
