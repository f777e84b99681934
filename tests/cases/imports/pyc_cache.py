# .pyc files: py_compile writes CPython's header and marshal data, importlib reads them back,
# hash-based pycs carry _imp.source_hash, and a module loads from its __pycache__ entry.
import importlib.util
import marshal
import os
import py_compile
import sys
import tempfile

src = b'def f(x):\n    return x * 2\nVALUE = f(21)\nNAME = __name__\n'
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'pycmod.py')
    with open(path, 'wb') as fh:
        fh.write(src)
    cfile = py_compile.compile(path, doraise=True)
    print(cfile == importlib.util.cache_from_source(path), os.path.basename(cfile) == 'pycmod.%s.pyc' % sys.implementation.cache_tag)
    with open(cfile, 'rb') as fh:
        data = fh.read()
    print(data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], 'little'), int.from_bytes(data[12:16], 'little') == len(src))
    code = marshal.loads(data[16:])
    print(code == compile(src, path, 'exec'), code.co_filename == path)

    # Hash-based: flags 3 (checked), then the source hash.
    py_compile.compile(path, doraise=True, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    with open(cfile, 'rb') as fh:
        data = fh.read()
    print(int.from_bytes(data[4:8], 'little'), data[8:16] == importlib.util.source_hash(src))

    # The loader uses the cached code: a pyc made from other source with the same hash header wins.
    other = compile(b'VALUE = "from the pyc"\nNAME = __name__\n', path, 'exec')
    with open(cfile, 'wb') as fh:
        fh.write(data[:16] + marshal.dumps(other))
    spec = importlib.util.spec_from_file_location('pycmod', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(module.VALUE, module.NAME, os.path.basename(module.__cached__) == os.path.basename(cfile))

    # A stale hash makes the loader compile the source again (and rewrite the pyc).
    with open(cfile, 'wb') as fh:
        fh.write(data[:8] + bytes(8) + marshal.dumps(other))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(module.VALUE)
