# The C Element of _elementtree (xml.etree.ElementTree imports it over the Python one):
# attributes, the sequence protocol, find, iteration, copying, pickling, subclassing and
# the TypeErrors for bad arguments.
import copy
import pickle
import re
import warnings
import xml.etree.ElementTree as ET
import _elementtree

print(ET.Element is _elementtree.Element, ET.SubElement is _elementtree.SubElement)
print(ET.Element.__module__, ET.Element.__name__, ET.ParseError.__mro__[1].__name__)


def show(e):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(e))


def attempt(label, f):
    try:
        r = f()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "=", show(r) if isinstance(r, ET.Element) else r)


# Construction and attributes.
e = ET.Element("root", {"a": "1"}, b="2")
print(show(e), e.tag, e.attrib, e.text, e.tail, len(e))
print(ET.Element("x", attrib={"k": "v"}, z="9").attrib)
print(e.get("a"), e.get("missing"), e.get("missing", "dflt"), e.get(key="b"))
e.set("c", "3")
print(sorted(e.keys()), sorted(e.items()))
e.text = "hello"
e.tail = "\n"
e.tag = "renamed"
print(e.tag, repr(e.text), repr(e.tail))
attempt("del e.tag", lambda: delattr(e, "tag"))
attempt("e.attrib = 1", lambda: setattr(e, "attrib", 1))
e.attrib = {"only": "this"}
print(e.attrib, e.keys())
empty = ET.Element("empty")
print(empty.attrib, empty.keys(), empty.items())

# Children: append, extend, insert, remove, indexing and slices.
root = ET.Element("root")
a = ET.SubElement(root, "a", x="1")
b = ET.SubElement(root, "b", {"y": "2"})
root.append(ET.Element("c"))
root.extend([ET.Element("d"), ET.Element("e")])
root.insert(0, ET.Element("first"))
root.insert(-1, ET.Element("before-last"))
root.insert(100, ET.Element("last"))
print([c.tag for c in root])
print(show(root[1]), show(root[-1]), [c.tag for c in root[1:4]], [c.tag for c in root[::-2]])
root[0] = ET.Element("FIRST")
del root[1]
print([c.tag for c in root])
root[1:3] = [ET.Element("p"), ET.Element("q"), ET.Element("r")]
print([c.tag for c in root])
root[::2] = [ET.Element(str(i)) for i in range(len(root[::2]))]
print([c.tag for c in root])
del root[::3]
print([c.tag for c in root])
root.remove(root[0])
print([c.tag for c in root])
attempt("root[99]", lambda: root[99])
attempt("root['x']", lambda: root["x"])
attempt("root.remove(missing)", lambda: root.remove(ET.Element("zz")))
attempt("root.append(1)", lambda: root.append(1))
attempt("root.extend([1])", lambda: root.extend([1]))
attempt("root.extend(5)", lambda: root.extend(5))
attempt("root.insert('x', e)", lambda: root.insert("x", ET.Element("y")))
attempt("root[0] = 'x'", lambda: root.__setitem__(0, "x"))
attempt("root[::2] = [e]", lambda: root.__setitem__(slice(None, None, 2), [ET.Element("y")]))
attempt("Element()", lambda: ET.Element())
attempt("Element('a', 1)", lambda: ET.Element("a", 1))
attempt("Element('a', attrib=1)", lambda: ET.Element("a", attrib=1))
attempt("SubElement(1, 'a')", lambda: ET.SubElement(1, "a"))
attempt("makeelement('a', 1)", lambda: root.makeelement("a", 1))
print(show(root.makeelement("made", {"k": "v"})), root.makeelement("made", {"k": "v"}).attrib)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(ET.Element("x")), bool(root))
    print([str(x.message) for x in w])

# find, findtext, findall, iterfind, iter, itertext.
doc = ET.fromstring(
    "<doc><sec id='1'>one<p>para</p>tail1</sec><sec id='2'><p>second</p></sec><note/></doc>"
)
print(show(doc.find("sec")), doc.find("nothing"), show(doc.find(".//p")))
print(repr(doc.findtext("note")), doc.findtext("nothing"), doc.findtext("nothing", "dflt"), doc.findtext("sec/p"))
print([s.get("id") for s in doc.findall("sec")], [p.text for p in doc.findall(".//p")])
print([p.text for p in doc.iterfind("sec/p")], doc.findall("sec[@id='2']")[0].get("id"))
print([x.tag for x in doc.iter()], [x.tag for x in doc.iter("p")], [x.tag for x in doc.iter("*")])
print(list(doc.itertext()))
it = doc.iter()
print(type(it).__name__, iter(it) is it)

# copy, deepcopy, pickle (through the Python Element's instance dict).
src = ET.fromstring("<a x='1'>t<b>u</b>v</a>")
sh = copy.copy(src)
dp = copy.deepcopy(src)
print(sh[0] is src[0], dp[0] is src[0], ET.tostring(dp), dp.attrib is src.attrib)
state = src.__getstate__()
print(sorted(state), state["tag"], state["text"], len(state["_children"]))
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(src, proto))
    assert ET.tostring(back) == ET.tostring(src), proto
print("pickle ok", ET.tostring(back))
attempt("__setstate__(1)", lambda: ET.Element("x").__setstate__(1))
attempt("__setstate__({})", lambda: ET.Element("x").__setstate__({}))
attempt("__setstate__ bad children", lambda: ET.Element("x").__setstate__({"tag": "t", "_children": 5}))
attempt("__deepcopy__(1)", lambda: ET.Element("x").__deepcopy__(1))

# Subclasses keep their class, attributes and weak references.
import weakref


class Node(ET.Element):
    kind = "node"

    def __init__(self, tag, attrib={}, **extra):
        super().__init__(tag, attrib, **extra)
        self.note = "mine"


n = Node("n", {"k": "v"})
ET.SubElement(n, "child")
n.append(Node("sub"))
print(type(n).__name__, n.kind, n.note, n.tag, n.attrib, [c.tag for c in n], type(n[1]).__name__)
r = weakref.ref(n)
print(r() is n)
del n
print(r())
