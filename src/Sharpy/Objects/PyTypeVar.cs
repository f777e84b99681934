using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// What TypeVar, ParamSpec and TypeVarTuple share (Objects/typevarobject.c): a name, a default
/// given eagerly (the constructor's `default=`, NoDefault when absent) or by an evaluate function
/// called on first use (PEP 695/696 syntax), and an instance dict (Py_TPFLAGS_MANAGED_DICT: the
/// constructor stores the caller's `__module__` there).
/// </summary>
public abstract partial class PyTypeParam : PyObject, IInstanceDict, IWeakReferenceable
{
    public PyObject Name;
    protected PyObject? DefaultValue, EvaluateDefault;
    public bool Covariant, Contravariant, InferVariance;
    public PyDict? Dict { get; set; }
    public PyWeakReference? WeakRefList { get; set; }

    protected PyTypeParam(PyType type, PyObject name) : base(type) { Name = Py.NewRef(name); }

    /// <summary>SET_TYPEPARAM_DEFAULT: the default becomes lazily evaluated.</summary>
    public void SetEvaluateDefault(PyObject evaluate) => Py.SETREF(ref EvaluateDefault, Py.NewRef(evaluate));

    /// <summary>
    /// Store the caller's module as `__module__` (typevar_alloc with a module): None too, for
    /// code whose globals name no module (exec), which then hides the type's 'typing'.
    /// </summary>
    protected void SetModule(PyObject module)
    {
        Dict ??= PyDict.New();
        Dict.SetItemString("__module__", module);
    }

    /// <summary>__default__: NoDefault when there is none; an evaluate function's result is kept.</summary>
    public PyObject? GetDefaultValue()
    {
        if (DefaultValue != null) return Py.NewRef(DefaultValue);
        if (EvaluateDefault == null) return PyNoDefault.Instance;
        var v = TypingSupport.Evaluate(EvaluateDefault);
        DefaultValue = Py.XNewRef(v);
        return v;
    }

    /// <summary>evaluate_default: the evaluate function, or one returning the eager default.</summary>
    protected PyObject? GetEvaluateDefaultValue()
    {
        if (EvaluateDefault != null) return Py.NewRef(EvaluateDefault);
        if (DefaultValue != null) return new PyConstEvaluator(DefaultValue);
        return Py.None;
    }

    protected bool HasDefault => EvaluateDefault != null || DefaultValue != null && DefaultValue != PyNoDefault.Instance;

    /// <summary>The repr of TypeVar and ParamSpec: the name, with its variance unless inferred.</summary>
    protected PyObject VarianceRepr()
    {
        if (InferVariance) return Py.NewRef(Name);
        return PyUnicode.FromString((Covariant ? "+" : Contravariant ? "-" : "~") + ((PyUnicode)Name).Value);
    }

    /// <summary>A Py_READONLY member's message on assignment.</summary>
    protected static int ReadOnlyMember()
    {
        Errors.SetString(PyExc.AttributeError, "readonly attribute");
        return -1;
    }

    /// <summary>The checks of the TypeVar and ParamSpec constructors on their variance flags.</summary>
    protected static bool CheckVariance(bool covariant, bool contravariant, bool inferVariance)
    {
        if (covariant && contravariant)
        {
            Errors.SetString(PyExc.ValueError, "Bivariant types are not supported.");
            return false;
        }
        if (inferVariance && (covariant || contravariant))
        {
            Errors.SetString(PyExc.ValueError, "Variance cannot be specified with infer_variance.");
            return false;
        }
        return true;
    }

    /// <summary>The constructors' `name: object(subclass_of=str)` check.</summary>
    protected static bool CheckName(string fname, PyObject name)
    {
        if (name is PyUnicode) return true;
        ArgParse.BadArgument(fname, "argument 'name'", "str", name);
        return false;
    }

    protected static bool ToBool(PyObject? o, out bool value)
    {
        value = false;
        return o == null || ArgParse.ToBool(o, out value);
    }

