# types.ModuleType(name, doc=None): module.__new__/__init__, subclasses of module, repr.
import types
m = types.ModuleType('x'); print(m, m.__doc__, m.__dict__.keys())
m = types.ModuleType('y', 'doc'); print(m.__doc__)
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(1)
except TypeError as e: print(e)
class M(types.ModuleType): pass
z = M('z'); z.a = 1
print(z, z.a, type(z).__name__)
import sys
print(sys.flags.n_sequence_fields, sys.flags.n_fields, len(sys.flags), sys.flags.context_aware_warnings, sys.flags.debug, sys.flags.optimize)
print(type(sys.flags).__name__, sys.warnoptions)
