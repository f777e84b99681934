using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `typing.ParamSpec` (Objects/typevarobject.c): made by `def f[**P]()` or
/// `ParamSpec(name, *, bound=None, default=NoDefault, covariant=False, contravariant=False, infer_variance=False)`.
/// </summary>
[PyType("typing.ParamSpec")]
public sealed partial class PyParamSpec : PyTypeParam
{
    PyObject? _bound;

    PyParamSpec(PyObject name) : base(Type, name) { }

    /// <summary>INTRINSIC_PARAMSPEC.</summary>
    public static PyParamSpec FromSyntax(PyObject name) => new(name) { InferVariance = true };

    static readonly ArgParse.Parser NewParser = new("paramspec", 0, ["name", "bound", "default", "covariant", "contravariant", "infer_variance"], 1, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        var name = a[0]!;
        if (!CheckName("paramspec", name)) return null;
        if (!ToBool(a[3], out bool covariant) || !ToBool(a[4], out bool contravariant) || !ToBool(a[5], out bool inferVariance)) return null;
        if (!CheckVariance(covariant, contravariant, inferVariance)) return null;
        var bound = a[1] == Py.None ? null : a[1];
        if (bound != null)
        {
            bound = TypingSupport.TypeCheck(bound, "Bound must be a type.");
            if (bound == null) return null;
        }
        var ps = new PyParamSpec(name)
        {
            _bound = bound,
            DefaultValue = Py.NewRef(a[2] ?? PyNoDefault.Instance),
            Covariant = covariant,
            Contravariant = contravariant,
            InferVariance = inferVariance,
        };
        var module = TypingSupport.Caller();
        ps.SetModule(module);
        Py.DECREF(module);
        return ps;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => ((PyParamSpec)self).VarianceRepr();

    [PyGetter("__name__")] static PyObject? GetName(PyParamSpec self) => Py.NewRef(self.Name);
    [PySetter("__name__")] static int SetName(PyParamSpec self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__bound__")] static PyObject? GetBound(PyParamSpec self) => Py.NewRef(self._bound ?? Py.None);
    [PySetter("__bound__")] static int SetBound(PyParamSpec self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__covariant__")] static PyObject? GetCovariant(PyParamSpec self) => Py.NewBool(self.Covariant);
    [PySetter("__covariant__")] static int SetCovariant(PyParamSpec self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__contravariant__")] static PyObject? GetContravariant(PyParamSpec self) => Py.NewBool(self.Contravariant);
    [PySetter("__contravariant__")] static int SetContravariant(PyParamSpec self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__infer_variance__")] static PyObject? GetInferVariance(PyParamSpec self) => Py.NewBool(self.InferVariance);
    [PySetter("__infer_variance__")] static int SetInferVariance(PyParamSpec self, PyObject? v) => ReadOnlyMember();

    [PyGetter("args", Doc = "Represents positional arguments.")]
    static PyObject? GetArgs(PyParamSpec self) => new PyParamSpecArgs(PyParamSpecArgs.Type, self);

    [PyGetter("kwargs", Doc = "Represents keyword arguments.")]
    static PyObject? GetKwargs(PyParamSpec self) => new PyParamSpecKwargs(PyParamSpecKwargs.Type, self);

    [PyGetter("__default__", Doc = "The default value for this ParamSpec.")]
    static PyObject? GetDefault(PyParamSpec self) => self.GetDefaultValue();

    [PyGetter("evaluate_default")] static PyObject? GetEvaluateDefault(PyParamSpec self) => self.GetEvaluateDefaultValue();
    [PyMethod("has_default")] static PyObject? HasDefaultMethod(PyParamSpec self) => Py.NewBool(self.HasDefault);

    /// <summary>Unions of ParamSpecs mean nothing, but typing.py allowed them, so CPython does.</summary>
    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => PyUnion.MakeUnion(a, b);

    [PyMethod("__typing_subst__")]
    static PyObject? TypingSubst(PyParamSpec self, PyObject arg) => TypingSupport.CallTypingFunc("_paramspec_subst", self, arg);

    [PyMethod("__typing_prepare_subst__")]
    static PyObject? TypingPrepareSubst(PyParamSpec self, PyObject alias, PyObject args)
        => TypingSupport.CallTypingFunc("_paramspec_prepare_subst", self, alias, args);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyParamSpec self) => Py.NewRef(self.Name);

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyParamSpec self, PyObject bases)
        => Errors.SetString(PyExc.TypeError, "Cannot subclass an instance of ParamSpec");

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (_bound != null) visit(_bound);
    }

    protected internal override void Clear()
    {
        base.Clear();
        Py.CLEAR(ref _bound);
    }
}

/// <summary>What ParamSpecArgs and ParamSpecKwargs share (paramspecattrobject): the ParamSpec they come from.</summary>
public abstract partial class PyParamSpecAttr : PyObject, IWeakReferenceable
{
    public PyObject? Origin;
    public PyWeakReference? WeakRefList { get; set; }

    protected PyParamSpecAttr(PyType type, PyObject origin) : base(type) { Origin = Py.NewRef(origin); }

    /// <summary>"P.args": the ParamSpec's name, else the origin's repr.</summary>
    protected PyObject? AttrRepr(string suffix)
    {
        if (Origin is PyParamSpec ps && ps.ob_type == PyParamSpec.Type)
            return PyUnicode.FromString(((PyUnicode)ps.Name).Value + suffix);
        var r = Abstract.ReprString(Origin ?? Py.None);
        return r == null ? null : PyUnicode.FromString(r + suffix);
    }

    /// <summary>paramspecattr_richcompare: equal when of the same type with equal origins.</summary>
    protected static PyObject? Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a.ob_type != b.ob_type || op != CompareOp.Eq && op != CompareOp.Ne)
            return Py.NotImplemented;
        return Abstract.RichCompare(((PyParamSpecAttr)a).Origin ?? Py.None, ((PyParamSpecAttr)b).Origin ?? Py.None, op);
    }

