using Sharpy.Runtime;

namespace Sharpy.Objects;

public sealed partial class PyType
{
    /// <summary>__basicsize__ (tp_basicsize), as 64-bit CPython lays the instance out.</summary>
    [PyGetter("__basicsize__")] static PyObject? GetBasicSize(PyType type) => PyLong.FromLong(TypeSizes.BasicSize(type));

    /// <summary>__itemsize__ (tp_itemsize).</summary>
    [PyGetter("__itemsize__")] static PyObject? GetItemSize(PyType type) => PyLong.FromLong(TypeSizes.ItemSize(type));
}
