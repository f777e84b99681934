using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`list` (Objects/listobject.c). Owns a reference to each of its first Count items.</summary>
[PyType("list", BaseType = true)]
public partial class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList(PyType type, int capacity = 0) : base(type)
    {
        Items = capacity == 0 ? [] : new PyObject[capacity];
    }

    public static PyList New(int capacity = 0) => new(Type, capacity);

    /// <summary>Append, taking over the caller's reference.</summary>
    public void AppendSteal(PyObject item)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Items[Count++] = item;
    }

    /// <summary>Append a new reference (list.append).</summary>
    public void Append(PyObject item) => AppendSteal(Py.NewRef(item));

    /// <summary>Make room for <paramref name="min"/> items with CPython's over-allocation.</summary>
    public void Grow(int min)
    {
        int newCap = min + (min >> 3) + (min < 9 ? 3 : 6);
        Array.Resize(ref Items, newCap);
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        for (int i = 0; i < Count; i++) visit(Items[i]);
    }

    protected internal override void Clear()
    {
        var items = Items;
        int n = Count;
        Items = [];
        Count = 0;
        for (int i = 0; i < n; i++) Py.DECREF(items[i]);
    }
}
