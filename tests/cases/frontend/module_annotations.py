# module.__annotations__ and module.__annotate__ (PEP 649): computed from __annotate__, cached once the module has run.
import types
m = types.ModuleType('m')
print(m.__annotate__, '__annotate__' in m.__dict__)
m.__annotate__ = lambda f: {'a': 1}
print(m.__annotations__, m.__dict__.keys())
m.__annotations__ = {'b':2}
print(m.__dict__.keys())
try: del m.__annotate__
except Exception as e: print(type(e), e)
try: m.__annotate__ = 3
except Exception as e: print(type(e), e)
del m.__annotations__
try: del m.__annotations__
except Exception as e: print(type(e), e)
m.__annotate__ = lambda f: 5
try: m.__annotations__
except Exception as e: print(type(e), e)
x: int = 3
import sys
print(sys.modules[__name__].__annotations__)
print(__annotations__ if '__annotations__' in globals() else 'none')
