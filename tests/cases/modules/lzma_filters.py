# _lzma filter chains: raw streams with delta/BCJ/LZMA1/LZMA2 filters, specifier errors,
# and the filter-properties codecs zipfile uses.
import lzma, _lzma

data = bytes(i % 7 * 3 for i in range(30000))
chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_DELTA, "dist": 3}, {"id": lzma.FILTER_LZMA2}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 16, "lc": 2, "lp": 1, "pb": 1,
                                 "mode": lzma.MODE_FAST, "nice_len": 32, "mf": lzma.MF_HC4, "depth": 4}],
    [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME}],
]
for chain in chains:
    c = lzma.compress(data, format=lzma.FORMAT_RAW, filters=chain)
    print(len(chain), lzma.decompress(c, format=lzma.FORMAT_RAW, filters=chain) == data)
c = lzma.compress(data, filters=chains[1])
print(lzma.decompress(c) == data)
c = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 20}])
print(lzma.decompress(c) == data)
for bcj in (lzma.FILTER_POWERPC, lzma.FILTER_IA64, lzma.FILTER_ARM, lzma.FILTER_ARMTHUMB, lzma.FILTER_SPARC):
    chain = [{"id": bcj, "start_offset": 0}, {"id": lzma.FILTER_LZMA2}]
    print(bcj, lzma.decompress(lzma.compress(data, filters=chain)) == data)

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

for filters in ([{"id": "x"}], [{"id": 2**65}], [{"id": 99}], [{}], [1], [{"id": lzma.FILTER_LZMA2, "foo": 1}],
                [{"id": lzma.FILTER_LZMA2, "dict_size": -1}], [{"id": lzma.FILTER_LZMA2, "preset": -1}],
                [{"id": lzma.FILTER_LZMA2, "preset": 99}], [{"id": lzma.FILTER_DELTA, "dist": 1.5}],
                [{"id": lzma.FILTER_X86, "start_offset": 4, 1: 2}], [{"id": lzma.FILTER_LZMA2}] * 5, 5,
                [{"id": lzma.FILTER_LZMA2}, {"id": lzma.FILTER_LZMA2}]):
    err(lzma.LZMACompressor, filters=filters)
err(lzma.LZMACompressor, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}])

print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "lc": 3, "lp": 0, "pb": 2, "dict_size": 1 << 20}))
print(_lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20}))
print(_lzma._encode_filter_properties({"id": lzma.FILTER_DELTA, "dist": 4}))
print(_lzma._encode_filter_properties({"id": lzma.FILTER_X86}), _lzma._encode_filter_properties({"id": lzma.FILTER_X86, "start_offset": 16}))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x10\x00"))
print(_lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x18"))
print(_lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x03"))
print(_lzma._decode_filter_properties(lzma.FILTER_X86, b""), _lzma._decode_filter_properties(lzma.FILTER_X86, b"\x01\x00\x00\x00"))
err(_lzma._decode_filter_properties, 99, b"")
err(_lzma._decode_filter_properties, lzma.FILTER_LZMA2, b"\xff")
err(_lzma._encode_filter_properties, {"id": 99})
