using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// type's read-only data descriptors that code reads from `type.__dict__` directly
/// (inspect's `type.__dict__['__mro__'].__get__`); attribute access on a type answers the
/// same names through <see cref="TypeAttrs"/> first.
/// </summary>
public partial class PyType
{
    [PyGetter("__mro__")] static PyObject? GetMro(PyType type) => TypeAttrs.Get(type, "__mro__");
    [PyGetter("__dict__")] static PyObject? GetDict(PyType type) => TypeAttrs.Get(type, "__dict__");
    [PyGetter("__base__")] static PyObject? GetBase(PyType type) => TypeAttrs.Get(type, "__base__");

    /// <summary>type_get_type_params: the class's `__type_params__` (PEP 695), () when it has none.</summary>
    [PyGetter("__type_params__")]
    static PyObject? GetTypeParams(PyType type)
    {
        if (type == Type) return Py.NewRef(PyTuple.Empty);
        return Py.NewRef(type.tp_dict.GetItemString("__type_params__") ?? PyTuple.Empty);
    }

    [PySetter("__type_params__")]
    static int SetTypeParams(PyType type, PyObject? value)
    {
        if (!type.IsHeapType || value == null)
        {
            Errors.SetString(PyExc.TypeError, $"cannot {(value == null ? "delete" : "set")} '__type_params__' attribute of immutable type '{type.tp_name}'");
            return -1;
        }
        if (value is not PyTuple)
        {
            Errors.SetString(PyExc.TypeError, $"__type_params__ must be set to a tuple, not {value.ob_type.tp_name}");
            return -1;
        }
        return type.tp_dict.SetItemString("__type_params__", value);
    }
}
