using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `_bisect` module (Modules/_bisectmodule.c): binary search and insertion on sorted sequences.</summary>
[PyModule("_bisect", Doc = "Bisection algorithms.\n\n"
    + "This module provides support for maintaining a list in sorted order without\n"
    + "having to sort the list after each insertion. For long lists of items with\n"
    + "expensive comparison operations, this can be an improvement over the more\n"
    + "common approach.\n")]
public static partial class BisectModule
{
    /// <summary>
    /// internal_bisect_right / internal_bisect_left: the insertion point of <paramref name="item"/>
    /// in a[lo:hi] (hi of -1 means len(a)), comparing key(a[mid]) when a key is given. -1 on error.
    /// </summary>
    static long Bisect(PyObject a, PyObject item, long lo, long hi, PyObject? key, bool right)
    {
        if (lo < 0)
        {
            Errors.SetString(PyExc.ValueError, "lo must be non-negative");
            return -1;
        }
        if (hi == -1)
        {
            hi = Abstract.Length(a);
            if (hi < 0) return -1;
        }
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var litem = Abstract.SequenceGetItem(a, mid);
            if (litem == null) return -1;
            if (key != null)
            {
                var k = Calls.CallOneArg(key, litem);
                Py.DECREF(litem);
                if (k == null) return -1;
                litem = k;
            }
            int res = right
                ? Abstract.RichCompareBool(item, litem, CompareOp.Lt)
                : Abstract.RichCompareBool(litem, item, CompareOp.Lt);
            Py.DECREF(litem);
            if (res < 0) return -1;
            if (res > 0 == right) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    static PyObject? BisectFunction(PyObject a, PyObject x, long lo, long? hi, PyObject? key, bool right)
    {
        long index = Bisect(a, x, lo, hi ?? -1, key == Py.None ? null : key, right);
        return index < 0 ? null : PyLong.FromLong(index);
    }

    /// <summary>insort: bisect on key(x), then list.insert for an exact list, else a.insert(index, x).</summary>
    static PyObject? Insort(PyObject a, PyObject x, long lo, long? hi, PyObject? key, bool right)
    {
        if (key == Py.None) key = null;
        long index;
        if (key == null) index = Bisect(a, x, lo, hi ?? -1, null, right);
        else
        {
            var keyX = Calls.CallOneArg(key, x);
            if (keyX == null) return null;
            index = Bisect(a, keyX, lo, hi ?? -1, key, right);
            Py.DECREF(keyX);
        }
        if (index < 0) return null;
        if (a.ob_type == PyList.Type)
        {
            ((PyList)a).Insert(index, x);
            return Py.None;
        }
        var i = PyLong.FromLong(index);
        var r = Calls.CallMethod(a, "insert", i, x);
        Py.DECREF(i);
        if (r == null) return null;
        Py.DECREF(r);
        return Py.None;
    }

    const string BisectRightDoc = "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
        + "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
        + "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
        + "insert just after the rightmost x already there.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
        + "slice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    const string BisectLeftDoc = "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
        + "The return value i is such that all e in a[:i] have e < x, and all e in\n"
        + "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
        + "insert just before the leftmost x already there.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
        + "slice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    const string InsortRightDoc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
        + "If x is already in a, insert it to the right of the rightmost x.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
        + "slice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    const string InsortLeftDoc = "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
        + "If x is already in a, insert it to the left of the leftmost x.\n\n"
        + "Optional args lo (default 0) and hi (default len(a)) bound the\n"
        + "slice of a to be searched.\n\n"
        + "A custom key function can be supplied to customize the sort order.";

    [PyMethod("bisect_right", Doc = BisectRightDoc, TextSignature = "($module, /, a, x, lo=0, hi=None, *, key=None)")]
    static PyObject? BisectRight([Keyword] PyObject a, [Keyword] PyObject x, [Keyword] long lo = 0, [Keyword] long? hi = null, [KeywordOnly] PyObject? key = null)
        => BisectFunction(a, x, lo, hi, key, right: true);

    [PyMethod("bisect_left", Doc = BisectLeftDoc, TextSignature = "($module, /, a, x, lo=0, hi=None, *, key=None)")]
    static PyObject? BisectLeft([Keyword] PyObject a, [Keyword] PyObject x, [Keyword] long lo = 0, [Keyword] long? hi = null, [KeywordOnly] PyObject? key = null)
        => BisectFunction(a, x, lo, hi, key, right: false);

    [PyMethod("insort_right", Doc = InsortRightDoc, TextSignature = "($module, /, a, x, lo=0, hi=None, *, key=None)")]
    static PyObject? InsortRight([Keyword] PyObject a, [Keyword] PyObject x, [Keyword] long lo = 0, [Keyword] long? hi = null, [KeywordOnly] PyObject? key = null)
        => Insort(a, x, lo, hi, key, right: true);

    [PyMethod("insort_left", Doc = InsortLeftDoc, TextSignature = "($module, /, a, x, lo=0, hi=None, *, key=None)")]
    static PyObject? InsortLeft([Keyword] PyObject a, [Keyword] PyObject x, [Keyword] long lo = 0, [Keyword] long? hi = null, [KeywordOnly] PyObject? key = null)
        => Insort(a, x, lo, hi, key, right: false);
}
