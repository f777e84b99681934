# The C encoder's markers dict (check_circular): what Python code sees in it while encoding,
# what an error leaves in it, and the circular-reference errors.
import json
from _json import make_encoder, encode_basestring_ascii


def make(markers, default, sort_keys=False, encoder=encode_basestring_ascii):
    return make_encoder(markers, default, encoder, None, ': ', ', ', sort_keys, False, True)


class Thing:
    def __init__(self, name):
        self.name = name


markers = {}
seen = []
outer_list = []
inner = {"k": None}


def default(o):
    # The containers being encoded (and o itself) are in markers, keyed by id.
    seen.append(sorted(type(v).__name__ for v in markers.values()))
    seen.append(all(k == id(v) for k, v in markers.items()))
    return o.name


inner["k"] = Thing("a")
outer_list.extend([1, inner, [Thing("b")], (Thing("c"),)])
enc = make(markers, default)
print(enc(outer_list, 0))
print(seen)
print("after success:", markers)

# An error leaves the containers it unwinds through in markers.
markers2 = {}
enc2 = make(markers2, lambda o: (_ for _ in ()).throw(TypeError("no")))
data = {"x": [1, 2, {"y": [Thing("z")]}]}
try:
    enc2(data, 0)
except TypeError as e:
    print("error:", e, getattr(e, "__notes__", None))
print(sorted(type(v).__name__ for v in markers2.values()))
print(all(k == id(v) for k, v in markers2.items()))

# An error without Python code on the way (NaN not allowed) also leaves them.
markers3 = {}
enc3 = make_encoder(markers3, None, encode_basestring_ascii, None, ': ', ', ', False, False, False)
try:
    enc3([[{"a": float("nan")}]], 0)
except ValueError as e:
    print("error:", e, e.__notes__)
print(sorted(type(v).__name__ for v in markers3.values()))

# Markers given with an entry: that id counts as being encoded.
lst = [1, 2]
enc4 = make({id(lst): lst}, None)
try:
    enc4([lst], 0)
except ValueError as e:
    print("error:", e, e.__notes__)

# Circular references, directly and through default().
a = []
a.append(a)
for obj in (a, {"self": None}, [[], []]):
    if isinstance(obj, dict):
        obj["self"] = obj
    try:
        print(json.dumps(obj))
    except ValueError as e:
        print("error:", e, e.__notes__)

loop = Thing("loop")
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as e:
    print("error:", e, e.__notes__)

# The same object twice (not a cycle) is fine.
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))

# A custom encoder callable and a dict subclass's items() see the markers too.
markers5 = {}
def enc_str(s):
    return '"%s:%d"' % (s, len(markers5))
class D(dict):
    def items(self):
        print("items sees", len(markers5), "markers")
        return super().items()
enc5 = make(markers5, None, encoder=enc_str)
print(enc5([D(a=1), ["x"]], 0))
print("after:", markers5)

# sort_keys with keys whose comparison runs Python code.
class K(str):
    def __lt__(self, other):
        print("compare sees", len(markers6), "markers")
        return str.__lt__(self, other)
markers6 = {}
enc6 = make(markers6, None, sort_keys=True)
print(enc6([{K("b"): 1, K("a"): 2}], 0))
print(json.dumps({"b": 1, "a": [2.5, -0.0, 1e300, 10**30, True, None]}, sort_keys=True, indent=1))
