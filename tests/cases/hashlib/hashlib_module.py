# hashlib over the per-algorithm modules (no _hashlib): new(), the guaranteed algorithms.
import hashlib
print(sorted(hashlib.algorithms_available))
print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'The quick brown fox')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20) if name.startswith('shake') else h.hexdigest())
print(hashlib.sha256(b'x', usedforsecurity=False).hexdigest())
print(hashlib.blake2b(b'x', digest_size=8, key=b'key').hexdigest())
print(hashlib.file_digest.__name__)
try: hashlib.new('nope')
except Exception as e: print(type(e).__name__, e)
