# imppkg.circ_x / circ_y: a circular `from` import of a name not yet defined.
from .circ_y import Y
X = "x"
