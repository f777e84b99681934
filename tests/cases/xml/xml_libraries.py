# The stdlib's XML libraries over pyexpat: ElementTree, minidom, sax, pulldom, plistlib, xmlrpc.
import io
import xml.etree.ElementTree as ET
from xml.dom import minidom, pulldom
import xml.sax
import xml.sax.handler
import plistlib
import xmlrpc.client

DOC = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE root [<!ENTITY who "world">]>\n'
       '<root xmlns:h="urn:h" a="1"><h:item id="x">Hello &who; &amp; &#x263A;</h:item>'
       '<!-- comment --><?pi data?><empty/><![CDATA[<cdata>]]></root>')

root = ET.fromstring(DOC)
print(root.tag, root.attrib, [(c.tag, c.attrib, c.text, c.tail) for c in root])
print(ET.tostring(root, encoding='unicode'))
for event, elem in ET.iterparse(io.BytesIO(DOC.encode()), events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')):
    print(event, elem if event in ('start-ns', 'end-ns') else elem.text if event in ('comment', 'pi') else elem.tag)
parser = ET.XMLPullParser(events=('start', 'end'))
parser.feed('<a><b>te')
print([(e, el.tag) for e, el in parser.read_events()])
parser.feed('xt</b></a>')
print([(e, el.tag, el.text) for e, el in parser.read_events()])
for bad in ('<a><b></a>', '<a>&undefined;</a>', '<a', '<!DOCTYPE a SYSTEM "x"><a>&ext;</a>'):
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)

doc = minidom.parseString(DOC)
print(doc.documentElement.toxml())
print(doc.doctype.name, doc.doctype.internalSubset, [n.nodeType for n in doc.documentElement.childNodes])
print(minidom.parseString('<a x="1"><b>t</b></a>').toprettyxml(indent=' '))


class Handler(xml.sax.handler.ContentHandler):
    def startElementNS(self, name, qname, attrs):
        print('startNS', name, qname, dict(attrs.items()))

    def startElement(self, name, attrs):
        print('start', name, dict(attrs.items()))

    def characters(self, content):
        print('chars', repr(content))

    def endElement(self, name):
        print('end', name)


xml.sax.parseString(b'<a x="1">text<b/></a>', Handler())
p = xml.sax.make_parser()
p.setFeature(xml.sax.handler.feature_namespaces, True)
p.setContentHandler(Handler())
p.parse(io.BytesIO(DOC.encode()))
try:
    xml.sax.parseString(b'<a><b></a>', Handler())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e, e.getLineNumber(), e.getColumnNumber())

for event, node in pulldom.parseString('<a><b>t</b></a>'):
    print(event, node.nodeName)

data = {'name': 'x', 'n': 3, 'f': 1.5, 'b': True, 'l': [1, 'two'], 'd': {'k': b'bytes'}}
xml_plist = plistlib.dumps(data)
print(xml_plist.decode())
print(plistlib.loads(xml_plist) == data)

call = xmlrpc.client.dumps((1, 'two', [3.0], {'k': True}), 'method')
print(call)
print(xmlrpc.client.loads(call))
