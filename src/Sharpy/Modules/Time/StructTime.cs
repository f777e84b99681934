using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Time;

/// <summary>
/// time.struct_time (timemodule.c struct_time_type_desc, tmtotuple, gettmarg, checktm):
/// nine sequence fields, then tm_zone and tm_gmtoff as attributes only.
/// </summary>
internal static class StructTime
{
    static readonly string[] s_fields =
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"];

    static PyType? s_type;

    /// <summary>The type (static, shared by interpreters as CPython's static types are).</summary>
    public static PyType Type => s_type ??= PyStructSequence.NewType("time.struct_time", Array.ConvertAll(s_fields, n => new StructSeqField(n)), 9);

    /// <summary>tmtotuple: a struct_time of a struct tm (Python's year, month 1-12, Monday 0, day of year 1-366).</summary>
    public static PyObject FromTm(in TimeLibc.Tm tm)
    {
        string? zone = tm.tm_zone == IntPtr.Zero ? null : System.Runtime.InteropServices.Marshal.PtrToStringUTF8(tm.tm_zone);
        return PyStructSequence.New(Type,
            PyLong.FromLong(tm.tm_year + 1900L), PyLong.FromLong(tm.tm_mon + 1), PyLong.FromLong(tm.tm_mday),
            PyLong.FromLong(tm.tm_hour), PyLong.FromLong(tm.tm_min), PyLong.FromLong(tm.tm_sec),
            PyLong.FromLong((tm.tm_wday + 6) % 7), PyLong.FromLong(tm.tm_yday + 1), PyLong.FromLong(tm.tm_isdst),
            zone == null ? Py.None : PyUnicode.FromString(zone), PyLong.FromLong(tm.tm_gmtoff));
    }

    /// <summary>
    /// gettmarg: a struct_time or 9-tuple as a struct tm (its zone, when a struct_time has one,
    /// in <paramref name="zone"/>). False with CPython's TypeError / OverflowError.
    /// </summary>
    public static bool ToTm(PyObject arg, string fname, out TimeLibc.Tm tm, out string? zone)
    {
        tm = default;
        zone = null;
        if (arg is not PyTuple t)
        {
            Errors.SetString(PyExc.TypeError, "Tuple or struct_time argument required");
            return false;
        }
        if (t.Count != 9)
        {
            Errors.SetString(PyExc.TypeError, $"{fname}(): illegal time tuple argument");
            return false;
        }
        Span<int> v = stackalloc int[9];
        for (int i = 0; i < 9; i++)
            if (!ArgParse.ToInt(t.Items[i], out v[i])) return false;
        if (v[0] - 1900L < int.MinValue)
        {
            Errors.SetString(PyExc.OverflowError, "year out of range");
            return false;
        }
        tm.tm_year = v[0] - 1900;
        tm.tm_mon = v[1] - 1;
        tm.tm_mday = v[2];
        tm.tm_hour = v[3];
        tm.tm_min = v[4];
        tm.tm_sec = v[5];
        tm.tm_wday = (v[6] + 1) % 7; // C's %: a weekday below -1 stays negative and is rejected later
        tm.tm_yday = v[7] - 1;
        tm.tm_isdst = v[8];
        if (t is PyStructSequence s && s.ob_type == Type && s.Hidden.Length == 2)
        {
            if (s.Hidden[0] is PyUnicode z) zone = z.Value;
            if (s.Hidden[1] is PyLong off && off.TryGetLong(out long gmtoff)) tm.tm_gmtoff = gmtoff;
        }
        return true;
    }

    /// <summary>
    /// checktm: the ranges asctime and strftime require, after taking a zero month, day of
    /// month or day of year as the first (so a tuple of zeros is valid).
    /// </summary>
    public static bool Check(ref TimeLibc.Tm tm)
    {
        if (tm.tm_mon == -1) tm.tm_mon = 0;
        if (tm.tm_mday == 0) tm.tm_mday = 1;
        if (tm.tm_yday == -1) tm.tm_yday = 0;
        string? error = null;
        if (tm.tm_mon < 0 || tm.tm_mon > 11) error = "month out of range";
        else if (tm.tm_mday < 0 || tm.tm_mday > 31) error = "day of month out of range";
        else if (tm.tm_hour < 0 || tm.tm_hour > 23) error = "hour out of range";
        else if (tm.tm_min < 0 || tm.tm_min > 59) error = "minute out of range";
        else if (tm.tm_sec < 0 || tm.tm_sec > 61) error = "seconds out of range";
        else if (tm.tm_wday < 0) error = "day of week out of range";
        else if (tm.tm_yday < 0 || tm.tm_yday > 365) error = "day of year out of range";
        if (error == null) return true;
        Errors.SetString(PyExc.ValueError, error);
        return false;
    }
}
