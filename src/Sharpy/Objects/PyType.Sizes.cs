using Sharpy.Runtime;

namespace Sharpy.Objects;

public sealed partial class PyType
{
    /// <summary>__basicsize__ (tp_basicsize), as 64-bit CPython lays the instance out.</summary>
    [PyGetter("__basicsize__")] static PyObject? GetBasicSize(PyType type) => PyLong.FromLong(TypeSizes.BasicSize(type));

    /// <summary>__itemsize__ (tp_itemsize).</summary>
    [PyGetter("__itemsize__")] static PyObject? GetItemSize(PyType type) => PyLong.FromLong(TypeSizes.ItemSize(type));

    /// <summary>__weakrefoffset__ (tp_weaklistoffset): 0 when instances take no weak references.</summary>
    [PyGetter("__weakrefoffset__")] static PyObject? GetWeakrefOffset(PyType type) => PyLong.FromLong(TypeSizes.WeakListOffset(type));

    [PyMethod("__sizeof__", Doc = "Return memory consumption of the type object.")]
    static long SizeOf(PyType self) => TypeSizes.TypeObjectSizeOf(self);

    /// <summary>__dictoffset__ (tp_dictoffset): 0 when instances have no __dict__.</summary>
    [PyGetter("__dictoffset__")] static PyObject? GetDictOffset(PyType type) => PyLong.FromLong(TypeSizes.DictOffset(type));
}
