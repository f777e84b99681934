# The types of None, NotImplemented and Ellipsis: calling them gives the singleton,
# they pickle by name, and None compares through object's rich comparison.
import pickle

print(None.__eq__(None), None.__ne__(None), None.__eq__(1), None.__ne__(1), None.__lt__(None))
print(NotImplemented.__ne__(NotImplemented), ....__ne__(...), ....__eq__(None))
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for t in (type(None), type(NotImplemented), type(...)):
    for args, kw in (((1,), {}), ((), {"x": 1})):
        try:
            t(*args, **kw)
        except TypeError as e:
            print(t.__name__, "TypeError:", e)
print(....__reduce__(), NotImplemented.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(..., proto)) is ...
    assert pickle.loads(pickle.dumps(NotImplemented, proto)) is NotImplemented
print("pickled by name")
print(sorted(k for k in type(None).__dict__ if k.startswith("__") and k[2:4] in ("lt", "le", "eq", "ne", "gt", "ge")))
