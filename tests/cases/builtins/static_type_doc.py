# A builtin type's dict holds __doc__ (its doc, or None), so instances find it:
# types.DynamicClassAttribute (enum.property) reads fget.__doc__ with fget None.
import types

print(None.__doc__)
print("__doc__" in type(None).__dict__, type(len).__dict__["__doc__"])
print(NotImplemented.__doc__, repr(Ellipsis.__doc__)[:12])
d = types.DynamicClassAttribute()
print(d.__doc__, d.overwrite_doc)

import enum
class Color(enum.Enum):
    RED = 1
    name = 2
print(Color.RED.name, Color.name.value)
