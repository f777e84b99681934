using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// PyMemoTable: the pickler's memo, object identity -> memo index. It holds a reference to
/// each key, as CPython's does, so an id cannot be reused while the pickler remembers it.
/// </summary>
internal sealed class PicklerMemo
{
    readonly Dictionary<PyObject, long> _table = new(ReferenceEqualityComparer.Instance);

    public int Count => _table.Count;

    public bool TryGet(PyObject key, out long index) => _table.TryGetValue(key, out index);

    public void Set(PyObject key, long index)
    {
        if (!_table.ContainsKey(key)) Py.INCREF(key);
        _table[key] = index;
    }

    public void Clear()
    {
        if (_table.Count == 0) return;
        var keys = new List<PyObject>(_table.Keys);
        _table.Clear();
        foreach (var k in keys) Py.DECREF(k);
    }

    public PicklerMemo Copy()
    {
        var m = new PicklerMemo();
        foreach (var (k, v) in _table) m.Set(k, v);
        return m;
    }

    public Dictionary<PyObject, long>.Enumerator GetEnumerator() => _table.GetEnumerator();

    public void Traverse(Visitor visit)
    {
        foreach (var k in _table.Keys) visit(k);
    }
}

/// <summary>`_pickle.PicklerMemoProxy`: what Pickler.memo returns, a view of the pickler's memo.</summary>
[PyType("_pickle.PicklerMemoProxy", BaseType = true)]
public sealed partial class PicklerMemoProxy : PyObject
{
    internal PyPickler? Pickler;

    internal PicklerMemoProxy(PyPickler pickler) : base(Type) { Pickler = Py.NewRef(pickler); }

    protected internal override void Traverse(Visitor visit) { if (Pickler != null) visit(Pickler); }
    protected internal override void Clear() => Py.CLEAR(ref Pickler);
    protected internal override void ReleaseReferences() => Py.CLEAR(ref Pickler);

    [PyMethod("clear", Doc = "Remove all items from memo.")]
    static PyObject? ClearMemo(PicklerMemoProxy self)
    {
        self.Pickler!.Memo.Clear();
        return Py.None;
    }

    [PyMethod("copy", Doc = "Copy the memo to a new object.")]
    static PyObject? Copy(PicklerMemoProxy self)
    {
        var d = PyDict.New();
        foreach (var (key, index) in self.Pickler!.Memo)
        {
            var id = PyLong.FromLong(Interpreter.IdOf(key));
            var value = PyTuple.FromStolen([PyLong.FromLong(index), Py.NewRef(key)]);
            int r = d.SetItem(id, value);
            Py.DECREF(id);
            Py.DECREF(value);
            if (r < 0)
            {
                Py.DECREF(d);
                return null;
            }
        }
        return d;
    }

    [PyMethod("__reduce__", Doc = "Implement pickle support.")]
    static PyObject? Reduce(PicklerMemoProxy self)
    {
        var contents = Copy(self);
        if (contents == null) return null;
        return PyTuple.FromStolen([Py.NewRef(PyDict.Type), PyTuple.FromStolen([contents])]);
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject self) => SlotDefs.HashNotImplemented(self);
}
