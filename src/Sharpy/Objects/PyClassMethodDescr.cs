using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `classmethod_descriptor` (Objects/descrobject.c): a builtin type's class method in its dict
/// (dict.fromkeys, int.from_bytes). Binding it gives a builtin method bound to the class it is
/// looked up through; calling it unbound takes that class first. Either way the class must be
/// the owner or a subclass of it.
/// </summary>
[PyType("classmethod_descriptor", Base = typeof(PyBaseObject))]
public sealed partial class PyClassMethodDescr : PyMethodDescr
{
    public PyClassMethodDescr(PyType owner, string name, BuiltinImpl impl, string? doc, bool keywordDict = false)
        : base(Type, owner, name, impl, doc, keywordDict) { }

    /// <summary>classmethod_get's checks: the class to bind to, or null with CPython's TypeError for anything else.</summary>
    PyType? CheckClass(PyObject cls)
    {
        if (cls is not PyType t)
            return (PyType?)Errors.SetString(PyExc.TypeError, $"descriptor '{Name}' for type '{Owner.tp_name}' needs a type, not a '{cls.ob_type.tp_name}' as arg 2");
        if (Abstract.IsSubtype(t, Owner)) return t;
        return (PyType?)Errors.SetString(PyExc.TypeError, $"descriptor '{Name}' requires a subtype of '{Owner.tp_name}' but received '{t.tp_name}'");
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject descr, PyObject? obj, PyObject? type)
    {
        var d = (PyClassMethodDescr)descr;
        if (type == null)
        {
            if (obj == null)
                return Errors.SetString(PyExc.TypeError, $"descriptor '{d.Name}' for type '{d.Owner.tp_name}' needs either an object or a type");
            type = obj.ob_type;
        }
        var cls = d.CheckClass(type);
        return cls == null ? null : new PyCFunction(d.Name, d.QualName, d.Impl, Py.NewRef(cls), d.Doc, d.KeywordDict);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var d = (PyClassMethodDescr)callable;
        if (args.Length - (kwnames?.Count ?? 0) < 1)
            return Errors.SetString(PyExc.TypeError, $"descriptor '{d.Name}' of '{d.Owner.tp_name}' object needs an argument");
        // (classmethoddescr_call binds through classmethod_get, with its checks.)
        var cls = d.CheckClass(args[0].AsBorrowed);
        return cls == null ? null : d.Impl(cls, args[1..], kwnames);
    }

    [PyGetter("__name__")] static PyObject? GetName(PyClassMethodDescr d) => PyUnicode.FromString(d.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyClassMethodDescr d) => PyUnicode.FromString(d.QualName);
    [PyGetter("__objclass__")] static PyObject? GetObjClass(PyClassMethodDescr d) => Py.NewRef(d.Owner);
    [PyGetter("__doc__")] static PyObject? GetDoc(PyClassMethodDescr d) => BuiltinDoc.Doc(d.Name, d.Doc);
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyClassMethodDescr d) => BuiltinDoc.TextSignature(d.Name, d.Doc);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyClassMethodDescr)o;
        return PyUnicode.FromString($"<method '{d.Name}' of '{d.Owner.tp_name}' objects>");
    }
}
