# _elementtree's TreeBuilder and XMLParser over our expat: parse/iterparse/tostring round
# trips with namespaces, comments and PIs, custom factories, a Python target, entities,
# the doctype, and ParseError's message, code and position.
import io
import re
import xml.etree.ElementTree as ET


def show(x):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(x))


def tagname(e):
    return getattr(e.tag, "__name__", e.tag)


print(ET.XMLParser.__module__, ET.TreeBuilder.__name__, ET.XMLParser().version)

# Round trips.
src = (
    '<?xml version="1.0"?>\n'
    '<root xmlns="http://default" xmlns:x="http://x">'
    '<x:item x:attr="1" plain="2">text<!-- a comment --><?target some data?>more</x:item>'
    "<empty/><cdata><![CDATA[<raw> & stuff]]></cdata>"
    "<chars>&lt;&amp;&gt;&#65;&#x42;</chars>"
    "</root>"
)
root = ET.fromstring(src)
print(root.tag, [c.tag for c in root], root[0].attrib)
print(repr(root[0].text), repr(root[2].text), repr(root[3].text))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring(ET.tostring(root)))
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())

# iterparse with every event.
data = b'<a xmlns="u" xmlns:p="v"><p:b k="1">x</p:b><!--c--><?pi d?><c/></a>'
for event, obj in ET.iterparse(io.BytesIO(data), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    print(event, tagname(obj) if isinstance(obj, ET.Element) else obj)

# XMLPullParser fed in pieces.
pull = ET.XMLPullParser(events=("start", "end"))
for piece in ["<doc><it", "em n='1'/>", "<item n='2'>t</item", "></doc>"]:
    pull.feed(piece)
    print([(ev, el.tag, el.get("n")) for ev, el in pull.read_events()])
pull.close()

# TreeBuilder: comments and PIs inserted, custom factories.
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=tb)
p.feed("<r>a<!--c1-->b<?t d?>c</r>")
r = p.close()
print(ET.tostring(r), [show(ch) for ch in r], [ch.tail for ch in r])

made = []


def element_factory(tag, attrib):
    made.append(tag)
    return ET.Element(tag.upper(), attrib)


tb = ET.TreeBuilder(
    element_factory=element_factory,
    comment_factory=lambda text: ET.Element("COMMENT", text=text),
    pi_factory=lambda target, text: ET.Element("PI", target=target),
    insert_comments=True,
    insert_pis=True,
)
tb.start("top", {"a": "1"})
tb.data("x")
tb.data("y")
tb.comment("note")
tb.pi("tgt", "body")
tb.start("inner", {})
tb.end("inner")
tb.data("tail")
tb.end("top")
out = tb.close()
print(made, ET.tostring(out))
tb = ET.TreeBuilder()
print(tb.close(), [tagname(x) for x in (tb.comment("bare"), tb.pi("t", "d"), tb.pi("t"))])
try:
    tb.end("x")
except IndexError as e:
    print("IndexError", e)
tb2 = ET.TreeBuilder()
tb2.start("one", {})
tb2.end("one")
try:
    tb2.start("two", {})
except ET.ParseError as e:
    print("ParseError", e)


# A Python target.
class Target:
    def start(self, tag, attrib):
        print("start", tag, sorted(attrib.items()))

    def end(self, tag):
        print("end", tag)

    def data(self, data):
        print("data", repr(data))

    def comment(self, text):
        print("comment", repr(text))

    def pi(self, target, data):
        print("pi", target, repr(data))

    def start_ns(self, prefix, uri):
        print("start_ns", repr(prefix), uri)

    def end_ns(self, prefix):
        print("end_ns", repr(prefix))

    def doctype(self, name, pubid, system):
        print("doctype", name, pubid, system)

    def close(self):
        return "closed"


p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')
p.feed('<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><!--hi--><?php echo?><body>Hi</body></html>')
print(p.close())


class Minimal:
    pass


p = ET.XMLParser(target=Minimal())
p.feed("<a><b/></a>")
print(p.close())
try:
    p._setevents([], ["start"])
except TypeError as e:
    print("TypeError", e)

# Entities: the parser's entity dict fills in what expat cannot expand.
doc = '<!DOCTYPE doc SYSTEM "doc.dtd"><doc>&custom;</doc>'
p = ET.XMLParser()
p.entity["custom"] = "expanded"
p.feed(doc)
print(ET.tostring(p.close()))
print(ET.tostring(ET.fromstring('<!DOCTYPE d [<!ENTITY e "internal">]><d>&e;</d>')))

# Errors.
for bad in ["", "foo", "<a><b></a>", "<a>&undefined;</a>", "<a/><b/>", "<a x='1' x='2'/>",
            "<a>\n  <b>\n</a>", doc]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad[:20]), "->", e, "| code", e.code, "| position", e.position)
try:
    ET.fromstring("<a>").bogus
except ET.ParseError as e:
    print(type(e).__name__, isinstance(e, SyntaxError), e.code, e.position)
for events in [["bogus"], [1], 5]:
    try:
        ET.XMLParser()._setevents([], events)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ET.XMLParser(target=None, encoding=5)
except TypeError as e:
    print("TypeError", e)
try:
    ET.XMLParser().feed(5)
except TypeError as e:
    print("TypeError", e)
p = ET.XMLParser()
p.feed("<a>")
try:
    p.close()
except ET.ParseError as e:
    print("close:", e, e.position)