    protected static int ReadOnly()
    {
        Errors.SetString(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    protected internal override void Traverse(Visitor visit)
    {
        if (Origin != null) visit(Origin);
    }

    protected internal override void Clear() => Py.CLEAR(ref Origin);

    protected internal override void ReleaseReferences() => Clear();
}

/// <summary>`typing.ParamSpecArgs`: `P.args`.</summary>
[PyType("typing.ParamSpecArgs")]
public sealed partial class PyParamSpecArgs : PyParamSpecAttr
{
    public PyParamSpecArgs(PyType type, PyObject origin) : base(type, origin) { }

    static readonly ArgParse.Parser NewParser = new("paramspecargs", 0, ["origin"], 1, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        return new PyParamSpecArgs(type, a[0]!);
    }

    [PySlot("tp_repr")] static PyObject? Repr(PyObject self) => ((PyParamSpecArgs)self).AttrRepr(".args");
    [PySlot("tp_richcompare")] static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op) => Compare(a, b, op);
    [PyGetter("__origin__")] static PyObject? GetOrigin(PyParamSpecArgs self) => Py.NewRef(self.Origin ?? Py.None);
    [PySetter("__origin__")] static int SetOrigin(PyParamSpecArgs self, PyObject? v) => ReadOnly();

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyParamSpecArgs self, PyObject bases)
        => Errors.SetString(PyExc.TypeError, "Cannot subclass an instance of ParamSpecArgs");
}

/// <summary>`typing.ParamSpecKwargs`: `P.kwargs`.</summary>
[PyType("typing.ParamSpecKwargs")]
public sealed partial class PyParamSpecKwargs : PyParamSpecAttr
{
    public PyParamSpecKwargs(PyType type, PyObject origin) : base(type, origin) { }

    static readonly ArgParse.Parser NewParser = new("paramspeckwargs", 0, ["origin"], 1, 1, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        return new PyParamSpecKwargs(type, a[0]!);
    }

    [PySlot("tp_repr")] static PyObject? Repr(PyObject self) => ((PyParamSpecKwargs)self).AttrRepr(".kwargs");
    [PySlot("tp_richcompare")] static PyObject? RichCompare(PyObject a, PyObject b, CompareOp op) => Compare(a, b, op);
    [PyGetter("__origin__")] static PyObject? GetOrigin(PyParamSpecKwargs self) => Py.NewRef(self.Origin ?? Py.None);
    [PySetter("__origin__")] static int SetOrigin(PyParamSpecKwargs self, PyObject? v) => ReadOnly();

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyParamSpecKwargs self, PyObject bases)
        => Errors.SetString(PyExc.TypeError, "Cannot subclass an instance of ParamSpecKwargs");
}
