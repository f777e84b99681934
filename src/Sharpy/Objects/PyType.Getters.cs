using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// type's data descriptors (type_getsets and type_members of Objects/typeobject.c), so that
/// `type.__dict__['__name__']`, `object.__getattribute__(cls, '__bases__')` and assignment
/// work as in CPython; plain attribute access on a type answers the readable ones through
/// <see cref="TypeAttrs"/> first.
/// </summary>
public partial class PyType
{
    [PyGetter("__mro__")] static PyObject? GetMro(PyType type) => TypeAttrs.Get(type, "__mro__");
    [PyGetter("__dict__")] static PyObject? GetDict(PyType type) => TypeAttrs.Get(type, "__dict__");
    [PyGetter("__base__")] static PyObject? GetBase(PyType type) => TypeAttrs.Get(type, "__base__");
    [PyGetter("__name__")] static PyObject? GetName(PyType type) => TypeAttrs.Get(type, "__name__");
    [PyGetter("__qualname__")] static PyObject? GetQualName(PyType type) => TypeAttrs.Get(type, "__qualname__");
    [PyGetter("__module__")] static PyObject? GetModule(PyType type) => TypeAttrs.Get(type, "__module__");
    [PyGetter("__bases__")] static PyObject? GetBases(PyType type) => TypeAttrs.Get(type, "__bases__");
    [PyGetter("__doc__")] static PyObject? GetDoc(PyType type) => TypeAttrs.Get(type, "__doc__");

    /// <summary>type_get_text_signature: the signature at the head of tp_doc ("(attr, /, *attrs)"), or None.</summary>
    [PyGetter("__text_signature__")] static PyObject? GetTextSignature(PyType type) => BuiltinDoc.TextSignature(type.tp_name, type.tp_doc);

    /// <summary>__flags__ (tp_flags): Py_TPFLAGS_IMMUTABLETYPE for builtin types, Py_TPFLAGS_IS_ABSTRACT as set by __abstractmethods__.</summary>
    [PyGetter("__flags__")]
    static PyObject? GetFlags(PyType type)
    {
        long flags = (uint)type.tp_flags;
        // CPython makes typing.Generic from a spec, a mutable heap type (Py_TPFLAGS_HEAPTYPE),
        // and copyreg._reduce_ex relies on that to pickle instances of generic classes.
        if (type == PyGeneric.Type) flags = (flags | (long)TypeFlags.HeapType) & ~(long)TypeFlags.ImmutableType;
        return PyLong.FromLong(flags);
    }

    /// <summary>check_set_special_type_attr: a builtin type's special attributes cannot be set, nor any be deleted.</summary>
    static bool CheckSetSpecial(PyType type, PyObject? value, string name)
    {
        if (type.IsImmutable)
        {
            Errors.SetString(PyExc.TypeError, $"cannot set '{name}' attribute of immutable type '{type.tp_name}'");
            return false;
        }
        if (value == null)
        {
            Errors.SetString(PyExc.TypeError, $"cannot delete '{name}' attribute of immutable type '{type.tp_name}'");
            return false;
        }
        return true;
    }

    [PySetter("__name__")]
    static int SetName(PyType type, PyObject? value)
    {
        if (!CheckSetSpecial(type, value, "__name__")) return -1;
        if (value is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"can only assign string to {type.tp_name}.__name__, not '{value!.ob_type.tp_name}'");
            return -1;
        }
        if (s.AsUtf8() == null) return -1;
        if (s.Value.Contains('\0'))
        {
            Errors.SetString(PyExc.ValueError, "type name must not contain null characters");
            return -1;
        }
        type.tp_name = s.Value;
        type.HeapName = null;
        return 0;
    }

    [PySetter("__qualname__")]
    static int SetQualName(PyType type, PyObject? value)
    {
        if (!CheckSetSpecial(type, value, "__qualname__")) return -1;
        if (value is not PyUnicode s)
        {
            Errors.SetString(PyExc.TypeError, $"can only assign string to {type.tp_name}.__qualname__, not '{value!.ob_type.tp_name}'");
            return -1;
        }
        type.HeapQualName = s.Value;
        return 0;
    }

    /// <summary>type_set_module: a class moved to another module no longer knows its first line there.</summary>
    [PySetter("__module__")]
    static int SetModule(PyType type, PyObject? value)
    {
        if (!CheckSetSpecial(type, value, "__module__")) return -1;
        type.Modified();
        if (type.tp_dict.SetItemString("__module__", value!) < 0) return -1;
        var old = type.tp_dict.Pop(PyUnicode.Intern("__firstlineno__"), raiseMissing: false);
        if (old == null) return Errors.Occurred() ? -1 : 0;
        Py.DECREF(old);
        return 0;
    }

    [PySetter("__doc__")]
    static int SetDoc(PyType type, PyObject? value)
        => CheckSetSpecial(type, value, "__doc__") ? type.tp_dict.SetItemString("__doc__", value!) : -1;

    /// <summary>type_abstractmethods: the class's own `__abstractmethods__` entry (type itself has none).</summary>
    [PyGetter("__abstractmethods__")]
    static PyObject? GetAbstractMethods(PyType type)
    {
        var v = type == Type ? null : type.tp_dict.GetItemString("__abstractmethods__");
        if (v != null) return Py.NewRef(v);
        Errors.SetObject(PyExc.AttributeError, PyUnicode.Intern("__abstractmethods__"));
        return null;
    }

    /// <summary>type_set_abstractmethods: stored in the dict; a true value makes the class abstract (object() refuses it).</summary>
    [PySetter("__abstractmethods__")]
    static int SetAbstractMethods(PyType type, PyObject? value)
    {
        bool isAbstract = false;
        var key = PyUnicode.Intern("__abstractmethods__");
        if (value != null)
        {
            int t = Abstract.IsTrue(value);
            if (t < 0) return -1;
            isAbstract = t > 0;
            if (type.tp_dict.SetItem(key, value) < 0) return -1;
        }
        else if (type.tp_dict.DelItem(key) < 0)
        {
            if (!Errors.ExceptionMatches(PyExc.KeyError)) return -1;
            Errors.Clear();
            Errors.SetObject(PyExc.AttributeError, key);
            return -1;
        }
        if (isAbstract) type.tp_flags |= TypeFlags.IsAbstract;
        else type.tp_flags &= ~TypeFlags.IsAbstract;
        return 0;
    }

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
        if (type.IsImmutable || value == null)
        {
            Errors.SetString(PyExc.TypeError, $"cannot {(value == null ? "delete" : "set")} '__type_params__' attribute of immutable type '{type.tp_name}'");
            return -1;
        }
        return type.tp_dict.SetItemString("__type_params__", value);
    }
}
