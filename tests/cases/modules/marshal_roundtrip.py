# marshal: round trips of the constant types, reading CPython's bytes (with back-references), errors.
import marshal
values = [None, True, False, ..., StopIteration, 0, -1, 2**31 - 1, 2**31, -2**70, 1.5, -0.0, 2+3j,
          "", "abc", "é€😀", b"\x00\xff", (), (1, "a"), [1, [2]], {"k": (1,)}, {1, 2}, frozenset({3}), tuple(range(300))]
for v in values:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v if v == v else repr(r))
# CPython's own output for a repeated interned string: a back-reference.
print(marshal.loads(b'\xa9\x02\xda\x01x\x72\x01\x00\x00\x00'))
print(marshal.version)
for bad in [b"", b"i\x01", b"?", b"r\x05\x00\x00\x00"]:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
