# base64 and hex of large and of irregular data: every byte value in bulk, decoding with
# whitespace, trailing bits, missing or misplaced padding (lenient and strict), and
# bytes.upper/lower over long mixed data.
import base64
import binascii
import hashlib

data = bytes(range(256)) * 1000 + b'xyz'
for n in (0, 1, 2, 3, 4, 5, 57, 58, 100003):
    chunk = data[:n]
    enc = binascii.b2a_base64(chunk)
    assert binascii.a2b_base64(enc) == chunk
    assert binascii.a2b_base64(enc[:-1], strict_mode=True) == chunk
    print(n, len(enc), enc[:12], enc[-6:], binascii.b2a_base64(chunk, newline=False)[-4:])
big = base64.b64encode(data)
print(hashlib.sha256(big).hexdigest()[:16], base64.b64decode(big) == data)
print(base64.urlsafe_b64encode(data[250:260]), base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)

for text in [b'YWJj', b'YW Jj', b'YW\nJj\n', b'YR==', b'YQ=', b'YQ', b'Y', b'=YWJj',
             b'YWJj====', b'YW=Jj', b'!!YWJj', b'YWJjZA==', b'YWJjZA', b'YWJjZA=', b'\xff\xfeYWJj']:
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(text, strict_mode=strict)
        except binascii.Error as e:
            r = 'Error: %s' % e
        print(text, strict, r)

hx = binascii.hexlify(data)
print(len(hx), hx[:20], hx[-10:], binascii.unhexlify(hx) == data, binascii.unhexlify(hx.upper()) == data)
print(binascii.hexlify(data[:10], ':', 3), binascii.hexlify(data[:10], b'-', -4), data[:40].hex(' ', 8))
for bad in [b'0', b'0g', b'g0', b'00 11', b'\xff\xff', b'ABCDEFGHIJ' * 3]:
    try:
        print(binascii.unhexlify(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(base64.b16decode(base64.b16encode(data)) == data, base64.b16encode(data[250:256]))
try:
    base64.b16decode(b'0a')
except binascii.Error as e:
    print('b16decode', e)

mixed = bytes(range(256)) * 3 + b'The Quick Brown Fox @[`{' * 50
up, low = mixed.upper(), mixed.lower()
print(hashlib.sha256(up).hexdigest()[:16], hashlib.sha256(low).hexdigest()[:16])
print(up[60:130], low[60:130], up[-30:], low[-30:])
print(bytearray(mixed).upper() == up, bytearray(mixed).lower() == low, up.swapcase()[-24:])
