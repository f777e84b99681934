using System;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// Struct sequences (Objects/structseq.c): tuple subclasses whose items also have names,
/// such as sys.version_info. Each type is made at start-up with its field names.
/// </summary>
public static class StructSeq
{
    /// <summary>
    /// A struct sequence type. Only the first <paramref name="visible"/> fields (all by
    /// default) are items of the tuple; the others are attributes only, as time.struct_time's
    /// tm_zone and tm_gmtoff. With <paramref name="constructible"/> the type can be called
    /// with a sequence (and a dict for the fields past it), as CPython's structseq_new.
    /// </summary>
    public static PyType NewType(string name, string[] fields, int visible = -1, bool constructible = false)
    {
        if (visible < 0) visible = fields.Length;
        var t = TypeReady.NewStaticType(name, typeof(StructSeqObject), PyTuple.Type, false, null);
        t.tp_dict = PyDict.New();
        for (int i = 0; i < fields.Length; i++)
            t.tp_dict.SetItemString(fields[i], new PyStructSeqField(t, fields[i], i));
        t.tp_dict.SetItemStringSteal("n_sequence_fields", PyLong.FromLong(visible));
        t.tp_dict.SetItemStringSteal("n_fields", PyLong.FromLong(fields.Length));
        t.tp_dict.SetItemStringSteal("n_unnamed_fields", PyLong.FromLong(0));
        t.tp_repr = o => Repr(o, fields);
        if (constructible) t.tp_new = (type, args, kwnames) => New(type, args, kwnames, fields, visible);
        t.tp_dict.SetItemString("__reduce__", new PyMethodDescr(t, "__reduce__", (self, args, kwnames) => Reduce(self!, fields), null));
        TypeReady.Ready(t);
        return t;
    }

    /// <summary>An instance; <paramref name="items"/> (stolen) holds every field, the hidden ones last.</summary>
    public static PyTuple New(PyType type, params PyObject[] items)
    {
        long visible = SequenceFields(type);
        if (visible >= items.Length) return new StructSeqObject(type, items, []);
        return new StructSeqObject(type, items[..(int)visible], items[(int)visible..]);
    }

    static long SequenceFields(PyType type)
        => type.tp_dict!.GetItemString("n_sequence_fields") is PyLong l && l.TryGetLong(out long v) ? v : long.MaxValue;

    static readonly string[] s_newKeywords = ["sequence", "dict"];

    /// <summary>structseq_new: type(sequence, dict={}).</summary>
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames, string[] fields, int visible)
    {
        int nargs = ArgParse.NArgs(args, kwnames);
        PyObject? seq = null, dict = null;
        for (int i = 0; i < nargs; i++)
        {
            if (i == 0) seq = args[i].AsBorrowed;
            else if (i == 1) dict = args[i].AsBorrowed;
            else return Errors.SetString(PyExc.TypeError, $"{type.tp_name}() takes at most 2 arguments ({nargs} given)");
        }
        for (int k = 0; k < (kwnames?.Count ?? 0); k++)
        {
            var kw = ((PyUnicode)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(s_newKeywords, kw);
            if (idx < 0) return Errors.SetString(PyExc.TypeError, $"{type.tp_name}() got an unexpected keyword argument '{kw}'");
            if (idx == 0) seq = args[nargs + k].AsBorrowed; else dict = args[nargs + k].AsBorrowed;
        }
        if (seq == null) return Errors.SetString(PyExc.TypeError, $"{type.tp_name}() missing required argument 'sequence' (pos 1)");
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
        string? error = null;
        if (len < visible)
            error = visible == fields.Length
                ? $"{type.tp_name}() takes a {visible}-sequence ({len}-sequence given)"
                : $"{type.tp_name}() takes an at least {visible}-sequence ({len}-sequence given)";
        else if (len > fields.Length)
            error = visible == fields.Length
                ? $"{type.tp_name}() takes a {visible}-sequence ({len}-sequence given)"
                : $"{type.tp_name}() takes an at most {fields.Length}-sequence ({len}-sequence given)";
        if (error != null)
        {
            Py.DECREF(items);
            return Errors.SetString(PyExc.TypeError, error);
        }
        var all = new PyObject[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            PyObject? v = i < len ? items.Items[i] : (PyObject?)((PyDict?)dict)?.GetItemString(fields[i]);
            all[i] = Py.NewRef(v ?? PyNone.None);
        }
        Py.DECREF(items);
        return new StructSeqObject(type, all[..visible], all[visible..]);
    }

    /// <summary>__reduce__: (type, (visible items), {hidden field: value}).</summary>
    static PyObject? Reduce(PyObject self, string[] fields)
    {
        var s = (StructSeqObject)self;
        var visible = PyTuple.FromBorrowed(s.Items);
        var dict = PyDict.New();
        for (int i = 0; i < s.Hidden.Length; i++) dict.SetItemString(fields[s.Count + i], s.Hidden[i]);
        return PyTuple.FromStolen([Py.NewRef<PyObject>(self.ob_type), PyTuple.FromStolen([visible, dict])]);
    }

    static PyObject? Repr(PyObject o, string[] fields)
    {
        var t = (PyTuple)o;
        var sb = new StringBuilder(o.ob_type.tp_name).Append('(');
        for (int i = 0; i < fields.Length && i < t.Count; i++)
        {
            var r = Abstract.ReprString(t.Items[i]);
            if (r == null) return null;
            if (i > 0) sb.Append(", ");
            sb.Append(fields[i]).Append('=').Append(r);
        }
        return PyUnicode.FromString(sb.Append(')').ToString());
    }
}

/// <summary>A struct sequence instance: the tuple of its visible fields, and the fields past them.</summary>
public sealed class StructSeqObject : PyTuple
{
    /// <summary>The fields that are attributes only (owned).</summary>
    public readonly PyObject[] Hidden;

    public StructSeqObject(PyType type, PyObject[] items, PyObject[] hidden) : base(type, items) => Hidden = hidden;

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

/// <summary>A struct sequence field: reads one item of the tuple (a member descriptor in CPython).</summary>
[PyType("member_descriptor")]
public sealed partial class PyStructSeqField : PyObject
{
    readonly PyType _owner;
    readonly string _name;
    readonly int _index;

    public PyStructSeqField(PyType owner, string name, int index) : base(Type)
    {
        _owner = owner;
        _name = name;
        _index = index;
        SetImmortal();
    }

    [PySlot("tp_descr_get")]
    static PyObject? Get(PyObject self, PyObject? obj, PyObject? type)
    {
        var f = (PyStructSeqField)self;
        if (obj == null) return Py.NewRef(self);
        var t = (PyTuple)obj;
        return Py.NewRef(f._index < t.Count ? t.Items[f._index] : ((StructSeqObject)t).Hidden[f._index - t.Count]);
    }

    [PySlot("tp_descr_set")]
    static int Set(PyObject self, PyObject obj, PyObject? value)
    {
        var f = (PyStructSeqField)self;
        Errors.SetString(PyExc.AttributeError, $"readonly attribute");
        return -1;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var f = (PyStructSeqField)self;
        return PyUnicode.FromString($"<member '{f._name}' of '{f._owner.tp_name}' objects>");
    }
}
