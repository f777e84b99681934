# pyexpat: namespace processing: expanded names, StartNamespaceDecl/EndNamespaceDecl, triplets and the namespace errors.
from xml.parsers import expat


def trace(doc, sep='|', **attrs):
    p = expat.ParserCreate(namespace_separator=sep)
    for k, v in attrs.items():
        setattr(p, k, v)
    out = []
    p.StartElementHandler = lambda name, a: out.append(('start', name, a))
    p.EndElementHandler = lambda name: out.append(('end', name))
    p.StartNamespaceDeclHandler = lambda prefix, uri: out.append(('ns', prefix, uri))
    p.EndNamespaceDeclHandler = lambda prefix: out.append(('endns', prefix))
    try:
        p.Parse(doc, True)
    except expat.ExpatError as e:
        out.append(('error', str(e)))
    for e in out:
        print('  ', e)


DOC = (b'<r xmlns="urn:default" xmlns:p="urn:p"><p:e p:a="1" b="2" xml:lang="en">'
       b'<inner xmlns="" xmlns:q="urn:q"><q:x/></inner></p:e></r>')
trace(DOC)
trace(DOC, sep=' ', namespace_prefixes=True)
trace(DOC, sep='')
trace(DOC.decode(), sep='}')
trace(b'<!DOCTYPE r [<!ATTLIST r xmlns:d CDATA "urn:dtd">]><r><d:x/></r>')
for bad in (b'<p:a/>', b'<a p:x="1"/>', b'<a xmlns:p=""/>', b'<a xmlns:xml="urn:bad"/>',
            b'<a xmlns:xmlns="urn:x"/>', b'<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>',
            b'<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>', b'<a:b:c/>', b'<a xmlns="urn:a|b"/>',
            b'<a:/>', b'<a xmlns:p="urn:p"><p:b></b></a>'):
    trace(bad)
print('without namespace processing')
p = expat.ParserCreate()
p.StartElementHandler = lambda name, a: print('  ', name, a)
p.Parse(DOC, True)
