using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `wrapper_descriptor` (Objects/descrobject.c): `int.__add__`, `object.__repr__`: a slot of
/// a builtin type seen as a method. <see cref="SlotDefs"/> makes them.
/// </summary>
[PyType("wrapper_descriptor")]
public sealed partial class PyWrapperDescr : PyObject
{
    public readonly PyType Owner;
    public readonly string Name;
    public readonly SlotDef Def;
    /// <summary>The wrapped slot function of <see cref="Owner"/>.</summary>
    public readonly Delegate Wrapped;

    public PyWrapperDescr(PyType owner, SlotDef def, Delegate wrapped) : base(Type)
    {
        Owner = owner;
        Name = def.Name;
        Def = def;
        Wrapped = wrapped;
        SetImmortal();
    }

    [PySlot("tp_descr_get")]
    static PyObject? DescrGet(PyObject descr, PyObject? obj, PyObject? type)
    {
        var d = (PyWrapperDescr)descr;
        if (obj == null) return Py.NewRef(descr);
        if (!Abstract.TypeCheck(obj, d.Owner))
            return Errors.SetString(PyExc.TypeError, $"descriptor '{d.Name}' for '{d.Owner.tp_name}' objects doesn't apply to a '{obj.ob_type.tp_name}' object");
        return new PyMethodWrapper(d, obj);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var d = (PyWrapperDescr)callable;
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs < 1)
            return Errors.SetString(PyExc.TypeError, $"descriptor '{d.Name}' of '{d.Owner.tp_name}' object needs an argument");
        var self = args[0].AsBorrowed;
        if (!Abstract.TypeCheck(self, d.Owner))
            return Errors.SetString(PyExc.TypeError, $"descriptor '{d.Name}' requires a '{d.Owner.tp_name}' object but received a '{self.ob_type.tp_name}'");
        return SlotDefs.CallWrapper(d, self, args[1..], kwnames);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var d = (PyWrapperDescr)o;
        return PyUnicode.FromString($"<slot wrapper '{d.Name}' of '{d.Owner.tp_name}' objects>");
    }

    [PyGetter("__name__")] static PyObject? GetName(PyWrapperDescr d) => PyUnicode.FromString(d.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyWrapperDescr d) => PyUnicode.FromString(d.QualName);
    [PyGetter("__objclass__")] static PyObject? GetObjClass(PyWrapperDescr d) => Py.NewRef(d.Owner);
    [PyGetter("__doc__")] static PyObject? GetDoc(PyWrapperDescr d) => PyUnicode.FromString(d.Def.Doc);
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyWrapperDescr d) => d.TextSignature();

    /// <summary>descr_reduce: pickled as getattr(owner, name).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyWrapperDescr d) => PyCFunction.ReduceToGetattr(d.Owner, d.Name);

    /// <summary>The owner's __qualname__ and the dunder: `int.__add__`.</summary>
    internal string QualName => TypeAttrs.QualName(Owner) + "." + Name;

    /// <summary>__text_signature__ from the slot table (None for a row without one).</summary>
    internal PyObject TextSignature() => Def.TextSignature == null ? Py.None : PyUnicode.FromString(Def.TextSignature);
}

/// <summary>`method-wrapper`: a wrapper descriptor bound to an object (`(1).__add__`).</summary>
[PyType("method-wrapper")]
public sealed partial class PyMethodWrapper : PyObject
{
    public readonly PyWrapperDescr Descr;
    public PyObject? Self;

    public PyMethodWrapper(PyWrapperDescr descr, PyObject self) : base(Type)
    {
        Descr = descr;
        Self = Py.NewRef(self);
    }

    [PySlot("tp_call")]
    static PyObject? Call(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var w = (PyMethodWrapper)callable;
        return SlotDefs.CallWrapper(w.Descr, w.Self!, args, kwnames);
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var w = (PyMethodWrapper)o;
        return PyUnicode.FromString($"<method-wrapper '{w.Descr.Name}' of {w.Self!.ob_type.tp_name} object at 0x{Interpreter.IdOf(w.Self):x}>");
    }

    /// <summary>wrapper_richcompare: equal when the same descriptor is bound to the same object.</summary>
    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        if (op != CompareOp.Eq && op != CompareOp.Ne || a is not PyMethodWrapper wa || b is not PyMethodWrapper wb) return Py.NotImplemented;
        bool eq = wa.Descr == wb.Descr && wa.Self == wb.Self;
        return Py.NewBool(eq == (op == CompareOp.Eq));
    }

    /// <summary>wrapper_hash: self's identity hash mixed with the descriptor's.</summary>
    [PySlot("tp_hash")]
    static long Hash(PyObject o)
    {
        var w = (PyMethodWrapper)o;
        long x = Interpreter.HashPointer(w.Self!) ^ Interpreter.HashPointer(w.Descr);
        return x == -1 ? -2 : x;
    }

    [PyGetter("__name__")] static PyObject? GetName(PyMethodWrapper w) => PyUnicode.FromString(w.Descr.Name);
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyMethodWrapper w) => PyUnicode.FromString(w.Descr.QualName);
    [PyGetter("__objclass__")] static PyObject? GetObjClass(PyMethodWrapper w) => Py.NewRef(w.Descr.Owner);
    [PyGetter("__self__")] static PyObject? GetSelf(PyMethodWrapper w) => Py.NewRef(w.Self ?? Py.None);

    /// <summary>wrapper_reduce: pickled as getattr(self, name).</summary>
    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyMethodWrapper w) => PyCFunction.ReduceToGetattr(w.Self!, w.Descr.Name);
    [PyGetter("__doc__")] static PyObject? GetDoc(PyMethodWrapper w) => PyUnicode.FromString(w.Descr.Def.Doc);
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyMethodWrapper w) => w.Descr.TextSignature();

    protected internal override void ReleaseReferences() => Py.CLEAR(ref Self);

    protected internal override void Traverse(Visitor visit)
    {
        if (Self != null) visit(Self);
    }
}
