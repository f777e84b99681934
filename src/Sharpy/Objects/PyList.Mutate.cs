using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// Slice assignment and deletion, extend and insert (list_ass_slice, list_ass_subscript, list_extend).
public partial class PyList
{
    /// <summary>
    /// list_ass_slice: replace the items [ilow, ihigh) by the items of <paramref name="v"/>
    /// (any iterable), or delete them when v is null. 0, or -1 on error.
    /// </summary>
    public int AssSliceRange(long ilow, long ihigh, PyObject? v)
    {
        if (v == this)
        {
            var copy = GetSlice(0, 1, Count);
            int r = AssSliceRange(ilow, ihigh, copy);
            Py.DECREF(copy);
            return r;
        }
        PyObject? fast = null;
        ReadOnlySpan<PyObject> newItems = default;
        if (v != null)
        {
            fast = SeqSupport.Fast(v, "can only assign an iterable");
            if (fast == null) return -1;
            newItems = SeqSupport.FastItems(fast);
        }
        int r2 = ReplaceRange(ilow, ihigh, newItems);
        Py.XDECREF(fast);
        return r2;
    }

    /// <summary>The core of list_ass_slice with the new items already in hand (borrowed).</summary>
    int ReplaceRange(long ilow, long ihigh, ReadOnlySpan<PyObject> newItems)
    {
        int n = newItems.Length;
        if (ilow < 0) ilow = 0;
        else if (ilow > Count) ilow = Count;
        if (ihigh < ilow) ihigh = ilow;
        else if (ihigh > Count) ihigh = Count;
        int lo = (int)ilow, hi = (int)ihigh;
        int norig = hi - lo;
        int d = n - norig;
        if (Count + d == 0)
        {
            Clear();
            return 0;
        }
        PyObject[] recycle = norig == 0 ? [] : new PyObject[norig];
        Array.Copy(Items, lo, recycle, 0, norig);
        int tail = Count - hi;
        if (d < 0)
        {
            Array.Copy(Items, hi, Items, hi + d, tail);
            Array.Clear(Items, Count + d, -d);
            Resize(Count + d);
            Count += d;
        }
        else if (d > 0)
        {
            if ((long)Count + d > Array.MaxLength)
            {
                Errors.NoMemory();
                return -1;
            }
            Resize(Count + d);
            Array.Copy(Items, hi, Items, hi + d, tail);
            Count += d;
        }
        for (int k = 0; k < n; k++) Items[lo + k] = Py.NewRef(newItems[k]);
        for (int k = norig - 1; k >= 0; k--) Py.DECREF(recycle[k]);
        return 0;
    }

