# hashlib.sha256 of 500 MB, in 1 MB updates, and of many small strings (issue 11's hashlib speed item).
import hashlib
block = bytes(range(256)) * 4096
h = hashlib.sha256()
for _ in range(500):
    h.update(block)
small = hashlib.sha256()
for i in range(200000):
    small.update(hashlib.sha256(b"%d" % i).digest())
print(h.hexdigest(), small.hexdigest(), hashlib.md5(block).hexdigest(), hashlib.blake2b(block).hexdigest()[:32])
