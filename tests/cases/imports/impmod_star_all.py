# Helper for import_star: `from impmod_star_all import *` binds exactly __all__.
__all__ = ["alpha", "_beta"]
alpha = "alpha"
_beta = "beta"
gamma = "gamma"
print("impmod_star_all loaded:", sorted(n for n in globals() if not n.startswith("__")))
