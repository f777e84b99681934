using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The table behind `set` and `frozenset` (Objects/setobject.c): open addressing where each
/// probe looks at LINEAR_PROBES consecutive slots before jumping with CPython's
/// perturbation recurrence; deleted slots hold a dummy; the table grows when 3/5 full.
/// Iteration walks the table, so the order of items is CPython's. Owns a reference to each key.
/// </summary>
public abstract partial class PyAnySet : PyObject, IWeakReferenceable
{
    public PyWeakReference? WeakRefList { get; set; }
    const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;

    internal struct Entry
    {
        public long Hash;       // 0 with Key null: never used; -1 with Key == s_dummy: deleted
        public PyObject? Key;
    }

    sealed class DummyKey : PyObject
    {
        public DummyKey() : base(null!) { SetImmortal(); }
    }

    static readonly PyObject s_dummy = new DummyKey();

    internal Entry[] _table = new Entry[MinSize];
    internal int _mask = MinSize - 1;

    /// <summary>set_sizeof on 64-bit CPython: the set object (with its 8-entry small table) and a bigger table's 16-byte entries.</summary>
    internal long SizeOf() => TypeSizes.BasicSize(ob_type) + (_mask + 1 > MinSize ? 16L * (_mask + 1) : 0);
    internal int _fill;      // active + dummy slots
    internal int _used;      // active slots
    int _finger;             // where pop() looks next
    internal long _hash = -1; // frozenset's cached hash

    protected PyAnySet(PyType type) : base(type) { }

    public int Count => _used;

    /// <summary>PyAnySet_Check for a type: set, frozenset or a subclass of either.</summary>
    public static bool IsSetType(PyType t) => typeof(PyAnySet).IsAssignableFrom(t.InstanceClass);

    /// <summary>The hash of a set element, with 3.14's message for unhashable ones. -1 with an error set.</summary>
    internal static long ElementHash(PyObject key)
    {
        if (key is PyUnicode u && u.CachedHash != -1) return u.CachedHash;
        long h = Abstract.Hash(key);
        if (h == -1) PyDict.WrapUnhashable(key, "set element");
        return h;
    }

