using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// What TypeVar, ParamSpec and TypeVarTuple share (Objects/typevarobject.c): a name, and a
/// default given eagerly or (PEP 695/696 syntax) by an evaluate function called on first use.
/// </summary>
public abstract partial class PyTypeParam : PyObject
{
    public PyObject Name;
    protected PyObject? DefaultValue, EvaluateDefault;
    public bool InferVariance;

    protected PyTypeParam(PyType type, PyObject name) : base(type) { Name = Py.NewRef(name); }

    /// <summary>SET_TYPEPARAM_DEFAULT: the default becomes lazily evaluated.</summary>
    public void SetEvaluateDefault(PyObject evaluate) => Py.SETREF(ref EvaluateDefault, Py.NewRef(evaluate));

    /// <summary>Call an evaluate function as the compiler made it: with the VALUE format (1).</summary>
    protected static PyObject? Evaluate(PyObject evaluate)
    {
        var one = PyLong.FromLong(1);
        var r = Calls.CallOneArg(evaluate, one);
        Py.DECREF(one);
        return r;
    }

    /// <summary>__default__: NoDefault when there is none.</summary>
    protected PyObject? GetDefaultValue()
    {
        if (DefaultValue == null && EvaluateDefault != null)
        {
            DefaultValue = Evaluate(EvaluateDefault);
            if (DefaultValue == null) return null;
        }
        return Py.NewRef(DefaultValue ?? PyNoDefault.Instance);
    }

    protected bool HasDefault => DefaultValue != null || EvaluateDefault != null;

    protected internal override void Traverse(Visitor visit)
    {
        visit(Name);
        if (DefaultValue != null) visit(DefaultValue);
        if (EvaluateDefault != null) visit(EvaluateDefault);
    }

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(Name);
        Py.CLEAR(ref DefaultValue);
        Py.CLEAR(ref EvaluateDefault);
    }
}

/// <summary>`typing.TypeVar`: made by `def f[T]()`, `[T: int]` (lazy bound) or `[T: (int, str)]` (lazy constraints).</summary>
[PyType("typing.TypeVar")]
public sealed partial class PyTypeVar : PyTypeParam
{
    PyObject? _bound, _evaluateBound, _constraints, _evaluateConstraints;
    public bool Covariant, Contravariant;

    PyTypeVar(PyObject name) : base(Type, name) { }

    /// <summary>INTRINSIC_TYPEVAR / TYPEVAR_WITH_BOUND / TYPEVAR_WITH_CONSTRAINTS: variance inferred.</summary>
    public static PyTypeVar FromSyntax(PyObject name, PyObject? evaluateBound, PyObject? evaluateConstraints)
        => new(name) { InferVariance = true, _evaluateBound = Py.XNewRef(evaluateBound), _evaluateConstraints = Py.XNewRef(evaluateConstraints) };

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var tv = (PyTypeVar)self;
        var name = ((PyUnicode)tv.Name).Value;
        if (tv.InferVariance) return PyUnicode.FromString(name);
        return PyUnicode.FromString((tv.Covariant ? "+" : tv.Contravariant ? "-" : "~") + name);
    }

    [PyGetter("__name__")] static PyObject? GetName(PyTypeVar self) => Py.NewRef(self.Name);
    [PyGetter("__covariant__")] static PyObject? GetCovariant(PyTypeVar self) => Py.NewBool(self.Covariant);
    [PyGetter("__contravariant__")] static PyObject? GetContravariant(PyTypeVar self) => Py.NewBool(self.Contravariant);
    [PyGetter("__infer_variance__")] static PyObject? GetInferVariance(PyTypeVar self) => Py.NewBool(self.InferVariance);
    [PyGetter("__default__")] static PyObject? GetDefault(PyTypeVar self) => self.GetDefaultValue();
    [PyGetter("evaluate_bound")] static PyObject? GetEvaluateBound(PyTypeVar self) => Py.NewRef(self._evaluateBound ?? PyNone.None);
    [PyGetter("evaluate_constraints")] static PyObject? GetEvaluateConstraints(PyTypeVar self) => Py.NewRef(self._evaluateConstraints ?? PyNone.None);
    [PyGetter("evaluate_default")] static PyObject? GetEvaluateDefault(PyTypeVar self) => Py.NewRef(self.EvaluateDefault ?? PyNone.None);
    [PyMethod("has_default")] static PyObject? HasDefaultMethod(PyTypeVar self) => Py.NewBool(self.HasDefault);

    [PyGetter("__bound__")]
    static PyObject? GetBound(PyTypeVar self)
    {
        if (self._bound == null && self._evaluateBound != null)
        {
            self._bound = Evaluate(self._evaluateBound);
            if (self._bound == null) return null;
        }
        return Py.NewRef(self._bound ?? PyNone.None);
    }

    [PyGetter("__constraints__")]
    static PyObject? GetConstraints(PyTypeVar self)
    {
        if (self._constraints == null && self._evaluateConstraints != null)
        {
            self._constraints = Evaluate(self._evaluateConstraints);
            if (self._constraints == null) return null;
        }
        return Py.NewRef(self._constraints ?? PyTuple.Empty);
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => PyUnion.FromItems(new[] { a, b });

    [PyMethod("__mro_entries__")]
    static PyObject? MroEntries(PyTypeVar self, PyObject bases)
        => Errors.SetString(PyExc.TypeError, "Cannot subclass an instance of TypeVar");

    protected internal override void Traverse(Visitor visit)
    {
        base.Traverse(visit);
        if (_bound != null) visit(_bound);
        if (_evaluateBound != null) visit(_evaluateBound);
        if (_constraints != null) visit(_constraints);
        if (_evaluateConstraints != null) visit(_evaluateConstraints);
    }

    protected internal override void ReleaseReferences()
    {
        base.ReleaseReferences();
        Py.CLEAR(ref _bound);
        Py.CLEAR(ref _evaluateBound);
        Py.CLEAR(ref _constraints);
        Py.CLEAR(ref _evaluateConstraints);
    }
}

