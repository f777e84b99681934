# imppkg.sub: a subpackage.
print("imppkg.sub loaded, package", __package__ or None)
