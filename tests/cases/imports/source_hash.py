# _imp.source_hash: the SipHash-1-3 keyed hash of hash-based .pyc files (PEP 552), as CPython computes it.
import _imp
print(_imp.source_hash(3627, b'print(1)\n'), _imp.source_hash(key=0, source=b''), _imp.source_hash(-1, bytearray(b'abc' * 50)))
import importlib.util
print(importlib.util.source_hash(b'x = 1\n'))
try: _imp.source_hash(1, 'str')
except TypeError as e: print(e)
