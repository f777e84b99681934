# _md5, _sha1, _sha2, _sha3, _blake2: digests of test vectors, incremental updates, copy(), parameters and errors.
import _md5, _sha1, _sha2, _sha3, _blake2
for m in (_md5, _sha1, _sha2, _sha3, _blake2):
    print(m.__name__, [n for n in dir(m) if not n.startswith('__')])
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 5]
ctors = [_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for m in msgs:
        print(' ', len(m), c(m).hexdigest())
    # incremental == one-shot, copy independence
    h = c(b'hello ')
    h2 = h.copy()
    h.update(b'world')
    h2.update(memoryview(b'there'))
    print(' ', h.hexdigest(), h2.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
    print(' ', c(string=b'abc').hexdigest() == c(b'abc').hexdigest(), c(data=bytearray(b'abc'), usedforsecurity=False).hexdigest() == c(b'abc').hexdigest())
    for bad in ["c('abc')", "c(1)", "c(None)", "c(b'a', string=b'b')", "c(b'a', b'b')", "c().update('x')", "c().update(1)", "c().update()"]:
        try: eval(bad); print('  no error', bad)
        except Exception as e: print(' ', bad, type(e).__name__, e)
for c in (_sha3.shake_128, _sha3.shake_256):
    h = c(b'abc')
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    for n in (0, 1, 16, 32, 200, 500):
        print(' ', n, h.hexdigest(n), h.digest(n).hex() == h.hexdigest(n))
    print(' ', h.copy().hexdigest(length=10))
    for bad in ["h.hexdigest()", "h.hexdigest(-1)", "h.digest('a')"]:
        try: eval(bad); print('  no error', bad)
        except Exception as e: print(' ', bad, type(e).__name__, e)
s = _sha3.sha3_256()
print(s._capacity_bits, s._rate_bits, s._suffix, _sha3.implementation)
b = _blake2.blake2b
print(b.SALT_SIZE, b.PERSON_SIZE, b.MAX_KEY_SIZE, b.MAX_DIGEST_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE)
print(_blake2.blake2b(b"a", digest_size=20, key=b"k", salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
print(_blake2.blake2s(b"a", digest_size=20, key=b"k", salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
for key in (b'', b'k', b'x' * 32, b'y' * 64):
    print(_blake2.blake2b(b'msg' * 50, key=key).hexdigest(), _blake2.blake2s(b'msg' * 50, key=key[:32], digest_size=16).hexdigest())
print(_blake2.blake2s(b'x' * 64).hexdigest(), _blake2.blake2b(b'x' * 128, key=b'k').hexdigest())
print(_blake2.blake2b(b'a', salt=b'0123456789abcdef', person=b'fedcba9876543210').hexdigest())
print(_blake2.blake2s(b'a', node_offset=2**48 - 1, leaf_size=2**32 - 1).hexdigest())
for bad in ['digest_size=0', 'digest_size=65', 'key=b"x"*65', 'salt=b"x"*17', 'person=b"x"*17', 'fanout=256', 'depth=0', 'leaf_size=-1', 'node_offset=-1', 'node_depth=256', 'inner_size=65', 'key="s"', 'bogus=1']:
    try: _blake2.blake2b(**eval(f'dict({bad})')); print('no error', bad)
    except Exception as e: print(bad, type(e).__name__, e)
try: _blake2.blake2s(node_offset=2**48)
except Exception as e: print(type(e).__name__, e)
for t in (type(_md5.md5()), type(_sha2.sha256())):
    try: t(); print('created')
    except Exception as e: print(type(e).__name__, e)
print(_sha2.sha256.__text_signature__, _sha3.shake_128().digest.__text_signature__, _sha2.sha256().update.__text_signature__)
