using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`frozenset` (Objects/setobject.c). Items are kept in a dict's keys for now.</summary>
[PyType("frozenset", BaseType = true)]
public partial class PyFrozenSet : PyObject
{
    public readonly PyDict Table = PyDict.New();

    public PyFrozenSet(PyType type) : base(type) { }

    /// <summary>A frozenset of the items of a tuple (for compiler constants).</summary>
    public static PyFrozenSet FromItems(PyTuple items)
    {
        var s = new PyFrozenSet(Type);
        foreach (var o in items.Items) s.Table.SetItem(o, PyNone.None);
        Py.DECREF(items);
        return s;
    }

    protected internal override void ReleaseReferences() => Py.DECREF(Table);

    protected internal override void Traverse(Visitor visit) => visit(Table);
}