    /// <summary>set_lookkey: the slot holding key, or the empty slot that ends its probe sequence; -1 on error.</summary>
    internal int LookKey(PyObject key, long hash)
    {
        bool frozen = ob_type == PyFrozenSet.Type;
    restart:
        var table = _table;
        ulong mask = (ulong)_mask;
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            ulong j = i;
            do
            {
                ref var entry = ref table[j];
                if (entry.Hash == 0 && entry.Key == null) return (int)j;
                if (entry.Hash == hash)
                {
                    var startKey = entry.Key!;
                    if (startKey == key) return (int)j;
                    if (startKey is PyUnicode su && key is PyUnicode ku && su.ob_type == PyUnicode.Type
                        && ku.ob_type == PyUnicode.Type && su.Value == ku.Value)
                        return (int)j;
                    int cmp;
                    if (frozen)
                    {
                        cmp = Abstract.RichCompareBool(startKey, key, CompareOp.Eq);
                        if (cmp < 0) return -1;
                    }
                    else
                    {
                        Py.INCREF(startKey);
                        cmp = Abstract.RichCompareBool(startKey, key, CompareOp.Eq);
                        Py.DECREF(startKey);
                        if (cmp < 0) return -1;
                        if (table != _table || table[j].Key != startKey) goto restart;
                    }
                    if (cmp > 0) return (int)j;
                    mask = (ulong)_mask;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_add_entry: add a new reference to key. 0, or -1 on error.</summary>
    internal int AddEntry(PyObject key, long hash)
    {
        Py.INCREF(key);
    restart:
        var table = _table;
        ulong mask = (ulong)_mask;
        ulong i = (ulong)hash & mask;
        ulong perturb = (ulong)hash;
        long freeslot = -1;
        ulong j;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            j = i;
            do
            {
                ref var entry = ref table[j];
                if (entry.Hash == 0 && entry.Key == null) goto FoundUnusedOrDummy;
                if (entry.Hash == hash)
                {
                    var startKey = entry.Key!;
                    if (startKey == key) goto FoundActive;
                    if (startKey is PyUnicode su && key is PyUnicode ku && su.ob_type == PyUnicode.Type
                        && ku.ob_type == PyUnicode.Type && su.Value == ku.Value)
                        goto FoundActive;
                    Py.INCREF(startKey);
                    int cmp = Abstract.RichCompareBool(startKey, key, CompareOp.Eq);
                    Py.DECREF(startKey);
                    if (cmp > 0) goto FoundActive;
                    if (cmp < 0)
                    {
                        Py.DECREF(key);
                        return -1;
                    }
                    if (table != _table || table[j].Key != startKey) goto restart;
                    mask = (ulong)_mask;
                }
                else if (entry.Hash == -1)
                {
                    freeslot = (long)j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    FoundUnusedOrDummy:
        if (freeslot == -1)
        {
            _fill++;
            _used++;
            table[j].Key = key;
            table[j].Hash = hash;
            if ((ulong)_fill * 5 < mask * 3) return 0;
            return Resize(_used > 50000 ? _used * 2 : _used * 4);
        }
        if (table[freeslot].Hash != -1) goto restart;
        _used++;
        table[freeslot].Key = key;
        table[freeslot].Hash = hash;
        return 0;
    FoundActive:
        Py.DECREF(key);
        return 0;
    }

    static void InsertClean(Entry[] table, ulong mask, PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        ulong i = (ulong)hash & mask;
        while (true)
        {
            if (table[i].Key == null) goto Found;
            if (i + LinearProbes <= mask)
            {
                for (int j = 0; j < LinearProbes; j++)
                {
                    i++;
                    if (table[i].Key == null) goto Found;
                }
                i -= LinearProbes;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    Found:
        table[i].Key = key;
        table[i].Hash = hash;
    }

    /// <summary>set_table_resize: the smallest table larger than <paramref name="minUsed"/>, without dummies.</summary>
    internal int Resize(long minUsed)
    {
        long newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        if (newSize > 1L << 30)
        {
            Errors.NoMemory();
            return -1;
        }
        var old = _table;
        if (newSize == MinSize && old.Length == MinSize && _fill == _used) return 0;
        var table = new Entry[newSize];
        ulong mask = (ulong)(newSize - 1);
        bool noDummies = _fill == _used;
        _fill = _used;
        for (int k = 0; k < old.Length; k++)
        {
            var key = old[k].Key;
            if (key != null && (noDummies || key != s_dummy)) InsertClean(table, mask, key, old[k].Hash);
        }
        _table = table;
        _mask = (int)mask;
        return 0;
    }

    /// <summary>key in set with a known hash: 1, 0, or -1.</summary>
    internal int ContainsEntry(PyObject key, long hash)
    {
        int ix = LookKey(key, hash);
        if (ix < 0) return -1;
        return _table[ix].Key != null ? 1 : 0;
    }

    /// <summary>set_discard_entry: 1 if found and removed, 0 if absent, -1 on error.</summary>
    internal int DiscardEntry(PyObject key, long hash)
    {
        int ix = LookKey(key, hash);
        if (ix < 0) return -1;
        ref var e = ref _table[ix];
        if (e.Key == null) return 0;
        var old = e.Key;
        e.Key = s_dummy;
        e.Hash = -1;
        _used--;
        Py.DECREF(old);
        return 1;
    }

    /// <summary>set.add: 0, or -1 on error (unhashable, or a failing __eq__).</summary>
    public int Add(PyObject key)
    {
        long hash = ElementHash(key);
        if (hash == -1) return -1;
        return AddEntry(key, hash);
    }

    /// <summary>key in set, with set keys looked up as frozensets: 1, 0, or -1.</summary>
    public int Contains(PyObject key)
    {
        long hash = ElementHash(key);
        if (hash == -1)
        {
            if (key is not PySet ks || !Errors.ExceptionMatches(PyExc.TypeError)) return -1;
            Errors.Clear();
            hash = ks.ComputeFrozenHash();
        }
        return ContainsEntry(key, hash);
    }

    /// <summary>set.discard: 1 removed, 0 absent, -1 error; set keys are looked up as frozensets.</summary>
    public int Discard(PyObject key)
    {
        long hash = ElementHash(key);
        if (hash == -1)
        {
            if (key is not PySet ks || !Errors.ExceptionMatches(PyExc.TypeError)) return -1;
            Errors.Clear();
            hash = ks.ComputeFrozenHash();
        }
        return DiscardEntry(key, hash);
    }

    /// <summary>set_next: the next active entry at or after pos (borrowed key).</summary>
    public bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        int i = pos;
        var table = _table;
        while (i <= _mask && (table[i].Key == null || table[i].Key == s_dummy)) i++;
        pos = i + 1;
        if (i > _mask)
        {
            key = null!;
            hash = 0;
            return false;
        }
        key = table[i].Key!;
        hash = table[i].Hash;
        return true;
    }

    /// <summary>set.pop: an arbitrary element (owned), or KeyError when empty.</summary>
    public PyObject? Pop()
    {
        if (_used == 0) return Errors.SetString(PyExc.KeyError, "pop from an empty set");
        int i = _finger & _mask;
        while (_table[i].Key == null || _table[i].Key == s_dummy)
        {
            i++;
            if (i > _mask) i = 0;
        }
        var key = _table[i].Key!;
        _table[i].Key = s_dummy;
        _table[i].Hash = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    void EmptyToMinSize()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = 0;
        _used = 0;
        _hash = -1;
    }

    /// <summary>set_clear_internal: empty the set first, then drop the references in table order.</summary>
    protected internal override void Clear()
    {
        var table = _table;
        int used = _used;
        if (_fill == 0 && table.Length == MinSize) return;
        EmptyToMinSize();
        for (int k = 0; used > 0; k++)
        {
            var key = table[k].Key;
            if (key != null && key != s_dummy)
            {
                used--;
                Py.DECREF(key);
            }
        }
    }

    protected internal override void ReleaseReferences() => Clear();

    protected internal override void Traverse(Visitor visit)
    {
        int pos = 0;
        while (NextEntry(ref pos, out var key, out _)) visit(key);
    }

    static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    /// <summary>frozenset_hash_impl: the order-independent hash of the elements (also used for set keys).</summary>
    internal long ComputeFrozenHash()
    {
        ulong hash = 0;
        var table = _table;
        for (int k = 0; k <= _mask; k++) hash ^= ShuffleBits((ulong)table[k].Hash);
        if (((_mask + 1 - _fill) & 1) != 0) hash ^= ShuffleBits(0);
        if (((_fill - _used) & 1) != 0) hash ^= ShuffleBits(unchecked((ulong)-1L));
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }

    /// <summary>set_swap_bodies: exchange the tables of two sets.</summary>
    internal static void SwapBodies(PyAnySet a, PyAnySet b)
    {
        (a._table, b._table) = (b._table, a._table);
        (a._mask, b._mask) = (b._mask, a._mask);
        (a._fill, b._fill) = (b._fill, a._fill);
        (a._used, b._used) = (b._used, a._used);
        if (a is PyFrozenSet && b is PyFrozenSet) (a._hash, b._hash) = (b._hash, a._hash);
        else a._hash = b._hash = -1;
    }
}
