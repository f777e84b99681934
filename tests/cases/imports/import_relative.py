# Relative imports inside packages, and their errors.
import sys
HERE = sys.path[0]

def show(e):
    print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"))

import imppkg.mod_a
print(imppkg.mod_a.B)

try:
    from . import impmod_plain
except ImportError as e:
    show(e)
try:
    from .impmod_plain import X
except ImportError as e:
    show(e)
try:
    import imppkg.sub.beyond
except ImportError as e:
    show(e)
print("imppkg.sub.beyond" in sys.modules, hasattr(imppkg.sub, "beyond"))
