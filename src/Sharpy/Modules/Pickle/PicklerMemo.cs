using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// PyMemoTable: the pickler's memo, object identity -> memo index. It holds a reference to
/// each key, as CPython's does, so an id cannot be reused while the pickler remembers it.
/// CPython hashes the address; .NET's identity hash costs tens of nanoseconds on a fresh
/// object, so a small memo (most pickles) is searched linearly and only a larger one is
/// indexed by a dictionary.
/// </summary>
internal sealed class PicklerMemo
{
    const int LinearLimit = 32;
    PyObject[] _keys = new PyObject[8];
    long[] _values = new long[8];
    int _count;
    Dictionary<PyObject, int>? _index;

    public int Count => _count;

    int Find(PyObject key)
    {
        if (_index != null) return _index.TryGetValue(key, out int slot) ? slot : -1;
        var keys = _keys;
        for (int i = 0; i < _count; i++)
            if (ReferenceEquals(keys[i], key)) return i;
        return -1;
    }

    public bool TryGet(PyObject key, out long index)
    {
        int slot = Find(key);
        index = slot >= 0 ? _values[slot] : 0;
        return slot >= 0;
    }

    public void Set(PyObject key, long index)
    {
        int slot = Find(key);
        if (slot >= 0)
        {
            _values[slot] = index;
            return;
        }
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        Py.INCREF(key);
        _keys[_count] = key;
        _values[_count] = index;
        if (_index != null) _index.Add(key, _count);
        else if (_count == LinearLimit)
        {
            _index = new Dictionary<PyObject, int>(_count * 4, ReferenceEqualityComparer.Instance);
            for (int i = 0; i <= _count; i++) _index.Add(_keys[i], i);
        }
        _count++;
    }

    public void Clear()
    {
        int n = _count;
        if (n == 0) return;
        var keys = _keys;
        _keys = new PyObject[8];
        _values = new long[8];
        _count = 0;
        _index = null;
        for (int i = 0; i < n; i++) Py.DECREF(keys[i]);
    }

    public PicklerMemo Copy()
    {
        var m = new PicklerMemo();
        for (int i = 0; i < _count; i++) m.Set(_keys[i], _values[i]);
        return m;
    }

    /// <summary>The (object, index) pairs.</summary>
    public IEnumerable<(PyObject Key, long Index)> Entries()
    {
        for (int i = 0; i < _count; i++) yield return (_keys[i], _values[i]);
    }

    public void Traverse(Visitor visit)
    {
        for (int i = 0; i < _count; i++) visit(_keys[i]);
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
        foreach (var (key, index) in self.Pickler!.Memo.Entries())
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
