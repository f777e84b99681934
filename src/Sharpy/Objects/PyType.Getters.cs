using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// type's read-only data descriptors that code reads from `type.__dict__` directly
/// (inspect's `type.__dict__['__mro__'].__get__`); attribute access on a type answers the
/// same names through <see cref="TypeAttrs"/> first.
/// </summary>
public partial class PyType
{
    [PyGetter("__mro__")] static PyObject? GetMro(PyType type) => TypeAttrs.Get(type, "__mro__");
    [PyGetter("__dict__")] static PyObject? GetDict(PyType type) => TypeAttrs.Get(type, "__dict__");
    [PyGetter("__base__")] static PyObject? GetBase(PyType type) => TypeAttrs.Get(type, "__base__");
}