    protected internal override void Traverse(Visitor visit)
    {
        visit(Name);
        if (DefaultValue != null) visit(DefaultValue);
        if (EvaluateDefault != null) visit(EvaluateDefault);
        if (Dict != null) visit(Dict);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref DefaultValue);
        Py.CLEAR(ref EvaluateDefault);
        var d = Dict;
        Dict = null;
        Py.XDECREF(d);
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        Py.DECREF(Name);
    }
}

/// <summary>
/// `typing.TypeVar`: made by `def f[T]()`, `[T: int]` (lazy bound), `[T: (int, str)]` (lazy
/// constraints), or `TypeVar(name, *constraints, bound=, default=, covariant=, contravariant=, infer_variance=)`.
/// </summary>
[PyType("typing.TypeVar")]
public sealed partial class PyTypeVar : PyTypeParam
{
    PyObject? _bound, _evaluateBound, _constraints, _evaluateConstraints;

    PyTypeVar(PyObject name) : base(Type, name) { }

    /// <summary>INTRINSIC_TYPEVAR / TYPEVAR_WITH_BOUND / TYPEVAR_WITH_CONSTRAINTS: variance inferred.</summary>
    public static PyTypeVar FromSyntax(PyObject name, PyObject? evaluateBound, PyObject? evaluateConstraints)
        => new(name) { InferVariance = true, _evaluateBound = Py.XNewRef(evaluateBound), _evaluateConstraints = Py.XNewRef(evaluateConstraints) };

    static readonly ArgParse.Parser NewParser = new("typevar", 0, ["name", "bound", "default", "covariant", "contravariant", "infer_variance"], 1, 1, 0, varArgs: true);

    /// <summary>typevar_new: TypeVar(name, *constraints, bound=None, default=NoDefault, covariant=False, contravariant=False, infer_variance=False).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgParse.UnpackVar(args, kwnames, NewParser, a, out var constraints, out _)) return null;
        try
        {
            var name = a[0]!;
            if (!CheckName("typevar", name)) return null;
            if (!ToBool(a[3], out bool covariant) || !ToBool(a[4], out bool contravariant) || !ToBool(a[5], out bool inferVariance)) return null;
            if (!CheckVariance(covariant, contravariant, inferVariance)) return null;
            var bound = a[1] == Py.None ? null : a[1];
            if (bound != null)
            {
                bound = TypingSupport.TypeCheck(bound, "Bound must be a type.");
                if (bound == null) return null;
            }
            if (constraints.Count == 1 || constraints.Count > 1 && bound != null)
            {
                Py.XDECREF(bound);
                return Errors.SetString(PyExc.TypeError, constraints.Count == 1
                    ? "A single constraint is not allowed" : "Constraints cannot be combined with bound=...");
            }
            var tv = new PyTypeVar(name)
            {
                _bound = bound,
                _constraints = constraints.Count == 0 ? null : Py.NewRef(constraints),
                DefaultValue = Py.NewRef(a[2] ?? PyNoDefault.Instance),
                Covariant = covariant,
                Contravariant = contravariant,
                InferVariance = inferVariance,
            };
            var module = TypingSupport.Caller();
            tv.SetModule(module);
            Py.DECREF(module);
            return tv;
        }
        finally
        {
            Py.DECREF(constraints);
        }
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => ((PyTypeVar)self).VarianceRepr();

