# a2b_base64's padding rules, with and without strict_mode, and a2b_uu's errors.
# Left out: inputs whose results changed in 3.14.5 (the tests' version; the reference is 3.14.2):
# data or a non-base64 byte after a completed padding (gh-145264), a2b_uu of b'' (gh-148093).
import binascii

for d in [b'=', b'=====', b'ab=c=', b'ab=ab==', b'abcd=', b'abcd=====', b'\nab==', b'a\x00b==',
          b'a=', b'a==', b'ab', b'ab=', b'a=b=', b'a\nb=', b'abcdef=', b'A\tB\nC ??DE', b'Y Q = =',
          b'YQ==', b'YWI=', b'YWJj', b'YW\nJj', b'a' * 349, 'YWJj', 'ab=\xe9']:
    for strict in [True, False]:
        try:
            r = binascii.a2b_base64(d, strict_mode=strict)
        except Exception as e:
            r = f'{type(e).__name__}: {e}'
        print(repr(d)[:24], strict, r)

for d in [b'\n', b' ', b'!', b'!!!!', b'\xff\x00', b'\x7f', b'#86)C', b'#86)C  \n', b'#86)Cx', b'"86)C']:
    try:
        print(d, binascii.a2b_uu(d))
    except Exception as e:
        print(d, type(e).__name__, e)
