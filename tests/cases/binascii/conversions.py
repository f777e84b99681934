# binascii: hex (with sep), base64 (strict_mode, newline), uu, crc32, crc_hqx, qp, and their errors.
# Left out: inputs whose results changed in 3.14.5 (the tests' version; the reference is 3.14.2):
# data after a padded base64 quad (gh-145264) and a2b_uu of an empty line (gh-148093).
import binascii
def show(expr):
    try: r = repr(eval(expr))
    except Exception as e: r = type(e).__name__ + ': ' + str(e)
    print(expr, '->', r)
print([n for n in dir(binascii) if not n.startswith('__')])
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)
for e in ["binascii.hexlify(b'\\x01\\xab\\xff')", "binascii.b2a_hex(b'')", "binascii.hexlify(b'abcdef', '-')", "binascii.hexlify(b'abcdef', b':', 2)", "binascii.hexlify(b'abcde', ' ', -2)", "binascii.hexlify(b'abcde', ' ', 2)", "binascii.hexlify(b'abcde', sep='.', bytes_per_sep=0)", "binascii.hexlify(b'ab', '--')", "binascii.hexlify(b'ab', 1)", "binascii.hexlify(b'ab', '\\xe9')", "binascii.hexlify('ab')", "binascii.hexlify(bytearray(b'xy'))", "binascii.hexlify(memoryview(b'xyz'), sep='|')",
          "binascii.unhexlify(b'01abFF')", "binascii.unhexlify('0a0b')", "binascii.a2b_hex(b'abc')", "binascii.a2b_hex(b'zz')", "binascii.unhexlify('\\xe9\\xe9')", "binascii.unhexlify(5)", "binascii.unhexlify(bytearray(b'ff'))",
          "binascii.b2a_base64(b'')", "binascii.b2a_base64(b'a')", "binascii.b2a_base64(b'ab')", "binascii.b2a_base64(b'abc')", "binascii.b2a_base64(b'abcd', newline=False)", "binascii.b2a_base64(bytes(range(256)))", "binascii.b2a_base64('x')",
          "binascii.a2b_base64(b'YWJj')", "binascii.a2b_base64('YWI=')", "binascii.a2b_base64(b'YQ==')", "binascii.a2b_base64(b'YQ')", "binascii.a2b_base64(b'Y')", "binascii.a2b_base64(b'YWJjZ')", "binascii.a2b_base64(b'YW Jj\\n')", "binascii.a2b_base64(b'')", "binascii.a2b_base64(b'=')", "binascii.a2b_base64(b'Y=Q=')", "binascii.a2b_base64(b'YQ=')",
          "binascii.a2b_base64(b'=YWJj', strict_mode=True)", "binascii.a2b_base64(b'YW Jj', strict_mode=True)", "binascii.a2b_base64(b'YQ==YQ==', strict_mode=True)", "binascii.a2b_base64(b'YQ=a', strict_mode=True)", "binascii.a2b_base64(b'YWJj=', strict_mode=True)", "binascii.a2b_base64(b'YQ==', strict_mode=True)", "binascii.a2b_base64(b'YQ', strict_mode=True)", "binascii.a2b_base64(b'Y', strict_mode=True)",
          "binascii.crc32(b'hello')", "binascii.crc32(b'world', binascii.crc32(b'hello '))", "binascii.crc32(b'hello world')", "binascii.crc32(b'')", "binascii.crc32(b'a', -1)", "binascii.crc32(b'a', 2**40)", "binascii.crc32(b'a', 1.0)", "binascii.crc_hqx(b'hello', 0)", "binascii.crc_hqx(b'123456789', 0xffff)", "binascii.crc_hqx(b'', 0x12345)", "binascii.crc_hqx(b'a')",
          "binascii.b2a_uu(b'')", "binascii.b2a_uu(b'', backtick=True)", "binascii.b2a_uu(b'Cat')", "binascii.b2a_uu(b'\\x00\\x00\\x00', backtick=True)", "binascii.b2a_uu(b'x' * 45)", "binascii.b2a_uu(b'x' * 46)",
          "binascii.a2b_uu(b'#0V%T\\n')", "binascii.a2b_uu(b' ')", "binascii.a2b_uu(b'#0V%T  \\n')", "binascii.a2b_uu(b'#0V%Tx')", "binascii.a2b_uu(b'#0\\x01%T')", "binascii.a2b_uu(b'#```\\n')", "binascii.a2b_uu(b'$0V%T')",
          "binascii.crc32.__text_signature__", "binascii.b2a_base64.__text_signature__", "binascii.a2b_base64.__text_signature__", "binascii.hexlify.__text_signature__"]:
    show(e)
for n in range(0, 50, 7):
    d = bytes(range(n))
    assert binascii.a2b_uu(binascii.b2a_uu(d)) == d
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
    assert binascii.unhexlify(binascii.hexlify(d)) == d
print('roundtrips ok')
for e in ["binascii.a2b_qp(b'a=3Db=\\nc=41=4')", "binascii.a2b_qp(b'a_b', header=True)", "binascii.a2b_qp(data='x==y=\\r\\nz=')", "binascii.a2b_qp(b'=zz=4')",
          "binascii.b2a_qp(b'hello = world\\t\\n')", "binascii.b2a_qp(b'a b\\tc', quotetabs=True)", "binascii.b2a_qp(b'a_b c', header=True)", "binascii.b2a_qp(b'line\\r\\nnext \\r\\n')", "binascii.b2a_qp(b'\\xff\\x00.', istext=False)", "binascii.b2a_qp(b'.\\n.x')", "binascii.b2a_qp(b'x' * 100)", "binascii.b2a_qp(b'=' * 40)", "binascii.b2a_qp(b'a\\nb', istext=False)", "binascii.b2a_qp(b'end ')", "binascii.b2a_qp(b'y' * 75 + b'\\n' + b'z' * 80)"]:
    show(e)
