# reference: python3
# An import writes its module's .pyc into __pycache__ (named by sys.implementation.cache_tag)
# unless -B or PYTHONDONTWRITEBYTECODE says not to, and the next run loads the code from it.
import importlib.util
import marshal
import os
import subprocess
import sys
import tempfile

env = {k: v for k, v in os.environ.items() if k != 'PYTHONDONTWRITEBYTECODE'}

def run(*args, environ=env):
    r = subprocess.run([sys.executable, *args, '-c', 'import pycmod; print(pycmod.VALUE)'],
                       cwd=d, env=environ, capture_output=True, text=True)
    return r.stdout.strip() or r.stderr.strip()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'pycmod.py')
    with open(path, 'w') as fh:
        fh.write('VALUE = "from the source"\n')
    cfile = importlib.util.cache_from_source(path)

    print(run('-B'), os.path.exists(cfile))
    print(run(environ=dict(env, PYTHONDONTWRITEBYTECODE='1')), os.path.exists(cfile))
    print(run(), os.path.exists(cfile))
    with open(cfile, 'rb') as fh:
        data = fh.read()
    print(data[:4] == importlib.util.MAGIC_NUMBER, marshal.loads(data[16:]).co_filename == path)

    # The second run reads the .pyc, not the source: code put in the .pyc under the same header runs.
    with open(cfile, 'wb') as fh:
        fh.write(data[:16] + marshal.dumps(compile('VALUE = "from the pyc"\n', path, 'exec')))
    print(run())
    print(run('-B'))