    [PyGetter("__name__")] static PyObject? GetName(PyTypeVar self) => Py.NewRef(self.Name);
    [PySetter("__name__")] static int SetName(PyTypeVar self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__covariant__")] static PyObject? GetCovariant(PyTypeVar self) => Py.NewBool(self.Covariant);
    [PySetter("__covariant__")] static int SetCovariant(PyTypeVar self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__contravariant__")] static PyObject? GetContravariant(PyTypeVar self) => Py.NewBool(self.Contravariant);
    [PySetter("__contravariant__")] static int SetContravariant(PyTypeVar self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__infer_variance__")] static PyObject? GetInferVariance(PyTypeVar self) => Py.NewBool(self.InferVariance);
    [PySetter("__infer_variance__")] static int SetInferVariance(PyTypeVar self, PyObject? v) => ReadOnlyMember();
    [PyGetter("__default__")] static PyObject? GetDefault(PyTypeVar self) => self.GetDefaultValue();
    [PyGetter("evaluate_default")] static PyObject? GetEvaluateDefault(PyTypeVar self) => self.GetEvaluateDefaultValue();
    [PyMethod("has_default")] static PyObject? HasDefaultMethod(PyTypeVar self) => Py.NewBool(self.HasDefault);

    [PyGetter("__bound__")]
    static PyObject? GetBound(PyTypeVar self)
    {
        if (self._bound != null) return Py.NewRef(self._bound);
        if (self._evaluateBound == null) return Py.None;
        var v = TypingSupport.Evaluate(self._evaluateBound);
        self._bound = Py.XNewRef(v);
        return v;
    }

    [PyGetter("__constraints__")]
    static PyObject? GetConstraints(PyTypeVar self)
    {
        if (self._constraints != null) return Py.NewRef(self._constraints);
        if (self._evaluateConstraints == null) return Py.NewRef(PyTuple.Empty);
        var v = TypingSupport.Evaluate(self._evaluateConstraints);
        self._constraints = Py.XNewRef(v);
        return v;
    }

    [PyGetter("evaluate_bound")]
    static PyObject? GetEvaluateBound(PyTypeVar self)
    {
        if (self._evaluateBound != null) return Py.NewRef(self._evaluateBound);
        if (self._bound != null) return new PyConstEvaluator(self._bound);
        return Py.None;
    }

    [PyGetter("evaluate_constraints")]
    static PyObject? GetEvaluateConstraints(PyTypeVar self)
    {
        if (self._evaluateConstraints != null) return Py.NewRef(self._evaluateConstraints);
        if (self._constraints != null) return new PyConstEvaluator(self._constraints);
        return Py.None;
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => PyUnion.MakeUnion(a, b);

    [PyMethod("__typing_subst__")]
    static PyObject? TypingSubst(PyTypeVar self, PyObject arg) => TypingSupport.CallTypingFunc("_typevar_subst", self, arg);

    /// <summary>typevar_typing_prepare_subst: a missing argument for this TypeVar becomes its default.</summary>
    [PyMethod("__typing_prepare_subst__")]
    static PyObject? TypingPrepareSubst(PyTypeVar self, PyObject alias, PyObject args)
    {
        var ps = Abstract.GetAttr(alias, "__parameters__");
        if (ps == null) return null;
        long i = TypingSupport.IndexOf(ps, self);
        Py.DECREF(ps);
        if (i < 0) return null;
        long n = Abstract.Length(args);
        if (n < 0) return null;
        if (i < n) return Py.NewRef(args);
        if (i == n)
        {
            var dflt = self.GetDefaultValue();
            if (dflt == null) return null;
            if (dflt != PyNoDefault.Instance)
            {
                var one = PyTuple.Pack(dflt);
                Py.DECREF(dflt);
                var r = Abstract.BinaryOp(args, one, Sharpy.Compiler.NbOp.ADD);
                Py.DECREF(one);
                return r;
            }
        }
        var str = Abstract.Str(alias);
        if (str == null) return null;
        Errors.SetString(PyExc.TypeError, $"Too few arguments for {((PyUnicode)str).Value}; actual {n}, expected at least {i + 1}");
        Py.DECREF(str);
        return null;
    }

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyTypeVar self) => Py.NewRef(self.Name);

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

    protected internal override void Clear()
    {
        base.Clear();
        Py.CLEAR(ref _bound);
        Py.CLEAR(ref _evaluateBound);
        Py.CLEAR(ref _constraints);
        Py.CLEAR(ref _evaluateConstraints);
    }
}