    /// <summary>del l[start:stop:step] with unpacked (unadjusted) slice values.</summary>
    internal int DelSlice(long start, long stop, long step)
    {
        long slicelength = PySlice.AdjustIndices(Count, ref start, ref stop, step);
        if (step == 1) return AssSliceRange(start, stop, null);
        if (slicelength <= 0) return 0;
        if (step < 0)
        {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        var garbage = new PyObject[slicelength];
        int len = (int)slicelength;
        long cur = start;
        for (int i = 0; i < len; i++, cur += step)
        {
            garbage[i] = Items[cur];
            long lim = step - 1;
            if (step >= Count - cur) lim = Count - cur - 1; // cur + step may overflow
            Array.Copy(Items, (int)cur + 1, Items, (int)(cur - i), (int)lim);
        }
        // The first index past the slice (beyond long's range for a huge step).
        cur = (long)Int128.Min(start + (Int128)len * step, Count);
        if (cur < Count)
            Array.Copy(Items, (int)cur, Items, (int)(cur - len), (int)(Count - cur));
        int newCount = Count - len;
        Array.Clear(Items, newCount, len);
        Count = newCount;
        Resize(newCount);
        for (int i = 0; i < len; i++) Py.DECREF(garbage[i]);
        return 0;
    }

    /// <summary>l[start:stop:step] = value with unpacked (unadjusted) slice values.</summary>
    internal int AssSlice(long start, long stop, long step, PyObject value)
    {
        PyObject? seq = value == this
            ? GetSlice(0, 1, Count)
            : SeqSupport.Fast(value, "must assign iterable to extended slice");
        if (seq == null) return -1;
        try
        {
            long slicelength = PySlice.AdjustIndices(Count, ref start, ref stop, step);
            if (step == 1) return ReplaceRange(start, stop, SeqSupport.FastItems(seq));
            // s[5:2] = [...] inserts before 5, not before 2.
            if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
            var items = SeqSupport.FastItems(seq);
            if (items.Length != slicelength)
            {
                Errors.SetString(PyExc.ValueError,
                    $"attempt to assign sequence of size {items.Length} to extended slice of size {slicelength}");
                return -1;
            }
            if (slicelength == 0) return 0;
            var garbage = new PyObject[slicelength];
            long cur = start;
            for (int i = 0; i < slicelength; i++, cur += step)
            {
                garbage[i] = Items[cur];
                Items[cur] = Py.NewRef(items[i]);
            }
            for (int i = 0; i < slicelength; i++) Py.DECREF(garbage[i]);
            return 0;
        }
        finally
        {
            Py.DECREF(seq);
        }
    }

    /// <summary>list.extend / list += : append the items of any iterable. 0, or -1 on error.</summary>
    public int Extend(PyObject iterable)
    {
        if (iterable.ob_type == Type || iterable.ob_type == PyTuple.Type || iterable == this)
        {
            // The fast path; a.extend(a) copies before growing.
            ReadOnlySpan<PyObject> src = iterable is PyList l ? new ReadOnlySpan<PyObject>(l.Items, 0, l.Count) : ((PyTuple)iterable).Items;
            int n = src.Length;
            if (n == 0) return 0;
            if ((long)Count + n > Array.MaxLength)
            {
                Errors.NoMemory();
                return -1;
            }
            int m = Count;
            if (m + n > Allocated) Resize(m + n);
            // Re-read the source: resizing self may have replaced the array it came from.
            src = iterable is PyList l2 ? new ReadOnlySpan<PyObject>(l2.Items, 0, n) : ((PyTuple)iterable).Items;
            for (int i = 0; i < n; i++) Items[m + i] = Py.NewRef(src[i]);
            Count = m + n;
            return 0;
        }
        if (iterable is PyDict d && d.ob_type == PyDict.Type)
        {
            if (Count + (long)d.Count > Array.MaxLength)
            {
                Errors.NoMemory();
                return -1;
            }
            Grow(Count + d.Count);
            int pos = 0;
            while (d.Next(ref pos, out var k, out _)) AppendSteal(Py.NewRef(k));
            return 0;
        }
        var it = Abstract.GetIter(iterable);
        if (it == null) return -1;
        long hint = SeqSupport.LengthHint(iterable, 8);
        if (hint < 0)
        {
            Py.DECREF(it);
            return -1;
        }
        if (Count + hint > Array.MaxLength)
        {
            // list_extend preallocates from the length hint; an impossible size is a MemoryError.
            Py.DECREF(it);
            Errors.NoMemory();
            return -1;
        }
        if (hint > 0) Grow(Count + (int)hint);
        int r = ExtendFromIterator(it);
        Py.DECREF(it);
        return r;
    }

    /// <summary>Append every item an iterator yields. 0, or -1 on error.</summary>
    public int ExtendFromIterator(PyObject it)
    {
        var next = it.ob_type.tp_iternext!;
        while (true)
        {
            var item = next(it);
            if (item == null)
            {
                if (Errors.Occurred())
                {
                    if (!Errors.ExceptionMatches(PyExc.StopIteration)) return -1;
                    Errors.Clear();
                }
                break;
            }
            AppendSteal(item);
        }
        // Trim the over-allocation of a generous length hint (as list_extend does).
        if (Count < Allocated) Resize(Count);
        return 0;
    }

    /// <summary>list.insert(where, item) (ins1).</summary>
    public void Insert(long where, PyObject item)
    {
        int n = Count;
        if (where < 0)
        {
            where += n;
            if (where < 0) where = 0;
        }
        if (where > n) where = n;
        Resize(n + 1);
        Array.Copy(Items, (int)where, Items, (int)where + 1, n - (int)where);
        Items[where] = Py.NewRef(item);
        Count = n + 1;
    }
}
