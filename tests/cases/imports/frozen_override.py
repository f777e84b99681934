# _imp._override_frozen_modules_for_tests (test.support's frozen_modules()): off leaves only the
# import system frozen; sys.is_remote_debug_enabled().
import _imp, sys, importlib
print(_imp.is_frozen('os'), _imp.is_frozen('_frozen_importlib'))
print(_imp._override_frozen_modules_for_tests(-1))
print(_imp.is_frozen('os'), _imp.is_frozen('zipimport'), _imp.is_frozen('_frozen_importlib_external'))
print(_imp._override_frozen_modules_for_tests(0))
print(_imp.is_frozen('os'), sys.is_remote_debug_enabled())
