# Circular imports: a module is in sys.modules before its body runs.
import sys
HERE = sys.path[0]

def show(e):
    print(type(e).__name__ + ":", str(e).replace(HERE, "<here>"))

import impmod_circ_a
print(impmod_circ_a.use_b(), impmod_circ_a.impmod_circ_b.B)
import impmod_circ_b
print(impmod_circ_b.impmod_circ_a is impmod_circ_a)

try:
    import imppkg.circ_x
except ImportError as e:
    show(e)
    print(e.name, e.name_from, e.path.replace(HERE, "<here>"))
print("imppkg.circ_x" in sys.modules, "imppkg.circ_y" in sys.modules)

