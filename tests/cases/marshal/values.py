# marshal.dumps of every marshallable type, at every version, and loads of the result.
import marshal

values = [
    None, True, False, ..., StopIteration,
    0, 5, -1, 1000, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**40, -2**70, 2**100,
    1.5, -0.0, float('inf'), 1e300, 2j, complex(1, -0.0),
    'abc', 'hello world', 'hello_world', 'x' * 300, 'a b ' * 100, 'é', '€uro', '\U0001f600', '\ud800', '',
    b'', b'a', b'ab', b'\x00\xff' * 200,
    (), (1, 2), tuple(range(300)), [], [1, 'a'], {}, {1: 2, 'k': [3]},
    set(), {1}, frozenset(), frozenset({1, 2, 3}), frozenset({'b', 'a'}),
    slice(1, 2, 3), slice(None, 'x', None),
]
for v in values:
    for version in range(6):
        try:
            data = marshal.dumps(v, version)
        except ValueError as e:
            print(version, repr(v)[:30], 'ValueError', e)
            continue
        back = marshal.loads(data)
        same = back == v or (v != v and back != back)
        print(version, repr(v)[:30], data[:40], len(data), type(back).__name__, same)

# Text floats (versions 0 and 1) are written with 17 significant digits.
for f in [0.1, 1/3, float('nan'), float('-inf'), 5e-324]:
    print(marshal.dumps(f, 1), marshal.loads(marshal.dumps(f, 1)))
print(marshal.dumps(complex(0.1, 2), 0))

# A bytes-like object is written as bytes; subclasses of the builtin types are not marshallable.
print(marshal.dumps(bytearray(b'xy')), marshal.dumps(memoryview(b'xyz')))
class MyStr(str): pass
class MyInt(int): pass
for v in [MyStr('x'), MyInt(3), object(), [object()], {1: len}]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(v).__name__, e)

# Versions above 5 write as 5; negative ones as 0.
print(marshal.dumps('abc', 6), marshal.dumps('abc', -1), marshal.version)
