# imppkg.sub.deep: `from ..` reaches the parent package.
from .. import mod_b
from ..mod_b import B_VALUE
from .. import PKG_VALUE
DEEP = "deep:" + B_VALUE
print("imppkg.sub.deep: package", __package__, "PKG_VALUE", PKG_VALUE)
