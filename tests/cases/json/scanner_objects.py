# Objects from the C scanner: the dict ends as inserting its members one by one leaves it
# (sizes included, repeated keys too), and hook results are released in CPython's order
# when a malformed document stops the parse.
import json, sys

def built(pairs):
    d = {}
    for k, v in pairs:
        d[k] = v
    return d

for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 100, 1000]:
    pairs = [("k%d" % i, i) for i in range(n)]
    dup = [("k%d" % (i % 7), i) for i in range(n)]
    for p in (pairs, dup):
        doc = "{" + ", ".join('"%s": %d' % kv for kv in p) + "}"
        d = json.loads(doc)
        e = built(p)
        print(n, d == e, list(d) == list(e), sys.getsizeof(d) == sys.getsizeof(e), end="; ")
        d["extra"] = e["extra"] = 0
        print(sys.getsizeof(d) == sys.getsizeof(e))

class Num:
    def __init__(self, text):
        self.text = text
    def __del__(self):
        print("del", self.text)

for doc in ['{"a": 1.5, "b": [2.5, 3.5], "c": {"d": 4.5, "e": 5.5, "f": }}', '[{"x": 1.25}, 2.25, {"y": 3.25] ']:
    try:
        json.loads(doc, parse_float=Num)
    except json.JSONDecodeError as e:
        print("error", e.msg, e.pos)

# Hooks see complete objects, nested first.
print(json.loads('{"a": {"b": {"c": 1}}, "d": [{"e": 2}]}', object_hook=lambda o: sorted(o.items())))
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}', object_pairs_hook=list))
