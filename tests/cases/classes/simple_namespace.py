# types.SimpleNamespace: construction from a mapping or pairs, recursive repr, pickling, __replace__.
import copy
import pickle
import types


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(types.SimpleNamespace([["x", 1], ["y", 2]], x=4, z=3))
print(types.SimpleNamespace({"a": 1}), types.SimpleNamespace([]), types.SimpleNamespace({}, b=2))
show("int", lambda: types.SimpleNamespace(1))
show("two", lambda: types.SimpleNamespace([], []))
show("not pair", lambda: types.SimpleNamespace([["x"]]))
show("int key", lambda: types.SimpleNamespace({1: 2}))
ns = types.SimpleNamespace(a=1)
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=1)
s.again = s
print(s)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(types.SimpleNamespace(a=1, b=[2]), proto))
    print(proto, u)
print(ns.__reduce__()[0].__name__, ns.__reduce__()[1])
print(copy.replace(types.SimpleNamespace(a=1, b=2), b=3), copy.replace(Sub(x=1), y=2))
show("positional", lambda: types.SimpleNamespace().__replace__(1))

# Keys passed through ** must be str, as keywords are.
import types as _types
for bad in ({1: 2}, {'a': 1, 2: 3}):
    try:
        _types.SimpleNamespace(**bad)
    except TypeError as e:
        print('TypeError', e)
