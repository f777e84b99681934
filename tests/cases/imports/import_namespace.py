# A directory without __init__.py is a namespace package.
import sys
HERE = sys.path[0]
import impns.inner.leaf
print(impns.inner.leaf.LEAF)
print(impns.__file__ if hasattr(impns, "__file__") else "no __file__")
print(impns.__spec__.origin, impns.__spec__.has_location)
print([p.replace(HERE, "<here>") for p in impns.__path__])
print(impns.inner.leaf.__package__, impns.inner.__name__)
from impns.inner import leaf
print(leaf is impns.inner.leaf)
