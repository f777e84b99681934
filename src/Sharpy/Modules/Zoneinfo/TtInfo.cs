using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Zoneinfo;

/// <summary>
/// _ttinfo: what applies in one period of a zone: the UTC offset and DST amount (timedeltas
/// from the module's cache), the abbreviation, and the offset in seconds. Owns its three
/// references; the zone that holds it releases them.
/// </summary>
internal sealed class TtInfo
{
    public PyObject UtcOff;
    public PyObject DstOff;
    public PyObject TzName;
    public readonly long UtcOffSeconds;

    TtInfo(PyObject utcoff, PyObject dstoff, PyObject tzname, long utcoffSeconds)
    {
        UtcOff = utcoff;
        DstOff = dstoff;
        TzName = tzname;
        UtcOffSeconds = utcoffSeconds;
    }

    /// <summary>NO_TTINFO: what a zone that is not a fixed offset gives for a time without a date (None, None, None).</summary>
    public static readonly TtInfo None = new(Py.None, Py.None, Py.None, 0);

    /// <summary>build_ttinfo: null with an exception set when a timedelta cannot be made.</summary>
    public static TtInfo? Build(ZoneinfoState st, long utcoffset, long dstoffset, PyObject tzname)
    {
        var utc = st.LoadTimedelta(utcoffset);
        if (utc == null) return null;
        var dst = st.LoadTimedelta(dstoffset);
        if (dst == null)
        {
            Py.DECREF(utc);
            return null;
        }
        return new TtInfo(utc, dst, Py.NewRef(tzname), utcoffset);
    }

    /// <summary>This period's DST amount replaced by <paramref name="dstoff"/> (borrowed).</summary>
    public void SetDstOff(PyObject dstoff)
    {
        var old = DstOff;
        DstOff = Py.NewRef(dstoff);
        Py.DECREF(old);
    }

    public void Traverse(Visitor visit)
    {
        visit(UtcOff);
        visit(DstOff);
        visit(TzName);
    }

    public void Release()
    {
        Py.DECREF(UtcOff);
        Py.DECREF(DstOff);
        Py.DECREF(TzName);
    }

    /// <summary>ttinfo_eq: the offsets and the abbreviation compare equal (-1 on error).</summary>
    public static int Equal(TtInfo a, TtInfo b)
    {
        int r = Abstract.RichCompareBool(a.UtcOff, b.UtcOff, CompareOp.Eq);
        if (r < 1) return r;
        r = Abstract.RichCompareBool(a.DstOff, b.DstOff, CompareOp.Eq);
        if (r < 1) return r;
        return Abstract.RichCompareBool(a.TzName, b.TzName, CompareOp.Eq);
    }
}