/// <summary>`typing.ParamSpec`: made by `def f[**P]()`.</summary>
[PyType("typing.ParamSpec")]
public sealed partial class PyParamSpec : PyTypeParam
{
    PyParamSpec(PyObject name) : base(Type, name) { }

    /// <summary>INTRINSIC_PARAMSPEC.</summary>
    public static PyParamSpec FromSyntax(PyObject name) => new(name) { InferVariance = true };

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var p = (PyParamSpec)self;
        var name = ((PyUnicode)p.Name).Value;
        return PyUnicode.FromString(p.InferVariance ? name : "~" + name);
    }

    [PyGetter("__name__")] static PyObject? GetName(PyParamSpec self) => Py.NewRef(self.Name);
    [PyGetter("__bound__")] static PyObject? GetBound(PyParamSpec self) => Py.NewRef(PyNone.None);
    [PyGetter("__default__")] static PyObject? GetDefault(PyParamSpec self) => self.GetDefaultValue();
    [PyGetter("evaluate_default")] static PyObject? GetEvaluateDefault(PyParamSpec self) => Py.NewRef(self.EvaluateDefault ?? PyNone.None);
    [PyMethod("has_default")] static PyObject? HasDefaultMethod(PyParamSpec self) => Py.NewBool(self.HasDefault);

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => PyUnion.FromItems(new[] { a, b });
}

/// <summary>`typing.TypeVarTuple`: made by `def f[*Ts]()`.</summary>
[PyType("typing.TypeVarTuple")]
public sealed partial class PyTypeVarTuple : PyTypeParam
{
    PyTypeVarTuple(PyObject name) : base(Type, name) { }

    /// <summary>INTRINSIC_TYPEVARTUPLE.</summary>
    public static PyTypeVarTuple FromSyntax(PyObject name) => new(name);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => Py.NewRef(((PyTypeVarTuple)self).Name);

    [PyGetter("__name__")] static PyObject? GetName(PyTypeVarTuple self) => Py.NewRef(self.Name);
    [PyGetter("__default__")] static PyObject? GetDefault(PyTypeVarTuple self) => self.GetDefaultValue();
    [PyGetter("evaluate_default")] static PyObject? GetEvaluateDefault(PyTypeVarTuple self) => Py.NewRef(self.EvaluateDefault ?? PyNone.None);
    [PyMethod("has_default")] static PyObject? HasDefaultMethod(PyTypeVarTuple self) => Py.NewBool(self.HasDefault);
}

/// <summary>`typing.NoDefault`: the `__default__` of a type parameter without one.</summary>
[PyType("typing.NoDefaultType")]
public sealed partial class PyNoDefault : PyObject
{
    static PyNoDefault? s_instance;
    /// <summary>Made on first use, once the type exists; immortal and shared, as None is.</summary>
    public static PyNoDefault Instance => s_instance ??= new();

    PyNoDefault() : base(Type) { SetImmortal(); }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => PyUnicode.FromString("typing.NoDefault");
}
