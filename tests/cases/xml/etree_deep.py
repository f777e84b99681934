# reference: python3
# Deep element trees (the WebAssembly reference's stack is too small for them; native
# CPython frees them through the trashcan): a 100,000-deep chain of SubElements frees,
# iterates and copies without exhausting the stack, and a cycle through attrib is collected.
import gc
import xml.etree.ElementTree as ET

top = ET.Element("top")
cur = top
for i in range(100000):
    cur = ET.SubElement(cur, "level")
print(sum(1 for _ in top.iter()), sum(1 for _ in top.iter("level")))
cur.text = "bottom"
print(list(top.itertext()))
del top, cur
print("freed")

loop = ET.Element("loop")
loop.attrib["self"] = loop
loop.append(ET.Element("kid"))
del loop
print("collected", gc.collect() > 0)
