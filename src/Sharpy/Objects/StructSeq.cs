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
    /// <summary>A struct sequence type; only the first <paramref name="nSequence"/> fields (all by
    /// default) are items of the tuple, the others are attributes only (n_sequence_fields).</summary>
    public static PyType NewType(string name, string[] fields, int nSequence = -1)
    {
        if (nSequence < 0) nSequence = fields.Length;
        var t = TypeReady.NewStaticType(name, typeof(PyTuple), PyTuple.Type, false, null);
        t.tp_dict = PyDict.New();
        for (int i = 0; i < fields.Length; i++)
            t.tp_dict.SetItemString(fields[i], new PyStructSeqField(t, fields[i], i));
        t.tp_dict.SetItemString("n_sequence_fields", PyLong.FromLong(nSequence));
        t.tp_dict.SetItemString("n_fields", PyLong.FromLong(fields.Length));
        t.tp_dict.SetItemString("n_unnamed_fields", PyLong.FromLong(0));
        t.tp_repr = o => Repr(o, fields);
        TypeReady.Ready(t);
        return t;
    }

    /// <summary>An instance holding (stealing) the values of all the fields, in order.</summary>
    public static PyTuple New(PyType type, params PyObject[] items)
    {
        int nSequence = type.tp_dict.GetItemString("n_sequence_fields") is PyLong n && Abstract.AsSsize(n, null) is var k && k >= 0 ? (int)k : items.Length;
        if (nSequence >= items.Length) return new PyTuple(type, items);
        return new PyStructSeqObject(type, items[..nSequence], items[nSequence..]);
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
        if (f._index < t.Count) return Py.NewRef(t.Items[f._index]);
        return Py.NewRef(((PyStructSeqObject)t).Hidden[f._index - t.Count]);
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

/// <summary>A struct sequence with fields past n_sequence_fields, which are not items of the tuple.</summary>
public sealed class PyStructSeqObject : PyTuple
{
    public readonly PyObject[] Hidden;

    public PyStructSeqObject(PyType type, PyObject[] items, PyObject[] hidden) : base(type, items) { Hidden = hidden; }

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        foreach (var o in Hidden) if (o != null) visit(o);
    }

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        for (int i = 0; i < Hidden.Length; i++)
        {
            var o = Hidden[i];
            Hidden[i] = null!;
            if (o != null) Py.DECREF(o);
        }
    }
}
