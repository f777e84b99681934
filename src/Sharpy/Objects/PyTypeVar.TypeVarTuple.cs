using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>`typing.TypeVarTuple` (Objects/typevarobject.c): made by `def f[*Ts]()` or `TypeVarTuple(name, *, default=NoDefault)`.</summary>
[PyType("typing.TypeVarTuple")]
public sealed partial class PyTypeVarTuple : PyTypeParam
{
    PyTypeVarTuple(PyObject name) : base(Type, name) { }

    /// <summary>INTRINSIC_TYPEVARTUPLE.</summary>
    public static PyTypeVarTuple FromSyntax(PyObject name) => new(name);

    static readonly ArgParse.Parser NewParser = new("typevartuple", 0, ["name", "default"], 1, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        var name = a[0]!;
        if (!CheckName("typevartuple", name)) return null;
        var tvt = new PyTypeVarTuple(name) { DefaultValue = Py.NewRef(a[1] ?? PyNoDefault.Instance) };
        var module = TypingSupport.Caller();
        tvt.SetModule(module);
        Py.DECREF(module);
        return tvt;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => Py.NewRef(((PyTypeVarTuple)self).Name);

    /// <summary>`*Ts`: iterating yields Unpack[Ts] once.</summary>
    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => TypingSupport.UnpackIter(self);

    [PyGetter("__name__")] static PyObject? GetName(PyTypeVarTuple self) => Py.NewRef(self.Name);
    [PySetter("__name__")] static int SetName(PyTypeVarTuple self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__default__", Doc = "The default value for this TypeVarTuple.")]
    static PyObject? GetDefault(PyTypeVarTuple self) => self.GetDefaultValue();
    [PyGetter("evaluate_default")] static PyObject? GetEvaluateDefault(PyTypeVarTuple self) => self.GetEvaluateDefaultValue();
    [PyMethod("has_default")] static PyObject? HasDefaultMethod(PyTypeVarTuple self) => Py.NewBool(self.HasDefault);

    [PyMethod("__typing_subst__")]
    static PyObject? TypingSubst(PyTypeVarTuple self, PyObject arg)
        => Errors.SetString(PyExc.TypeError, "Substitution of bare TypeVarTuple is not supported");

    [PyMethod("__typing_prepare_subst__")]
    static PyObject? TypingPrepareSubst(PyTypeVarTuple self, PyObject alias, PyObject args)
        => TypingSupport.CallTypingFunc("_typevartuple_prepare_subst", self, alias, args);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyTypeVarTuple self) => Py.NewRef(self.Name);

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyTypeVarTuple self, PyObject bases)
        => Errors.SetString(PyExc.TypeError, "Cannot subclass an instance of TypeVarTuple");
}
