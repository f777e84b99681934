# reference: python3
# Pickling 100,000 nested lists, dicts or tuples raises RecursionError ("while pickling an
# object") at every protocol instead of overflowing the C# stack. (The WebAssembly reference
# crashes on this nesting, so native CPython makes the reference.)
import pickle

def nested(make, depth=100000):
    x = make(None)
    for _ in range(depth):
        x = make(x)
    return x

for name, make in [('list', lambda x: [x]), ('dict', lambda x: {'k': x}), ('tuple', lambda x: (x,))]:
    data = nested(make)
    # Protocol 0 saves a dict through its items() method, where the call's own guard (with
    # its own message) may trip first: dicts start at protocol 1.
    for proto in range(name == 'dict', pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(data, proto)
            print(name, proto, 'pickled')
        except RecursionError as e:
            print(name, proto, type(e).__name__, e)
    del data
