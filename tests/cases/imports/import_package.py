# Packages: __init__, __path__, submodules, `import a.b.c` binding, from-imports of submodules.
import sys
HERE = sys.path[0]

def rel(path):
    return path.replace(HERE, "<here>")

import imppkg
print(imppkg.__name__, imppkg.__package__, rel(imppkg.__file__))
print([rel(p) for p in imppkg.__path__])
print(imppkg.__spec__.parent, [rel(p) for p in imppkg.__spec__.submodule_search_locations])
print(hasattr(imppkg, "mod_b"), "imppkg.mod_b" in sys.modules)

import imppkg.mod_b
print(imppkg.mod_b.B_VALUE, imppkg.mod_b.__package__, sys.modules["imppkg.mod_b"] is imppkg.mod_b)

import imppkg.sub.deep
print(imppkg.sub.deep.DEEP, imppkg.sub.__package__, rel(imppkg.sub.deep.__file__))
print(sorted(k for k in sys.modules if k == "imppkg" or k.startswith("imppkg.")))

import imppkg.sub.deep as d
print(d is sys.modules["imppkg.sub.deep"], d.__name__)

from imppkg import mod_a
print(mod_a.A_VALUE, imppkg.mod_a is mod_a)
from imppkg.sub import deep
print(deep is d)
from imppkg.sub.deep import DEEP as D2
print(D2)

def bind():
    import imppkg.sub
    return imppkg.__name__
print(bind())
