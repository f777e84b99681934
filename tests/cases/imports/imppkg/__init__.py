# Helper package for the imports cases.
print("imppkg/__init__ as", __name__, "package", __package__ or None)
PKG_VALUE = "pkg value"
__all__ = ["PKG_VALUE", "mod_b"]
