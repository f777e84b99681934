# The import system is importlib's: its finders on sys.meta_path and sys.path_hooks, frozen
# bootstrap modules, specs and loaders, a finder of the program's own, a replaced
# builtins.__import__, reload, imports from a zip file, and tracebacks without importlib frames.
import sys, os, tempfile, importlib, importlib.util, traceback, builtins, zipfile

print([getattr(f, '__name__', type(f).__name__) for f in sys.meta_path[:3]])
print([getattr(h, '__qualname__', h) for h in sys.path_hooks])
import _frozen_importlib, _frozen_importlib_external
print(_frozen_importlib.__name__, _frozen_importlib.__spec__.origin, importlib._bootstrap is _frozen_importlib)
print(os.__spec__.loader.__name__, os.__spec__.origin, os.__file__.endswith('/os.py'))
print(importlib.__spec__.name, importlib.__spec__.submodule_search_locations is not None)
print(importlib.import_module('json.decoder').__name__, importlib.util.find_spec('no_such_mod_x'))
print(importlib.import_module('.encoder', 'json').__name__)
print(type(sys.path_importer_cache).__name__)

d = tempfile.mkdtemp()
sys.path.insert(0, d)
with open(os.path.join(d, 'imp_sys_mod.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join(d, 'imp_sys_bad.py'), 'w') as f:
    f.write('def boom():\n    1/0\nboom()\n')
import imp_sys_mod
print(imp_sys_mod.X, type(imp_sys_mod.__loader__).__name__, imp_sys_mod.__spec__.name)
with open(os.path.join(d, 'imp_sys_mod.py'), 'w') as f:
    f.write('X = 2  # reloaded\n')
print(importlib.reload(imp_sys_mod).X)

try:
    import imp_sys_bad
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    import imp_sys_missing
except ModuleNotFoundError as e:
    print(e, e.name, [fs.name for fs in traceback.extract_tb(e.__traceback__)])
try:
    from imp_sys_mod import nope
except ImportError as e:
    print(str(e).replace(d, '<d>'))

class Finder:
    def find_spec(self, name, path=None, target=None):
        if name == 'virtual_mod':
            return importlib.util.spec_from_loader(name, Loader())
class Loader:
    def create_module(self, spec): return None
    def exec_module(self, module): module.VALUE = 'from my loader'
sys.meta_path.append(Finder())
import virtual_mod
print(virtual_mod.VALUE, type(virtual_mod.__loader__).__name__)

seen = []
real_import = builtins.__import__
def my_import(name, *args):
    seen.append(name)
    return real_import(name, *args)
builtins.__import__ = my_import
import json
from os import path
builtins.__import__ = real_import
print(seen)

zpath = os.path.join(d, 'lib.zip')
with zipfile.ZipFile(zpath, 'w') as z:
    z.writestr('zipped_mod.py', 'WHERE = "zip"\n')
    z.writestr('zpkg/__init__.py', 'from . import inner\n')
    z.writestr('zpkg/inner.py', 'N = 5\n')
sys.path.insert(0, zpath)
import zipped_mod, zpkg
print(zipped_mod.WHERE, zpkg.inner.N, type(zipped_mod.__loader__).__name__, zipped_mod.__file__.replace(d, '<d>'))
