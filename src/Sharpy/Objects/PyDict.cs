using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `dict` (Objects/dictobject.c): CPython's compact ordered dict. A sparse index table of
/// slots points into a dense array of entries kept in insertion order; lookups probe with
/// CPython's perturbation scheme, the table grows to used*3 rounded up to a power of two
/// when the entries run out (GROWTH_RATE), deleted entries stay as holes until a resize,
/// so iteration order and sizes match CPython's. The dict owns a reference to each key and
/// value.
/// </summary>
[PyType("dict", BaseType = true)]
public partial class PyDict : PyObject
{
    const int Empty = -1, Dummy = -2, MinSize = 8, PerturbShift = 5;

    internal struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null: a deleted entry
        public PyObject? Value;
    }

    int[] _indices;
    internal Entry[] _entries;
    internal int _nentries;   // entries used, deleted ones included
    int _used;                // live items
    /// <summary>Bumped on every change; iterators use it to detect mutation during iteration.</summary>
    public uint Version;
    /// <summary>The type whose tp_dict this is: a change to it invalidates the type's lookups (PyType_Modified).</summary>
    internal PyType? OwnerType;

    /// <summary>Record a change of the mapping. No code may run between this and the change itself.</summary>
    void Mutated()
    {
        Version++;
        OwnerType?.Modified();
    }

    public PyDict(PyType type) : this(type, MinSize) { }

    /// <summary>A dict with a table of <paramref name="size"/> slots (a power of two, at least MinSize).</summary>
    PyDict(PyType type, int size) : base(type)
    {
        _indices = NewIndices(size);
        _entries = new Entry[Usable(size)];
    }

    public static PyDict New() => new(Type);

    /// <summary>
    /// A new dict with the table that <paramref name="n"/> insertions of distinct keys into an
    /// empty dict would have grown to, allocated at once: for a builder that knows its item
    /// count (the dict then ends as the insertions would leave it, sys.getsizeof included).
    /// </summary>
    public static PyDict NewForInserts(int n)
    {
        int size = MinSize;
        while (Usable(size) < n)
        {
            // What InsertNew's Resize((long)_used * 3) picks when the entries run out.
            long need = (long)Usable(size) * 3;
            size = MinSize;
            while (size < need) size <<= 1;
        }
        return new PyDict(Type, size);
    }

    public int Count => _used;

    static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    static int Usable(int size) => (size << 1) / 3;

    /// <summary>
    /// The hash of a key, with 3.14's message for unhashable keys ("cannot use 'list' as a
    /// dict key (unhashable type: 'list')"). -1 with the error set.
    /// </summary>
    internal static long KeyHash(PyObject key)
    {
        if (key is PyUnicode u && u.CachedHash != -1) return u.CachedHash;
        long h = Abstract.Hash(key);
        if (h == -1) WrapUnhashable(key, "dict key");
        return h;
    }

    /// <summary>Replace a plain TypeError from hashing by "cannot use 'T' as a {what} (...)".</summary>
    internal static void WrapUnhashable(PyObject key, string what)
    {
        var exc = Errors.OccurredException();
        if (exc == null || exc.ob_type != PyExc.TypeError) return;
        exc = Errors.GetRaisedException()!;
        var msg = Abstract.Str(exc);
        string text = msg is PyUnicode mu ? mu.Value : "";
        Py.XDECREF(msg);
        Errors.Clear();
        Py.DECREF(exc);
        Errors.SetString(PyExc.TypeError, $"cannot use '{key.ob_type.tp_name}' as a {what} ({text})");
    }

    /// <summary>
    /// Find <paramref name="key"/>: the entry index, or -1 if absent, or -2 with an
    /// exception set (a key's __eq__ raised). <paramref name="slot"/> gets the index slot.
    /// </summary>
    /// <summary>The key object stored for <paramref name="key"/> (borrowed), or null: absent, or an error if one is set (OrderedDict maps it to its node).</summary>
    internal PyObject? StoredKey(PyObject key, long hash)
    {
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? _entries[ix].Key : null;
    }

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
                        if (PyUnicode.EqualValues(sk, kk)) { slot = i; return ix; }
                    }
                    else if (IntFastPaths.AreSmallExactInts(startKey, key, out long sv, out long kv))
                    {
                        // Exact ints: int.__eq__ compares the values and runs no code.
                        if (sv == kv) { slot = i; return ix; }
                    }
                    else
                    {
                        var entries = _entries;
                        Py.INCREF(startKey);
                        int cmp = Abstract.RichCompareBool(startKey, key, CompareOp.Eq);
                        Py.DECREF(startKey);
                        if (cmp < 0) { slot = i; return -2; }
                        if (_indices != indices || _entries != entries || !ReferenceEquals(_entries[ix].Key, startKey))
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

    /// <summary>dictresize: rebuild with the smallest power-of-two table of at least <paramref name="minSize"/> slots, dropping holes.</summary>
    void Resize(long minSize)
    {
        long size = MinSize;
        while (size < minSize) size <<= 1;
        if (size > 1L << 30) throw new OutOfMemoryException();
        var old = _entries;
        int oldN = _nentries;
        _indices = NewIndices((int)size);
        _entries = new Entry[Usable((int)size)];
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
        long hash = KeyHash(key);
        if (hash == -1) return null;
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>d[key] with a known hash, borrowed; null if absent or on error.</summary>
    public PyObject? GetItemKnownHash(PyObject key, long hash)
    {
        int ix = Lookup(key, hash, out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>The entry index of key (known hash), for <see cref="ValueAt"/> and <see cref="ReplaceValueAt"/>: -1 if absent, -2 on error.</summary>
    public int IndexOf(PyObject key, long hash) => Lookup(key, hash, out _);

    /// <summary>The value of the entry at an index <see cref="IndexOf"/> gave, borrowed.</summary>
    public PyObject ValueAt(int ix) => _entries[ix].Value!;

    /// <summary>
    /// Replace the value of the entry at an index <see cref="IndexOf"/> gave (no code may have
    /// run since), taking over the reference to <paramref name="value"/>.
    /// </summary>
    public void ReplaceValueAt(int ix, PyObject value)
    {
        Mutated();
        ref var e = ref _entries[ix];
        var old = e.Value!;
        e.Value = value;
        Py.DECREF(old);
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

    /// <summary>key in d: 1, 0, or -1 on error.</summary>
    public int Contains(PyObject key)
    {
        long hash = KeyHash(key);
        if (hash == -1) return -1;
        return ContainsKnownHash(key, hash);
    }

    public int ContainsKnownHash(PyObject key, long hash)
    {
        int ix = Lookup(key, hash, out _);
        return ix == -2 ? -1 : ix >= 0 ? 1 : 0;
    }

    /// <summary>d[key] = value (new references taken). 0, or -1 on error.</summary>
    public int SetItem(PyObject key, PyObject value)
    {
        long hash = KeyHash(key);
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

    /// <summary>
    /// d[key] = value, taking over the caller's reference to <paramref name="value"/>: it is
    /// released even when the store fails (as _PyDict_SetItem_Take2 and PyModule_Add do).
    /// </summary>
    public int SetItemStringSteal(string key, PyObject value)
    {
        int r = SetItemString(key, value);
        Py.DECREF(value);
        return r;
    }

    /// <summary>insertdict: store new references to key and value. 0, or -1 on error.</summary>
    public int SetItemKnownHash(PyObject key, PyObject value, long hash)
    {
        int ix = Lookup(key, hash, out _);
        if (ix == -2) return -1;
        Mutated();
        if (ix >= 0)
        {
            ref var e = ref _entries[ix];
            var old = e.Value!;
            e.Value = Py.NewRef(value);
            Py.DECREF(old);
            return 0;
        }
        InsertNew(Py.NewRef(key), Py.NewRef(value), hash);
        return 0;
    }

    /// <summary>Append an entry for a key known to be absent, taking over both references.</summary>
    void InsertNew(PyObject key, PyObject value, long hash)
    {
        if (_nentries == _entries.Length) Resize((long)_used * 3); // GROWTH_RATE
        int slot = FindEmptySlot(hash);
        _entries[_nentries] = new Entry { Hash = hash, Key = key, Value = value };
        _indices[slot] = _nentries;
        _nentries++;
        _used++;
    }

    /// <summary>del d[key]: 0; -1 with KeyError (or another error) set.</summary>
    public int DelItem(PyObject key)
    {
        long hash = KeyHash(key);
        if (hash == -1) return -1;
        int ix = Lookup(key, hash, out int slot);
        if (ix == -2) return -1;
        if (ix == -1)
        {
            Errors.SetKeyError(key);
            return -1;
        }
        RemoveEntry(ix, slot, out var oldKey, out var oldValue);
        Py.DECREF(oldKey);
        Py.DECREF(oldValue);
        return 0;
    }

    /// <summary>Make entry ix a hole; the caller gets the key and value references.</summary>
    void RemoveEntry(int ix, int slot, out PyObject oldKey, out PyObject oldValue)
    {
        Mutated();
        ref var e = ref _entries[ix];
        oldKey = e.Key!;
        oldValue = e.Value!;
        e.Key = null;
        e.Value = null;
        _indices[slot] = Dummy;
        _used--;
    }

    /// <summary>
    /// Remove key and return its value (owned): null with no error when absent (and
    /// <paramref name="raiseMissing"/> false), null with KeyError when absent otherwise.
    /// </summary>
    public PyObject? Pop(PyObject key, bool raiseMissing)
    {
        if (_used == 0)
        {
            if (raiseMissing) Errors.SetKeyError(key);
            return null;
        }
        long hash = KeyHash(key);
        if (hash == -1) return null;
        int ix = Lookup(key, hash, out int slot);
        if (ix == -2) return null;
        if (ix == -1)
        {
            if (raiseMissing) Errors.SetKeyError(key);
            return null;
        }
        RemoveEntry(ix, slot, out var oldKey, out var oldValue);
        Py.DECREF(oldKey);
        return oldValue;
    }

    /// <summary>dict.popitem: the last (key, value) pair, or KeyError when empty.</summary>
    public PyTuple? PopItem()
    {
        if (_used == 0)
        {
            Errors.SetString(PyExc.KeyError, "popitem(): dictionary is empty");
            return null;
        }
        int i = _nentries - 1;
        while (i >= 0 && _entries[i].Key == null) i--;
        ref var e = ref _entries[i];
        int slot = FindSlotOfEntry(e.Hash, i);
        RemoveEntry(i, slot, out var key, out var value);
        _nentries = i;
        return PyTuple.FromStolen([key, value]);
    }

    int FindSlotOfEntry(long hash, int ix)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (_indices[i] != ix)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>dict.setdefault: the value for key (borrowed), inserting <paramref name="dflt"/> if absent; null on error.</summary>
    public PyObject? SetDefault(PyObject key, PyObject dflt)
    {
        long hash = KeyHash(key);
        if (hash == -1) return null;
        int ix = Lookup(key, hash, out _);
        if (ix == -2) return null;
        if (ix >= 0) return _entries[ix].Value;
        Mutated();
        InsertNew(Py.NewRef(key), Py.NewRef(dflt), hash);
        return dflt;
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

    /// <summary>_PyDict_Next: as <see cref="Next(ref int, out PyObject, out PyObject)"/>, with the stored hash.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value, out long hash)
    {
        while (pos < _nentries)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null)
            {
                key = e.Key;
                value = e.Value!;
                hash = e.Hash;
                return true;
            }
        }
        key = null!;
        value = null!;
        hash = 0;
        return false;
    }

    /// <summary>PyDict_Copy: a new exact dict with the same items in the same order.</summary>
    public PyDict Copy()
    {
        var d = New();
        if (_used == 0) return d;
        if (_used >= (_nentries * 2) / 3)
        {
            // Dense: clone the table as it is (clone_combined_dict_keys).
            d._indices = (int[])_indices.Clone();
            d._entries = (Entry[])_entries.Clone();
            d._nentries = _nentries;
            d._used = _used;
            for (int j = 0; j < _nentries; j++)
            {
                ref var e = ref d._entries[j];
                if (e.Key == null) continue;
                Py.INCREF(e.Key);
                Py.INCREF(e.Value!);
            }
            return d;
        }
        d.Resize(EstimateSize(_used));
        for (int j = 0; j < _nentries; j++)
        {
            ref var e = ref _entries[j];
            if (e.Key == null) continue;
            d.InsertNew(Py.NewRef(e.Key), Py.NewRef(e.Value!), e.Hash);
        }
        return d;
    }

    /// <summary>estimate_log2_keysize: a table size that holds n items without resizing.</summary>
    static long EstimateSize(long n) => (n * 3 + 1) / 2;

    /// <summary>dict_dealloc: the items are dropped from the table as it is (a dying dict needs no fresh one), then what Clear adds.</summary>
    protected internal override void ReleaseReferences()
    {
        ReleaseItems();
        Clear();
    }

    void ReleaseItems()
    {
        int n = _nentries;
        if (n == 0) return;
        var entries = _entries;
        Array.Fill(_indices, Empty);
        _nentries = 0;
        _used = 0;
        Mutated();
        for (int j = 0; j < n; j++)
        {
            var key = entries[j].Key;
            if (key == null) continue;
            var value = entries[j].Value!;
            entries[j] = default;
            Py.DECREF(key);
            Py.DECREF(value);
        }
    }

    protected internal override void Traverse(Visitor visit) => TraverseContents(visit);

    /// <summary>dict_traverse, callable from an instance that keeps its attributes in an untracked dict.</summary>
    internal void TraverseContents(Visitor visit)
    {
        // dict_traverse's order, value then key (gc.get_referents shows it); a table whose
        // keys are all str (CPython's unicode-keys table) visits only the values.
        bool strKeys = true;
        for (int j = 0; j < _nentries && strKeys; j++)
            if (_entries[j].Key is { } k && k.ob_type != PyUnicode.Type) strKeys = false;
        for (int j = 0; j < _nentries; j++)
        {
            var e = _entries[j];
            if (e.Key != null)
            {
                visit(e.Value!);
                if (!strKeys) visit(e.Key);
            }
        }
    }

    /// <summary>tp_clear (dict_tp_clear): the items; subclasses add what they hold.</summary>
    protected internal override void Clear() => ClearItems();

    /// <summary>
    /// PyDict_Clear, as dict.clear() does it: empty the dict first, then drop every reference.
    /// Not the virtual <see cref="Clear"/>: defaultdict's tp_clear also drops its factory.
    /// </summary>
    public void ClearItems()
    {
        if (_used == 0 && _nentries == 0) return;
        var entries = _entries;
        int n = _nentries;
        _indices = NewIndices(MinSize);
        _entries = new Entry[Usable(MinSize)];
        _nentries = 0;
        _used = 0;
        Mutated();
        for (int j = 0; j < n; j++)
        {
            if (entries[j].Key == null) continue;
            Py.DECREF(entries[j].Key!);
            Py.DECREF(entries[j].Value!);
        }
    }
}
