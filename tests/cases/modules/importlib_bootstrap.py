# importlib over _imp: the bootstrap sets up, the import lock, and unittest runs a suite.
import importlib, importlib.machinery, importlib.util, _imp, sys, unittest, io
print(_imp.is_builtin("_thread"), _imp.is_builtin("sys"), _imp.is_builtin("os"))
print(importlib.machinery.SourceFileLoader.__name__, importlib.machinery.BuiltinImporter.__name__)
_imp.acquire_lock(); print(_imp.lock_held()); _imp.release_lock(); print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(e)
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual([1, 2], [1, 3])
out = io.StringIO()
result = unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors))
