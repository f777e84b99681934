using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The iterators a code object's tables are read through (Objects/codeobject.c,
/// Python/instrumentation.c), over the tuples read from the table when made.
/// </summary>
public abstract class CodeTableIter : PyObject
{
    PyList? _items;
    int _next;

    /// <summary>An iterator over <paramref name="items"/> (the reference is taken over).</summary>
    protected CodeTableIter(PyType type, PyList items) : base(type) { _items = items; }

    protected static PyObject? NextItem(PyObject self)
    {
        var it = (CodeTableIter)self;
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

/// <summary>`line_iterator`: what code.co_lines() and code.co_branches() return.</summary>
[PyType("line_iterator", BaseType = true)]
public sealed partial class PyLineIter : CodeTableIter
{
    internal PyLineIter(PyList items) : base(Type, items) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => NextItem(self);
}

/// <summary>`positions_iterator`: what code.co_positions() returns.</summary>
[PyType("positions_iterator", BaseType = true)]
public sealed partial class PyPositionsIter : CodeTableIter
{
    internal PyPositionsIter(PyList items) : base(Type, items) { }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self) => NextItem(self);
}
