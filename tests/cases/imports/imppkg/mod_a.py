# imppkg.mod_a: relative imports of siblings.
from . import mod_b
from .mod_b import B_VALUE as B
from .sub.deep import DEEP
print("imppkg.mod_a: package", __package__, "B", B, "DEEP", DEEP)
A_VALUE = "A"
