using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`tuple` (Objects/tupleobject.c). Owns a reference to each item.</summary>
[PyType("tuple", BaseType = true, Doc = "tuple(iterable=(), /)\n--\n\nThe built-in immutable sequence.\n\nWithout an argument, the empty tuple; with one, a tuple of the items of the\niterable (the argument itself when it is a tuple).")]
public partial class PyTuple : PyObject
{
    public static readonly PyTuple Empty = MakeEmpty();
    public readonly PyObject[] Items;

    public PyTuple(PyType type, PyObject[] items) : base(type) { Items = items; }

    static PyTuple MakeEmpty()
    {
        var t = new PyTuple(null!, []);
        t.SetImmortal();
        return t;
    }

    internal static void InitEmpty() => Empty.ob_type = Type;

    public int Count => Items.Length;

    /// <summary>A tuple that takes over the references in <paramref name="items"/>.</summary>
    public static PyTuple FromStolen(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(Type, items);

    /// <summary>A tuple holding new references to <paramref name="items"/>.</summary>
    public static PyTuple FromBorrowed(ReadOnlySpan<PyObject> items)
    {
        if (items.Length == 0) return Empty;
        var a = new PyObject[items.Length];
        for (int i = 0; i < a.Length; i++) a[i] = Py.NewRef(items[i]);
        return new PyTuple(Type, a);
    }

    public static PyTuple Pack(params PyObject[] items) => FromBorrowed(items);

    protected internal override void ReleaseReferences()
    {
        // Last to first, as tupledealloc releases them.
        var items = Items;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            var o = items[i];
            items[i] = null!;
            if (o != null) Py.DECREF(o);
        }
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var o in Items) if (o != null) visit(o);
    }

    protected internal override void Clear() => ReleaseReferences();
}
