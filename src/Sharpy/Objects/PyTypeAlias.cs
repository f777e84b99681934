using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// `typing.TypeAliasType` (Objects/typevarobject.c): what `type X[T] = ...` makes. The value is
/// computed by the compiler's function on first use of `__value__`.
/// </summary>
[PyType("typing.TypeAliasType")]
public sealed partial class PyTypeAlias : PyObject
{
    PyObject _name;
    PyObject? _typeParams, _computeValue, _value, _module;

    PyTypeAlias(PyObject name, PyObject? typeParams, PyObject? computeValue, PyObject? module) : base(Type)
    {
        _name = Py.NewRef(name);
        _typeParams = typeParams == PyNone.None ? null : Py.XNewRef(typeParams);
        _computeValue = Py.XNewRef(computeValue);
        _module = Py.XNewRef(module);
    }

    /// <summary>INTRINSIC_TYPEALIAS: (name, type_params or None, compute_value).</summary>
    public static PyObject? FromSyntax(PyTuple args, PyObject? module)
        => new PyTypeAlias(args.Items[0], args.Items[1], args.Items[2], module);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self) => Py.NewRef(((PyTypeAlias)self)._name);

    [PyGetter("__name__")] static PyObject? GetName(PyTypeAlias self) => Py.NewRef(self._name);
    [PyGetter("__module__")] static PyObject? GetModule(PyTypeAlias self) => Py.NewRef(self._module ?? PyNone.None);
    [PyGetter("__type_params__")] static PyObject? GetTypeParams(PyTypeAlias self) => Py.NewRef(self._typeParams ?? PyTuple.Empty);
    [PyGetter("__parameters__")] static PyObject? GetParameters(PyTypeAlias self) => Py.NewRef(self._typeParams ?? PyTuple.Empty);
    [PyGetter("evaluate_value")] static PyObject? GetEvaluateValue(PyTypeAlias self) => Py.NewRef(self._computeValue ?? PyNone.None);

    [PyGetter("__value__")]
    static PyObject? GetValue(PyTypeAlias self)
    {
        if (self._value == null && self._computeValue != null)
        {
            var one = PyLong.FromLong(1);
            self._value = Calls.CallOneArg(self._computeValue, one);
            Py.DECREF(one);
            if (self._value == null) return null;
        }
        return Py.NewRef(self._value ?? PyNone.None);
    }

    /// <summary>typealias_subscript: only an alias with type parameters is subscriptable.</summary>
    [PySlot("mp_subscript")]
    static PyObject? GetItem(PyObject self, PyObject item)
    {
        var ta = (PyTypeAlias)self;
        if (ta._typeParams is not PyTuple { Count: > 0 })
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

    protected internal override void ReleaseReferences()
    {
        Py.DECREF(_name);
        Py.CLEAR(ref _typeParams);
        Py.CLEAR(ref _computeValue);
        Py.CLEAR(ref _value);
        Py.CLEAR(ref _module);
    }
}
