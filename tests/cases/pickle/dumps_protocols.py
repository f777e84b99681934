# The exact bytes _pickle's Pickler writes for each protocol 0-5 over the builtin types:
# small and big ints (BININT1/2/4, LONG1/LONG4, protocol 0's text), floats, str with
# escapes, surrogates and non-BMP characters, bytes and bytearray (reduced before protocols
# 3 and 5), tuples of every length, lists and dicts across the 1000-item batch size, sets,
# shared and recursive objects (memo PUT/GET), globals, and framing from protocol 4 on.
import pickle, _pickle

assert pickle.Pickler is _pickle.Pickler and pickle.Unpickler is _pickle.Unpickler
assert pickle.dumps is _pickle.dumps and pickle.loads is _pickle.loads
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

shared = [1, 2]
rec = []
rec.append(rec)
rec_t = ([],)
rec_t[0].append(rec_t)

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**63, 2**64, 2**100, -2**100, -128, -129, -256, -32768, 2**2047,
    0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float('inf'), float('-inf'), 0.1,
    '', 'abc', 'é', '\u20ac', '\U0001f600', '\ud800', 'a\\b\nc\r\x00\x1a\x7f', 'x' * 300,
    b'', b'abc', bytes(range(256)), bytearray(), bytearray(b'xy'), b'\x80' * 3,
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4},
    set(), {1}, {3, 1, 2}, frozenset(), frozenset({5}), frozenset({7, 8}),
    [shared, shared], (shared, shared), {'k': shared, 'j': shared}, ('abc', 'abc'),
    rec, rec_t, [b'x', b'x'],
    complex(1, 2), range(3), slice(1, 2, None), int, len, pickle.dumps, Ellipsis, NotImplemented,
    type(None), type(...), type(NotImplemented), str.upper,
]

for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        print(proto, pickle.dumps(v, proto))

# Batches of 1000 (APPENDS, SETITEMS, ADDITEMS) and a frame of 64 KiB and more.
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in [list(range(2001)), {i: -i for i in range(1001)}, set(range(1500)), 'y' * 70000, b'z' * 70000]:
        d = pickle.dumps(v, proto)
        print(proto, type(v).__name__, len(d), d[:40], d[-40:])

# protocol=None is the default, a negative one the highest; fix_imports off keeps 3.x names.
print(pickle.dumps(1, None) == pickle.dumps(1, 5), pickle.dumps([1], -1) == pickle.dumps([1], 5))
print(pickle.dumps(ConnectionError, 2), pickle.dumps(ConnectionError, 2, fix_imports=False))
print(pickle.dumps(range, 0), pickle.dumps(range, 0, fix_imports=False))
print(pickle.dumps(bytes, 1))
