# The builtin _hmac module (HACL* in CPython): HMAC objects and one-shot digests over the
# builtin hash functions, and hmac.py's use of it for hash functions given by name.
import _hmac
import hmac
import hashlib

print(sorted(n for n in dir(_hmac) if not n.startswith('__')))
print(_hmac.UnknownHashError.__mro__, _hmac._GIL_MINSIZE)
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
         'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'blake2b_32', 'blake2s_32', 'SHA256', 'Sha3_512']
for key in [b'', b'key', b'k' * 64, b'k' * 65, b'K' * 200]:
    for name in names:
        h = _hmac.new(key, b'message', digestmod=name)
        h2 = h.copy()
        h2.update(b' more')
        one = getattr(_hmac, f'compute_{name.lower()}', None)
        print(name, len(key), h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:16],
              _hmac.compute_digest(key, b'message', name) == h.digest(),
              one is None or one(key, b'message') == h.digest(),
              hmac.new(key, b'message', getattr(hashlib, name.lower().removesuffix('_32'))).digest() == h.digest())

h = _hmac.new(bytearray(b'key'), None, 'sha256')
print(h.update(memoryview(b'abc')), h.hexdigest())
print(type(h).__module__, type(h).__qualname__, repr(h).split(' @ ')[0])
print(hmac.new(b'key', b'msg', 'sha256')._hmac is not None, hmac.digest(b'key', b'msg', 'md5').hex())

for args, kwargs in [((), {}), ((b'k',), {}), ((b'k', b'm'), {}), ((b'k', b'm', 'nope'), {}),
                     ((b'k', b'm', None), {}), ((b'k', b'm', 3), {}), ((b'k', b'm', 'shake_128'), {}),
                     (('k', b'm', 'sha1'), {}), ((b'k', 'm', 'sha1'), {}), ((b'k',), {'digestmod': 'sha-256'}),
                     ((b'k',), {'msg': b'm', 'digestmod': 'md5'})]:
    try:
        print(_hmac.new(*args, **kwargs).hexdigest())
    except Exception as e:
        print(type(e).__name__, e)
for args, kwargs in [((b'k', b'm'), {}), ((b'k', None, 'sha1'), {}), (('k', b'm', 'md5'), {}),
                     ((), {'key': b'k', 'msg': b'm', 'digest': 'sha1'}), ((b'k', b'm', 'sha512_256'), {})]:
    try:
        print(_hmac.compute_digest(*args, **kwargs).hex())
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: _hmac.compute_md5(b'k'), lambda: _hmac.compute_sha1(b'k', 'm'), lambda: type(h)(), lambda: h.update('x')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(_hmac.new.__text_signature__, _hmac.compute_digest.__text_signature__, _hmac.compute_md5.__text_signature__)
