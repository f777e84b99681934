using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Slice and index arithmetic shared by str and bytes (PySlice_Unpack, PySlice_AdjustIndices,
/// _PyEval_SliceIndex, stringlib's ADJUST_INDICES) on top of <see cref="PySlice"/>.
/// </summary>
public static class StrSlice
{
    public static bool IsSlice(PyObject o) => o is PySlice;

    /// <summary>PyIndex_Check: an int or an object with __index__.</summary>
    public static bool IsIndex(PyObject o) => o is PyLong || o.ob_type.nb_index != null;

    /// <summary>_PyEval_SliceIndex: None leaves <paramref name="v"/> unchanged; an index is clamped to long. False on error.</summary>
    public static bool SliceIndex(PyObject? o, ref long v)
    {
        if (o == null || o == Py.None) return true;
        if (!IsIndex(o))
        {
            Errors.SetString(PyExc.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        long x = Abstract.AsSsize(o, null);
        if (x == -1 && Errors.Occurred()) return false;
        v = x;
        return true;
    }

    /// <summary>PySlice_Unpack: the raw start, stop, step (step 0 is an error). False on error.</summary>
    public static bool Unpack(PyObject slice, out long start, out long stop, out long step)
        => ((PySlice)slice).Unpack(out start, out stop, out step);

    /// <summary>PySlice_AdjustIndices: clamp to a sequence of <paramref name="length"/>; returns the slice length.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
        {
            if (stop < start) return (start - stop - 1) / (-step) + 1;
        }
        else if (start < stop) return (stop - start - 1) / step + 1;
        return 0;
    }

    /// <summary>
    /// The optional start/end arguments of find/count/startswith...: indices (None allowed),
    /// then stringlib's ADJUST_INDICES. <paramref name="start"/> may end up beyond the length.
    /// </summary>
    public static bool ParseStartEnd(PyObject? startObj, PyObject? endObj, int length, out long start, out long end)
    {
        start = 0;
        end = long.MaxValue;
        if (!SliceIndex(startObj, ref start) || !SliceIndex(endObj, ref end)) return false;
        if (end > length) end = length;
        else if (end < 0)
        {
            end += length;
            if (end < 0) end = 0;
        }
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
        return true;
    }
}
