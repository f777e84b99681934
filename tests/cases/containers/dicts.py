# Dicts: display, insertion order, lookup, mutation and methods.
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"])
d["b"] = 10
print(d)
del d["a"]
d["a"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("zz"), d.get("zz", "default"), "c" in d, "zz" not in d)
print(d.pop("c"), d)
print(d.setdefault("n", []), d)
d["n"].append(1)
print(d)
ints = {1: "one", 2: "two", 10 ** 20: "big", -1: "neg", 1.5: "float", (1, 2): "tuple", None: "none", True: "true?"}
print(ints)
print(ints[1], ints[10 ** 20], ints[(1, 2)], ints[None])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
d2 = {}
for word in ["x", "y", "x", "z", "x"]:
    d2[word] = d2.get(word, 0) + 1
print(d2)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
d.update({"z": 26})
print(d)
copy = dict(d)
copy["extra"] = 1
print(len(d), len(copy))
nested = {"outer": {"inner": [1, 2]}}
print(nested["outer"]["inner"][1])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
