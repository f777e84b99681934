using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `line_iterator` (Objects/codeobject.c, Python/instrumentation.c): what code.co_lines() and
/// code.co_branches() return, over the tuples they read from the code object.
/// </summary>
[PyType("line_iterator", BaseType = true)]
public sealed partial class PyLineIter : PyObject
{
    PyList? _items;
    int _next;

    /// <summary>An iterator over <paramref name="items"/> (the reference is taken over).</summary>
    internal PyLineIter(PyList items) : base(Type) { _items = items; }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (PyLineIter)self;
        if (it._items == null) return null;
        if (it._next < it._items.Count) return Py.NewRef(it._items.Items[it._next++]);
        Py.CLEAR(ref it._items);
        return null;
    }

    protected internal override void ReleaseReferences() => Py.CLEAR(ref _items);

    protected internal override void Traverse(Visitor visit)
    {
        if (_items != null) visit(_items);
    }

    protected internal override void Clear() => ReleaseReferences();
}
