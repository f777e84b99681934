using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `typing.TypeAliasType` (Objects/typevarobject.c): what `type X[T] = ...` makes (the value is
/// computed by the compiler's function on first use of `__value__`), or
/// `TypeAliasType(name, value, *, type_params=())`.
/// </summary>
[PyType("typing.TypeAliasType")]
public sealed partial class PyTypeAlias : PyObject
{
    PyObject _name;
    PyObject? _typeParams, _computeValue, _value, _module;

    PyTypeAlias(PyObject name, PyObject? typeParams, PyObject? computeValue, PyObject? value, PyObject? module) : base(Type)
    {
        _name = Py.NewRef(name);
        // typealias_convert_type_params: None and () mean no type parameters.
        _typeParams = typeParams == Py.None || typeParams is PyTuple { Count: 0 } ? null : Py.XNewRef(typeParams);
        _computeValue = Py.XNewRef(computeValue);
        _value = Py.XNewRef(value);
        _module = Py.XNewRef(module);
    }

    /// <summary>INTRINSIC_TYPEALIAS: (name, type_params or None, compute_value).</summary>
    public static PyObject? FromSyntax(PyTuple args, PyObject? module)
        => new PyTypeAlias(args.Items[0], args.Items[1], args.Items[2], null, module);

    static readonly ArgParse.Parser NewParser = new("typealias", 0, ["name", "value", "type_params"], 2, 2, 0);

    /// <summary>typealias_new: TypeAliasType(name, value, *, type_params=()).</summary>
    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgParse.UnpackKeywords(args, kwnames, NewParser, a)) return null;
        if (a[0] is not PyUnicode) return ArgParse.BadArgument("typealias", "argument 'name'", "str", a[0]!);
        var typeParams = a[2];
        if (typeParams != null && typeParams is not PyTuple)
            return Errors.SetString(PyExc.TypeError, "type_params must be a tuple");
        if (typeParams is PyTuple tp && !CheckTypeParams(tp)) return null;
        var module = TypingSupport.Caller();
        var ta = new PyTypeAlias(a[0]!, typeParams, null, a[1]!, module);
        Py.DECREF(module);
        return ta;
    }

    /// <summary>typealias_check_type_params: type parameters, none without a default after one with a default.</summary>
    static bool CheckTypeParams(PyTuple typeParams)
    {
        bool defaultSeen = false;
        foreach (var p in typeParams.Items)
        {
            if (p.ob_type != PyTypeVar.Type && p.ob_type != PyParamSpec.Type && p.ob_type != PyTypeVarTuple.Type)
            {
                var r = Abstract.ReprString(p);
                if (r != null) Errors.SetString(PyExc.TypeError, $"Expected a type param, got {r}");
                return false;
            }
            var dflt = ((PyTypeParam)p).GetDefaultValue();
            if (dflt == null) return false;
            if (dflt != PyNoDefault.Instance)
            {
                defaultSeen = true;
                Py.DECREF(dflt);
            }
            else if (defaultSeen)
            {
                var r = Abstract.ReprString(p);
                if (r != null) Errors.SetString(PyExc.TypeError, $"non-default type parameter '{r}' follows default type parameter");
                return false;
            }
        }
        return true;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => Py.NewRef(((PyTypeAlias)self)._name);

    /// <summary>`*Alias`: iterating yields Unpack[Alias] once.</summary>
    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => TypingSupport.UnpackIter(self);

    [PyGetter("__name__")] static PyObject? GetName(PyTypeAlias self) => Py.NewRef(self._name);
    [PySetter("__name__")] static int SetName(PyTypeAlias self, PyObject? v) { Errors.SetString(PyExc.AttributeError, "readonly attribute"); return -1; }
    [PyGetter("__module__")] static PyObject? GetModule(PyTypeAlias self) => Py.NewRef(self._module ?? Py.None);
    [PyGetter("__type_params__")] static PyObject? GetTypeParams(PyTypeAlias self) => Py.NewRef(self._typeParams ?? PyTuple.Empty);

    /// <summary>typealias_parameters: the type params with each TypeVarTuple unpacked.</summary>
    [PyGetter("__parameters__")]
    static PyObject? GetParameters(PyTypeAlias self)
        => self._typeParams is PyTuple tp ? TypingSupport.UnpackTypeVarTuples(tp) : Py.NewRef(PyTuple.Empty);

    [PyGetter("evaluate_value")]
    static PyObject? GetEvaluateValue(PyTypeAlias self)
        => self._computeValue != null ? Py.NewRef(self._computeValue) : new PyConstEvaluator(self._value ?? Py.None);

    [PyGetter("__value__")]
    static PyObject? GetValue(PyTypeAlias self)
    {
        if (self._value != null) return Py.NewRef(self._value);
        var v = TypingSupport.Evaluate(self._computeValue!);
        if (v == null) return null;
        self._value = Py.NewRef(v);
        return v;
    }

    /// <summary>typealias_subscript: only an alias with type parameters is subscriptable.</summary>
    [PySlot("mp_subscript")]
    static PyObject? GetItem(PyObject self, PyObject item)
    {
        var ta = (PyTypeAlias)self;
        if (ta._typeParams == null)
            return Errors.SetString(PyExc.TypeError, "Only generic type aliases are subscriptable");
        return PyGenericAlias.New(self, item);
    }

    [PySlot("nb_or")]
    static PyObject? Or(PyObject a, PyObject b) => PyUnion.TypeOr(a, b);

    [PyMethod("__reduce__")]
    static PyObject? Reduce(PyTypeAlias self) => Py.NewRef(self._name);

    protected internal override void Traverse(Visitor visit)
    {
        visit(_name);
        if (_typeParams != null) visit(_typeParams);
        if (_computeValue != null) visit(_computeValue);
        if (_value != null) visit(_value);
        if (_module != null) visit(_module);
    }

    protected internal override void Clear()
    {
        Py.CLEAR(ref _typeParams);
        Py.CLEAR(ref _computeValue);
        Py.CLEAR(ref _value);
        Py.CLEAR(ref _module);
    }

    protected internal override void ReleaseReferences()
    {
        Clear();
        Py.DECREF(_name);
    }
}
