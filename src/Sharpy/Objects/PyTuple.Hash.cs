using System.Runtime.CompilerServices;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>The xxHash-based combination of item hashes tuple and slice use (Objects/tupleobject.c tuple_hash).</summary>
public static class TupleHashing
{
    public const ulong Prime1 = 11400714785074694791UL;
    public const ulong Prime2 = 14029467366897019727UL;
    public const ulong Prime5 = 2870177450012600261UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Round(ulong acc, ulong lane)
    {
        acc += lane * Prime2;
        acc = (acc << 31) | (acc >> 33);
        return acc * Prime1;
    }
}

public partial class PyTuple
{
    long _hash = -1;

    /// <summary>
    /// _PyTuple_Recycle: an iterator that owns the only reference to its result tuple (itertools'
    /// product, combinations, zip_longest ...) is about to refill it in place; forget the cached hash.
    /// </summary>
    internal void Recycle()
    {
        _hash = -1;
        // The collector may have untracked it while it held only atoms (Gc.UntrackTuples); the
        // new items may be containers (zip_longest_next and pairwise_next track it again too).
        if (GcIndex < 0) Gc.Track(this);
    }

    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var t = (PyTuple)o;
        if (t._hash != -1) return t._hash;
        var items = t.Items;
        ulong acc = TupleHashing.Prime5;
        for (int i = 0; i < items.Length; i++)
        {
            long lane = Abstract.Hash(items[i]);
            if (lane == -1) return -1;
            acc = TupleHashing.Round(acc, (ulong)lane);
        }
        acc += (ulong)items.Length ^ (TupleHashing.Prime5 ^ 3527539UL);
        long h = acc == ulong.MaxValue ? 1546275796 : (long)acc;
        t._hash = h;
        return h;
    }
}
