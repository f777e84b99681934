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
    public static PyType NewType(string name, string[] fields)
    {
        var t = TypeReady.NewStaticType(name, typeof(PyTuple), PyTuple.Type, false, null);
        t.tp_dict = PyDict.New();
        for (int i = 0; i < fields.Length; i++)
            t.tp_dict.SetItemString(fields[i], new PyStructSeqField(t, fields[i], i));
        t.tp_dict.SetItemString("n_sequence_fields", PyLong.FromLong(fields.Length));
        t.tp_dict.SetItemString("n_fields", PyLong.FromLong(fields.Length));
        t.tp_repr = o => Repr(o, fields);
        TypeReady.Ready(t);
        return t;
    }

    public static PyTuple New(PyType type, params PyObject[] items) => new(type, items);

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
        return Py.NewRef(((PyTuple)obj).Items[f._index]);
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
