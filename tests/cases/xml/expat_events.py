# pyexpat: the handlers' events, their arguments and the positions reported during each.
from xml.parsers import expat

HANDLERS = ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler',
            'ProcessingInstructionHandler', 'CommentHandler', 'StartCdataSectionHandler',
            'EndCdataSectionHandler', 'DefaultHandler', 'XmlDeclHandler',
            'StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'SkippedEntityHandler']


def trace(doc, handlers=HANDLERS, chunk=None, **attrs):
    p = expat.ParserCreate()
    for name, value in attrs.items():
        setattr(p, name, value)
    events = []

    def make(name):
        def handler(*args):
            events.append((name.replace('Handler', ''), args,
                           p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
        return handler
    for name in handlers:
        setattr(p, name, make(name))
    try:
        if chunk:
            for i in range(0, len(doc), chunk):
                p.Parse(doc[i:i + chunk])
            p.Parse(b'', True)
        else:
            p.Parse(doc, True)
        events.append(('done', p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
    except expat.ExpatError as e:
        events.append(('error', str(e)))
    for e in events:
        print('  ', e)


DOC = (b'<?xml version="1.0"?>\n<!-- head -->\n<?target some data ?>\n'
       b'<root a="1" b=\'two &amp; &#x33;\'>\n  text &lt;here&gt;\r\n'
       b'  <empty/>\n  <![CDATA[<raw> & ]]]]>\n  <child>&#65;&#x1F600;</child>\n</root>\n<!-- tail -->\n')

print('all handlers')
trace(DOC)
print('fed two bytes at a time')
trace(DOC, chunk=2)
print('buffer_text')
trace(DOC, handlers=['CharacterDataHandler', 'StartElementHandler'], buffer_text=True)
print('ordered_attributes')
trace(b'<a z="1" y="2" x="3"/>', handlers=['StartElementHandler'], ordered_attributes=True)
print('only a default handler')
trace(DOC, handlers=['DefaultHandler'])
print('default handler with start and end handlers')
trace(b'<a>x<b/>&amp;</a>', handlers=['StartElementHandler', 'EndElementHandler', 'DefaultHandler'])

print('interning')
p = expat.ParserCreate()
names = []
p.StartElementHandler = lambda name, attrs: names.append(name)
p.EndElementHandler = names.append
p.Parse(b'<e><e/><e></e></e>', True)
print(len(names), all(n is names[0] for n in names), sorted(p.intern))
print(expat.ParserCreate(intern=None).intern)

print('a handler that raises stops the parse')
p = expat.ParserCreate()
def fail(name, attrs):
    raise RuntimeError('in ' + name)
p.StartElementHandler = fail
try:
    p.Parse(b'<a><b/></a>', True)
except RuntimeError as e:
    print('RuntimeError', e, p.StartElementHandler)
try:
    p.Parse(b'<a/>', True)
except expat.ExpatError as e:
    print(e, e.code)

print('GetInputContext')
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print('  ', name, p.GetInputContext())
p.Parse(b'<a>', False)
p.Parse(b'<b x="1"/>text</a>', True)
print(p.GetInputContext())

print('ParseFile')
import io
p = expat.ParserCreate()
pieces = []
p.CharacterDataHandler = pieces.append
print(p.ParseFile(io.BytesIO(b'<a>' + b'y' * 5000 + b'</a>')), len(pieces), sum(map(len, pieces)))
for bad in (io.StringIO('<a/>'), 42):
    try:
        expat.ParserCreate().ParseFile(bad)
    except TypeError as e:
        print('TypeError', e)

print('reparse deferral')
for enabled in (True, False):
    p = expat.ParserCreate()
    p.SetReparseDeferralEnabled(enabled)
    started = []
    p.StartElementHandler = lambda name, attrs: started.append(name)
    for piece in (b'<doc', b'/>'):
        p.Parse(piece, False)
    print(p.GetReparseDeferralEnabled(), started, end=' ')
    p.Parse(b'', True)
    print(started)
