# pyexpat: the DOCTYPE and its internal subset: declarations, entities, default attributes, parameter entities, external entities.
from xml.parsers import expat

HANDLERS = ['StartDoctypeDeclHandler', 'EndDoctypeDeclHandler', 'ElementDeclHandler', 'AttlistDeclHandler',
            'EntityDeclHandler', 'UnparsedEntityDeclHandler', 'NotationDeclHandler', 'NotStandaloneHandler',
            'ExternalEntityRefHandler', 'SkippedEntityHandler', 'StartElementHandler', 'CharacterDataHandler',
            'CommentHandler', 'ProcessingInstructionHandler', 'DefaultHandler']


def trace(doc, handlers=HANDLERS, pe=None, expand=False):
    p = expat.ParserCreate()
    if pe is not None:
        p.SetParamEntityParsing(pe)
    out = []

    def make(name):
        def handler(*args):
            out.append((name.replace('Handler', ''),) + args)
            return 1
        return handler
    for name in handlers:
        setattr(p, 'DefaultHandlerExpand' if name == 'DefaultHandler' and expand else name, make(name))
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        out.append(('error', str(e)))
    for e in out:
        print('  ', e)


DTD = (b'<?xml version="1.0" standalone="no"?>\n<!DOCTYPE doc SYSTEM "doc.dtd" [\n'
       b'<!ELEMENT doc (a|b)*>\n<!ELEMENT a (#PCDATA)>\n<!ELEMENT b (c,d?,(e|f)+)>\n<!ELEMENT c EMPTY>\n'
       b'<!ELEMENT m (#PCDATA|a|b)*>\n<!ELEMENT any ANY>\n'
       b'<!ATTLIST doc id ID #REQUIRED kind (x|y) "x" note NOTATION (gif) #IMPLIED fixed CDATA #FIXED "v"'
       b' toks NMTOKENS "  a   b ">\n'
       b'<!NOTATION gif PUBLIC "-//GIF//EN" "gif.exe">\n<!NOTATION png SYSTEM "png.exe">\n'
       b'<!ENTITY text "T&#233;xt &amp; more">\n<!ENTITY markup "<a>in entity</a>">\n'
       b'<!ENTITY ext SYSTEM "ext.xml">\n<!ENTITY pic SYSTEM "pic.gif" NDATA gif>\n'
       b'<!ENTITY % pe "ignored">\n<!-- comment in dtd --><?pi in dtd?>\n%pe;\n'
       b'<!ENTITY after "declared after a PE reference">\n]>\n'
       b'<doc id="d1">&text;&markup;&ext;&skipped;&after;</doc>')
print('all handlers')
trace(DTD)
print('parameter entity parsing')
trace(DTD, pe=expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
print('default handler only')
trace(DTD, handlers=['DefaultHandler'])
print('default handler (expand) and characters')
trace(DTD, handlers=['DefaultHandler', 'CharacterDataHandler'], expand=True)

print('internal subset only')
trace(b'<!DOCTYPE a [<!ENTITY e "val"><!ATTLIST a d CDATA "def" t NMTOKEN " tok ">]><a t=" x ">&e;</a>')
trace(b'<!DOCTYPE a [<!ENTITY % pe "<!ENTITY e \'from pe\'>"> %pe;]><a>&e;</a>',
      pe=expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
trace(b'<!DOCTYPE a [<!ENTITY e "x"><!ENTITY e "y"><!ENTITY lt "<">]><a>&e;&lt;</a>')
trace(b'<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "a.dtd"><a>&undeclared;</a>')

print('UseForeignDTD')
for doc in (b"<?xml version='1.0'?><element/>", b"<?xml version='1.0'?><!DOCTYPE foo PUBLIC 'bar' 'baz'><element/>"):
    p = expat.ParserCreate()
    p.UseForeignDTD()
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_ALWAYS)
    p.ExternalEntityRefHandler = lambda *args: print('  ', args) or 1
    p.Parse(doc, True)

print('external entities through ExternalEntityParserCreate')
p = expat.ParserCreate(namespace_separator='|')
p.StartElementHandler = lambda name, a: print('  start', name, a)
p.CharacterDataHandler = lambda d: print('  data', repr(d))


def external(context, base, sysid, pubid):
    print('  external', repr(context), base, sysid, pubid)
    sub = p.ExternalEntityParserCreate(context)
    print('  sub', sub.Parse(b'<?xml version="1.0" encoding="utf-8"?><s a="1">sub text<t/></s>tail', True))
    return 1


p.ExternalEntityRefHandler = external
p.SetBase('http://example.com/')
p.Parse(b'<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r xmlns="urn:r">&e;</r>', True)
p = expat.ParserCreate()
p.ExternalEntityRefHandler = lambda *args: 0
try:
    p.Parse(b'<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r>&e;</r>', True)
except expat.ExpatError as e:
    print(e)

print('entity expansion limits')
body = '<!ENTITY a0 "0123456789">' + ''.join(f'<!ENTITY a{i + 1} "{("&a%d;" % i) * 10}">' for i in range(9))
p = expat.ParserCreate()
try:
    p.Parse(f'<!DOCTYPE d [{body}]><d>&a9;</d>', True)
except expat.ExpatError as e:
    print(e, e.code)
p = expat.ParserCreate()
p.SetAllocTrackerActivationThreshold(0)
p.SetAllocTrackerMaximumAmplification(1.0)
try:
    p.Parse('<!DOCTYPE d [<!ENTITY a "x"><!ENTITY b "&a;">]><d>&b;</d>', True)
except expat.ExpatError as e:
    print(e, e.code)
chain = ''.join(f'<!ENTITY e{i} "&e{i + 1};">' for i in range(3000))
p = expat.ParserCreate()
p.StartElementHandler = lambda name, a: print('  deep entity chain reached', name)
p.Parse(f'<!DOCTYPE d [{chain}<!ENTITY e3000 "<x/>">]><d>&e0;</d>', True)

print('deep nesting')
p = expat.ParserCreate()
depth = []
p.StartElementHandler = lambda name, a: depth.append(name)
print(p.Parse(b'<a>' * 100000 + b'</a>' * 100000, True), len(depth))
