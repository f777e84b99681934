# `from M import *`: __all__ when present, else the names not starting with '_'.
from impmod_star_all import *
print(alpha, _beta)
try:
    gamma
except NameError as e:
    print(e)

from impmod_star_noall import *
print(one, two, four())
try:
    _three
except NameError as e:
    print(e)

# A package's __all__ may name submodules: they are imported.
import sys
from imppkg import *
print(PKG_VALUE, mod_b.B_VALUE, "imppkg.mod_b" in sys.modules)
