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
    const int Visible = 9;

    static PyType? s_type;

    /// <summary>
    /// The type (static, shared by interpreters as CPython's static types are): main's
    /// StructSeq for the nine items, plus the two attribute-only fields, structseq_new and
    /// __reduce__. (The posix branch's PyStructSequence does all of this; struct_time moves
    /// onto it once both are merged.)
    /// </summary>
    public static PyType Type => s_type ??= MakeType();

    static PyType MakeType()
    {
        var t = StructSeq.NewType("time.struct_time", s_fields[..Visible]);
        t.tp_dict!.SetItemStringSteal("n_fields", PyLong.FromLong(s_fields.Length));
        t.tp_dict.SetItemStringSteal("n_unnamed_fields", PyLong.FromLong(0));
        for (int i = Visible; i < s_fields.Length; i++)
            t.tp_dict.SetItemString(s_fields[i], new StructTimeHiddenField(t, s_fields[i], i - Visible));
        t.tp_dict.SetItemString("__reduce__", new PyMethodDescr(t, "__reduce__", (self, args, kwnames) => Reduce(self!), null));
        t.tp_new = New;
        return t;
    }

    static StructTimeObject Make(PyObject[] all) => new(Type, all[..Visible], all[Visible..]);

    static readonly string[] s_newKeywords = ["sequence", "dict"];

    /// <summary>structseq_new: struct_time(sequence, dict={}).</summary>
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        PyObject? seq = null, dict = null;
        for (int i = 0; i < nargs; i++)
        {
            if (i == 0) seq = args[i].AsBorrowed;
            else if (i == 1) dict = args[i].AsBorrowed;
            else return Errors.SetString(PyExc.TypeError, $"struct_time() takes at most 2 arguments ({nargs} given)");
        }
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var kw = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(s_newKeywords, kw);
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"struct_time() got an unexpected keyword argument '{kw}'");
            if (idx == 0) seq = args[nargs + k].AsBorrowed; else dict = args[nargs + k].AsBorrowed;
        }
        if (seq == null) return Errors.SetString(PyExc.TypeError, "struct_time() missing required argument 'sequence' (pos 1)");
        if (dict == PyNone.None) dict = null;
        if (dict != null && dict is not PyDict)
            return Errors.SetString(PyExc.TypeError, $"{type.tp_name}() takes a dict as second arg, if any");
        var items = PyTuple.FromIterable(seq);
        if (items == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, "constructor requires a sequence");
            }
            return null;
        }
        int len = items.Count;
        if (len < Visible || len > s_fields.Length)
        {
            Py.DECREF(items);
            return Errors.SetString(PyExc.TypeError, len < Visible
                ? $"{type.tp_name}() takes an at least {Visible}-sequence ({len}-sequence given)"
                : $"{type.tp_name}() takes an at most {s_fields.Length}-sequence ({len}-sequence given)");
        }
        var all = new PyObject[s_fields.Length];
        for (int i = 0; i < all.Length; i++)
        {
            PyObject? v = i < len ? items.Items[i] : ((PyDict?)dict)?.GetItemString(s_fields[i]);
            all[i] = Py.NewRef(v ?? PyNone.None);
        }
        Py.DECREF(items);
        return Make(all);
    }

    /// <summary>structseq_reduce: (type, (nine items, {tm_zone: ..., tm_gmtoff: ...})).</summary>
    static PyObject? Reduce(PyObject self)
    {
        var s = (StructTimeObject)self;
        var visible = PyTuple.FromBorrowed(s.Items);
        var dict = PyDict.New();
        for (int i = 0; i < s.Hidden.Length; i++) dict.SetItemString(s_fields[Visible + i], s.Hidden[i]);
        return PyTuple.FromStolen([Py.NewRef<PyObject>(self.ob_type), PyTuple.FromStolen([visible, dict])]);
    }

    /// <summary>tmtotuple: a struct_time of a struct tm (Python's year, month 1-12, Monday 0, day of year 1-366).</summary>
    public static PyObject FromTm(in TimeLibc.Tm tm)
    {
        string? zone = tm.tm_zone == IntPtr.Zero ? null : System.Runtime.InteropServices.Marshal.PtrToStringUTF8(tm.tm_zone);
        return Make([
            PyLong.FromLong(tm.tm_year + 1900L), PyLong.FromLong(tm.tm_mon + 1), PyLong.FromLong(tm.tm_mday),
            PyLong.FromLong(tm.tm_hour), PyLong.FromLong(tm.tm_min), PyLong.FromLong(tm.tm_sec),
            PyLong.FromLong((tm.tm_wday + 6) % 7), PyLong.FromLong(tm.tm_yday + 1), PyLong.FromLong(tm.tm_isdst),
            zone == null ? PyNone.None : PyUnicode.FromString(zone), PyLong.FromLong(tm.tm_gmtoff)]);
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
        if (t is StructTimeObject s)
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

/// <summary>A struct_time: its nine items, and tm_zone and tm_gmtoff (owned).</summary>
internal sealed class StructTimeObject(PyType type, PyObject[] items, PyObject[] hidden) : PyTuple(type, items)
{
    public readonly PyObject[] Hidden = hidden;

    protected internal override void ReleaseReferences()
    {
        for (int i = Hidden.Length - 1; i >= 0; i--)
        {
            var o = Hidden[i];
            Hidden[i] = null!;
            if (o != null) Py.DECREF(o);
        }
        base.ReleaseReferences();
    }

    protected internal override void Traverse(Visitor visit)
    {
        foreach (var o in Hidden) if (o != null) visit(o);
        base.Traverse(visit);
    }
}

/// <summary>tm_zone / tm_gmtoff: a read-only member past the tuple's items.</summary>
[PyType("member_descriptor")]
internal sealed partial class StructTimeHiddenField : PyObject
{
    readonly PyType _owner;
    readonly string _name;
    readonly int _index;

    public StructTimeHiddenField(PyType owner, string name, int index) : base(Type)
    {
        _owner = owner;
        _name = name;
        _index = index;
        SetImmortal();
    }

    [PySlot("tp_descr_get")]
    static PyObject? Get(PyObject self, PyObject? obj, PyObject? type)
    {
        var f = (StructTimeHiddenField)self;
        if (obj == null) return Py.NewRef(self);
        return Py.NewRef(((StructTimeObject)obj).Hidden[f._index]);
    }

    [PySlot("tp_descr_set")]
    static int Set(PyObject self, PyObject obj, PyObject? value)
    {
        Errors.SetString(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var f = (StructTimeHiddenField)self;
        return PyUnicode.FromString($"<member '{f._name}' of '{f._owner.tp_name}' objects>");
    }
}
