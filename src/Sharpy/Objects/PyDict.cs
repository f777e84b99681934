using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `dict` (Objects/dictobject.c): CPython's compact ordered dict. A sparse index table of
/// slots points into a dense array of entries kept in insertion order; lookups probe with
/// CPython's perturbation scheme, so iteration order matches CPython's. The dict owns a
/// reference to each key and value.
/// </summary>
[PyType("dict", BaseType = true)]
public partial class PyDict : PyObject
{
    const int Empty = -1, Dummy = -2, MinSize = 8, PerturbShift = 5;

    struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null: a deleted entry
        public PyObject? Value;
    }

    int[] _indices = NewIndices(MinSize);
    Entry[] _entries = new Entry[Usable(MinSize)];
    int _nentries;   // entries used, deleted ones included
    int _used;       // live items
    /// <summary>Bumped on every change; iterators use it to detect mutation during iteration.</summary>
    public uint Version;

    public PyDict(PyType type) : base(type) { }

    public static PyDict New() => new(Type);

    public int Count => _used;

    static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    static int Usable(int size) => (size << 1) / 3;

    /// <summary>
    /// Find <paramref name="key"/>: the entry index, or -1 if absent, or -2 with an
    /// exception set (a key's __eq__ raised). <paramref name="slot"/> gets the index slot.
    /// </summary>
    int Lookup(PyObject key, long hash, out int slot)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key))
                {
                    slot = i;
                    return ix;
                }
                if (e.Hash == hash)
                {
                    var startKey = e.Key!;
                    if (startKey is PyUnicode sk && key is PyUnicode kk && sk.ob_type == PyUnicode.Type && kk.ob_type == PyUnicode.Type)
                    {
                        if (sk.Value == kk.Value) { slot = i; return ix; }
                    }
                    else
                    {
                        Py.INCREF(startKey);
                        int cmp = Abstract.RichCompareBool(startKey, key, CompareOp.Eq);
                        Py.DECREF(startKey);
                        if (cmp < 0) { slot = i; return -2; }
                        if (_indices != indices || !ReferenceEquals(_entries[ix].Key, startKey))
                            return Lookup(key, hash, out slot); // the dict changed under us: start over
                        if (cmp > 0) { slot = i; return ix; }
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    int FindEmptySlot(long hash)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (_indices[i] >= 0)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>Rebuild with the smallest power-of-two table of at least <paramref name="minSize"/> slots.</summary>
    void Resize(int minSize)
    {
        int size = MinSize;
        while (size < minSize) size <<= 1;
        var old = _entries;
        int oldN = _nentries;
        _indices = NewIndices(size);
        _entries = new Entry[Usable(size)];
        int n = 0;
        for (int j = 0; j < oldN; j++)
        {
            if (old[j].Key == null) continue;
            _entries[n] = old[j];
            _indices[FindEmptySlot(old[j].Hash)] = n;
            n++;
        }
        _nentries = n;
    }

    /// <summary>d[key], borrowed; null if absent or on error (check <see cref="Errors.Occurred"/>).</summary>
    public PyObject? GetItemWithError(PyObject key)
    {
        long hash = Abstract.Hash(key);
        if (hash == -1) return null;
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>d[key] for a str key, borrowed; null if absent. Never raises.</summary>
    public PyObject? GetItemString(PyUnicode key)
    {
        long hash = Abstract.Hash(key);
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    public PyObject? GetItemString(string key)
    {
        var k = PyUnicode.FromString(key);
        var v = GetItemString(k);
        Py.DECREF(k);
        return v;
    }

    /// <summary>d[key] = value (new references taken). 0, or -1 on error.</summary>
    public int SetItem(PyObject key, PyObject value)
    {
        long hash = Abstract.Hash(key);
        if (hash == -1) return -1;
        return SetItemKnownHash(key, value, hash);
    }

    public int SetItemString(string key, PyObject value)
    {
        var k = PyUnicode.FromString(key);
        int r = SetItem(k, value);
        Py.DECREF(k);
        return r;
    }

    int SetItemKnownHash(PyObject key, PyObject value, long hash)
    {
        int ix = Lookup(key, hash, out _);
        if (ix == -2) return -1;
        Version++;
        if (ix >= 0)
        {
            ref var e = ref _entries[ix];
            var old = e.Value!;
            e.Value = Py.NewRef(value);
            Py.DECREF(old);
            return 0;
        }
        if (_nentries == _entries.Length) Resize(_used * 3); // CPython's GROWTH_RATE
        int slot = FindEmptySlot(hash);
        _entries[_nentries] = new Entry { Hash = hash, Key = Py.NewRef(key), Value = Py.NewRef(value) };
        _indices[slot] = _nentries;
        _nentries++;
        _used++;
        return 0;
    }

    /// <summary>del d[key]: 0; -1 with KeyError (or another error) set.</summary>
    public int DelItem(PyObject key)
    {
        long hash = Abstract.Hash(key);
        if (hash == -1) return -1;
        int ix = Lookup(key, hash, out int slot);
        if (ix == -2) return -1;
        if (ix == -1)
        {
            Errors.SetKeyError(key);
            return -1;
        }
        Version++;
        ref var e = ref _entries[ix];
        var oldKey = e.Key!;
        var oldValue = e.Value!;
        e.Key = null;
        e.Value = null;
        _indices[slot] = Dummy;
        _used--;
        Py.DECREF(oldKey);
        Py.DECREF(oldValue);
        return 0;
    }

    /// <summary>
    /// Iterate: advance <paramref name="pos"/> to the next live entry (PyDict_Next).
    /// Key and value are borrowed.
    /// </summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _nentries)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        for (int j = 0; j < _nentries; j++)
        {
            var e = _entries[j];
            if (e.Key != null)
            {
                visit(e.Key);
                visit(e.Value!);
            }
        }
    }

    /// <summary>dict.clear(): drop every item.</summary>
    protected internal override void Clear()
    {
        var entries = _entries;
        int n = _nentries;
        _indices = NewIndices(MinSize);
        _entries = new Entry[Usable(MinSize)];
        _nentries = 0;
        _used = 0;
        Version++;
        for (int j = 0; j < n; j++)
        {
            if (entries[j].Key == null) continue;
            Py.DECREF(entries[j].Key!);
            Py.DECREF(entries[j].Value!);
        }
    }
}
