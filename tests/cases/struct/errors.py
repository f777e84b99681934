# struct.error and the other errors of packing and unpacking, with 3.14's messages.
import struct
def show(expr):
    try: r = repr(eval(expr))
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(expr, '->', r)
for e in ["struct.pack('<h', 40000)", "struct.pack('<H', -1)", "struct.pack('<b', 200)", "struct.pack('<B', 256)", "struct.pack('<i', 2**31)", "struct.pack('<I', 2**32)", "struct.pack('<l', 2**31)", "struct.pack('<q', 2**63)", "struct.pack('<Q', -1)", "struct.pack('@i', 2**31)", "struct.pack('@h', 2**15)", "struct.pack('@b', 128)", "struct.pack('@B', -1)", "struct.pack('@q', 2**63)", "struct.pack('@Q', 2**64)", "struct.pack('<i', 'a')", "struct.pack('<i', 1.0)", "struct.pack('<f', 'a')", "struct.pack('<f', 1e300)", "struct.pack('<e', 1e10)", "struct.pack('<d', 10**400)", "struct.pack('c', b'ab')", "struct.pack('c', 'a')", "struct.pack('s', 'a')", "struct.pack('p', 1)", "struct.pack('<i')", "struct.pack('<i', 1, 2)", "struct.pack('<P', 1)", "struct.pack('<n', 1)", "struct.pack('z', 1)", "struct.pack('3', 1)", "struct.pack('<3')", "struct.calcsize('9999999999999999999i')", "struct.unpack('<i', b'abc')", "struct.unpack_from('<i', b'abcdef', 4)", "struct.unpack_from('<i', b'abcdef', -7)", "struct.unpack_from('<i', b'abcdef', -2)", "struct.pack_into('<i', bytearray(5), 2, 1)", "struct.pack_into('<i', bytearray(5), -7, 1)", "struct.pack_into('<i', bytes(5), 0, 1)", "struct.iter_unpack('<i', b'abcde')", "struct.iter_unpack('', b'')", 'struct.Struct(1)', "struct.Struct('<i').pack('x')", "struct.pack(b'<i', 1)", "struct.unpack('<i', 'abcd')", "struct.pack('<?', [])", "struct.pack('<x', 1)", "struct.calcsize('<x')", "struct.pack('<i', 2**100)", "struct.pack('<2i', 1)", "struct.Struct('<i q')", "repr(struct.Struct('<i'))", "struct.Struct('<i').format", "struct.Struct(b'<i').format", "struct.pack('<0s')", "struct.pack('<e', float('nan'))", "struct.unpack('<e', b'\\x00\\x7e')", "struct.pack('>e', 65504.0)", "struct.pack('>e', 65520.0)", "struct.pack('<f', float('inf'))", "struct.pack('<q', True)", "struct.unpack('<?', b'\\x02')", "struct.pack('5p', b'abcdefgh')", "struct.pack('1p', b'abc')", "struct.pack('300p', b'a'*300)[:2]", "struct.unpack('5p', b'\\x09abcd')", "struct.pack('=l', 2**31)", "struct.pack('!I', 2**32)"]:
    show(e)
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()))
print(struct.calcsize('@bhiqefdc?xs5p'), struct.calcsize('@ci'), struct.calcsize('@cq'), struct.calcsize('@c0q'), struct.calcsize('<bhilqefd'), struct.calcsize('@3s2h'))
print(struct.pack('@bhiq', 1, 2, 3, 4))
