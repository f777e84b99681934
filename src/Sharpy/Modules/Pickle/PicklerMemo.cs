using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Pickle;

/// <summary>
/// PyMemoTable: the pickler's memo, object identity -> memo index. It holds a reference to
/// each key, as CPython's does, so an id cannot be reused while the pickler remembers it.
/// CPython hashes the address into an open-addressing table of (key, value) entries; this is
/// the same table with the object's identity hash, probed linearly, so a lookup touches one
/// entry (and the key object, already in hand), not a dictionary's buckets and entries.
/// The pickler may also defer an entry (<see cref="AddDeferred"/>) for an object it knows it
/// cannot meet again until <see cref="Flush"/>: a list kept in order, which costs no probe
/// into a table far larger than the caches. Deferred entries count, hold their reference and
/// show in every view of the memo; only lookups do not see them.
/// </summary>
internal sealed class PicklerMemo
{
    const int MinSize = 8;

    struct Entry
    {
        public PyObject? Key;
        public long Value;
    }

    Entry[] _table = new Entry[MinSize];
    /// <summary>The entries in the table.</summary>
    int _count;
    Entry[] _deferred = [];
    int _ndeferred;

    public int Count => _count + _ndeferred;

    public bool HasDeferred => _ndeferred != 0;

    /// <summary>Remember key (known to be absent) without entering it in the table yet.</summary>
    public void AddDeferred(PyObject key, long index)
    {
        if (_ndeferred == _deferred.Length) Array.Resize(ref _deferred, Math.Max(64, _ndeferred * 2));
        _deferred[_ndeferred++] = new Entry { Key = Py.NewRef(key), Value = index };
    }

    /// <summary>Enter the deferred entries in the table.</summary>
    public void Flush()
    {
        int n = _ndeferred;
        if (n == 0) return;
        var deferred = _deferred;
        _deferred = [];
        _ndeferred = 0;
        for (int i = 0; i < n; i++)
        {
            var key = deferred[i].Key!;
            Set(key, deferred[i].Value);
            Py.DECREF(key); // Set took its own reference
        }
    }

    /// <summary>The slot holding key, or the empty slot where it would go.</summary>
    int Slot(PyObject key)
    {
        var table = _table;
        int mask = table.Length - 1;
        // The runtime makes identity hashes from a random number generator: its low bits are spread already.
        int i = RuntimeHelpers.GetHashCode(key) & mask;
        while (true)
        {
            var k = table[i].Key;
            if (k == null || ReferenceEquals(k, key)) return i;
            i = (i + 1) & mask;
        }
    }

    public bool TryGet(PyObject key, out long index)
    {
        ref var e = ref _table[Slot(key)];
        index = e.Value;
        return e.Key != null;
    }

    public void Set(PyObject key, long index)
    {
        int i = Slot(key);
        ref var e = ref _table[i];
        if (e.Key != null)
        {
            e.Value = index;
            return;
        }
        e.Key = Py.NewRef(key);
        e.Value = index;
        // Keep the table at most two thirds full.
        if (++_count * 3 >= _table.Length * 2) Resize(_table.Length * 2);
    }

    void Resize(int size)
    {
        var old = _table;
        _table = new Entry[size];
        foreach (var e in old)
            if (e.Key != null) _table[Slot(e.Key)] = e;
    }

    public void Clear()
    {
        if (Count == 0) return;
        var old = _table;
        var deferred = _deferred;
        int ndeferred = _ndeferred;
        _table = new Entry[MinSize];
        _count = 0;
        _deferred = [];
        _ndeferred = 0;
        foreach (var e in old)
            if (e.Key != null) Py.DECREF(e.Key);
        for (int i = 0; i < ndeferred; i++) Py.DECREF(deferred[i].Key!);
    }

    public PicklerMemo Copy()
    {
        var m = new PicklerMemo();
        foreach (var (key, index) in Entries()) m.Set(key, index);
        return m;
    }

    /// <summary>The (object, index) pairs.</summary>
    public IEnumerable<(PyObject Key, long Index)> Entries()
    {
        foreach (var e in _table)
            if (e.Key != null) yield return (e.Key, e.Value);
        var deferred = _deferred;
        for (int i = 0, n = _ndeferred; i < n; i++) yield return (deferred[i].Key!, deferred[i].Value);
    }

    public void Traverse(Visitor visit)
    {
        foreach (var e in _table)
            if (e.Key != null) visit(e.Key);
        for (int i = 0; i < _ndeferred; i++) visit(_deferred[i].Key!);
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
