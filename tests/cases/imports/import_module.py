# Importing a plain source module: attributes, caching in sys.modules, aliases.
import sys
HERE = sys.path[0]

def rel(path):
    return path.replace(HERE, "<here>")

import impmod_plain
print(impmod_plain.X, impmod_plain.double(21), impmod_plain.Thing())
print(impmod_plain.__name__, repr(impmod_plain.__package__), rel(impmod_plain.__file__))
print(impmod_plain.__cached__ is None or impmod_plain.__cached__.endswith(".pyc"))
print(type(impmod_plain.__builtins__).__name__, impmod_plain.__doc__)
print(rel(repr(impmod_plain)))
spec = impmod_plain.__spec__
print(spec.name, repr(spec.parent), rel(spec.origin), spec.has_location, spec.submodule_search_locations)
print(sys.modules["impmod_plain"] is impmod_plain)

import impmod_plain as again
print(again is impmod_plain)
import impmod_plain
from impmod_plain import double as dbl, X
print(dbl(X), hasattr(impmod_plain, "__path__"))

def inner():
    import impmod_plain as local
    return local.double(5)
print(inner())
impmod_plain.X = 99
import impmod_plain
print(impmod_plain.X)

print(__name__, __spec__, __file__)
