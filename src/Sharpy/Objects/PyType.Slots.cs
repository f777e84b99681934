using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

// type's own slots (Objects/typeobject.c: type_call, type_getattro, type_setattro, type_repr).
public sealed partial class PyType
{
    /// <summary>type_call: T(...) makes an instance with tp_new, then runs tp_init on it.</summary>
    [PySlot("tp_call")]
    static PyObject? TypeCall(PyObject callable, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var type = (PyType)callable;
        if (type == PyType.Type)
        {
            int nargs = args.Length - (kwnames?.Count ?? 0);
            if (nargs == 1 && kwnames == null) return Py.NewRef(args[0].AsBorrowed.ob_type);
            if (nargs != 3)
                return Errors.SetString(PyExc.TypeError, "type() takes 1 or 3 arguments");
        }
        if (type.tp_new == null)
            return Errors.SetString(PyExc.TypeError, $"cannot create '{type.tp_name}' instances");
        var obj = type.tp_new(type, args, kwnames);
        if (obj == null) return null;
        // Only run __init__ if __new__ returned an instance of this type.
        if (!Abstract.IsSubtype(obj.ob_type, type)) return obj;
        var init = obj.ob_type.tp_init;
        if (init != null && init(obj, args, kwnames) < 0)
        {
            Py.DECREF(obj);
            return null;
        }
        return obj;
    }

    /// <summary>type_getattro: metatype data descriptors, then the MRO (binding with obj=None), then metatype attributes.</summary>
    [PySlot("tp_getattro")]
    static PyObject? TypeGetAttr(PyObject o, PyObject name)
    {
        var type = (PyType)o;
        var meta = type.ob_type;
        var metaAttr = TypeLookup.Lookup(meta, name);
        // type's own data descriptors (__name__, __qualname__, __mro__...) come first, unless a
        // metaclass overrides the name.
        if (meta == PyType.Type || metaAttr == null || metaAttr == PyType.Type.tp_dict.GetItemString((PyUnicode)name))
        {
            var own = TypeAttrs.Get(type, ((PyUnicode)name).Value);
            if (own != null || Errors.Occurred()) return own;
        }
        DescrGetFunc? metaGet = null;
        if (metaAttr != null)
        {
            Py.INCREF(metaAttr);
            metaGet = metaAttr.ob_type.tp_descr_get;
            if (metaGet != null && metaAttr.ob_type.tp_descr_set != null)
            {
                var r = metaGet(metaAttr, type, meta);
                Py.DECREF(metaAttr);
                return r;
            }
        }
        var attr = TypeLookup.Lookup(type, name);
        if (attr != null)
        {
            Py.XDECREF(metaAttr);
            var localGet = attr.ob_type.tp_descr_get;
            if (localGet != null) return localGet(attr, null, type);
            return Py.NewRef(attr);
        }
        if (metaGet != null)
        {
            var r = metaGet(metaAttr!, type, meta);
            Py.DECREF(metaAttr!);
            return r;
        }
        if (metaAttr != null) return metaAttr;
        var special = TypeAttrs.Get(type, ((PyUnicode)name).Value);
        if (special != null || Errors.Occurred()) return special;
        Errors.SetString(PyExc.AttributeError, $"type object '{type.tp_name}' has no attribute '{((PyUnicode)name).Value}'");
        AttributeErrors.SetNameAndObj(name, type);
        return null;
    }

    [PySlot("tp_setattro")]
    static int TypeSetAttr(PyObject o, PyObject name, PyObject? value)
    {
        var type = (PyType)o;
        if (type.IsImmutable)
        {
            Errors.SetString(PyExc.TypeError,
                $"cannot set '{((PyUnicode)name).Value}' attribute of immutable type '{type.tp_name}'");
            return -1;
        }
        var metaAttr = TypeLookup.Lookup(type.ob_type, name);
        if (metaAttr?.ob_type.tp_descr_set is { } set) return set(metaAttr, type, value);
        int r;
        if (value != null) r = type.tp_dict.SetItem(name, value);
        else
        {
            r = type.tp_dict.DelItem(name);
            if (r < 0 && Errors.ExceptionMatches(PyExc.KeyError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.AttributeError, $"type object '{type.tp_name}' has no attribute '{((PyUnicode)name).Value}'");
            }
        }
        if (r == 0) SlotDefs.UpdateSlot(type, (PyUnicode)name);
        return r;
    }

    [PySlot("tp_repr")]
    static PyObject? TypeRepr(PyObject o)
    {
        var type = (PyType)o;
        var module = TypeAttrs.ModuleName(type);
        var qual = TypeAttrs.QualName(type);
        if (module != null && module != "builtins") return PyUnicode.FromString($"<class '{module}.{qual}'>");
        return PyUnicode.FromString($"<class '{qual}'>");
    }

    [PySlot("tp_new", Raw = "type(x) and type(name, bases, dict, **kwds) are two signatures, and the metaclass is resolved first")]
    static PyObject? TypeNew(PyType metatype, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nargs = args.Length - (kwnames?.Count ?? 0);
        if (nargs != 3)
            return Errors.SetString(PyExc.TypeError, $"type.__new__() takes exactly 3 arguments ({nargs} given)");
        // The most derived metaclass of the bases makes the class; its own __new__ if it has one.
        if (args[1].AsBorrowed is PyTuple bases)
        {
            var winner = ClassStatement.CalculateMetaclass(metatype, bases);
            if (winner == null) return null;
            if (winner != metatype)
            {
                if (winner.tp_new != Type.tp_new) return winner.tp_new!(winner, args, kwnames);
                metatype = winner;
            }
        }
        return ClassBuilder.NewHeapType(metatype, args[0].AsBorrowed, args[1].AsBorrowed, args[2].AsBorrowed, args[3..], kwnames);
    }

    [PySlot("tp_init", Raw = "type_init accepts 1 or 3 arguments and keywords only with 3")]
    static int TypeInit(PyObject self, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => 0;

    protected internal override void Traverse(Visitor visit)
    {
        if (tp_dict != null) visit(tp_dict);
        if (tp_bases != null) visit(tp_bases);
        if (tp_mro != null) visit(tp_mro);
        if (tp_base != null) visit(tp_base);
    }

    /// <summary>type_clear: a class in a garbage cycle drops its namespace.</summary>
    protected internal override void Clear()
    {
        if (IsHeapType) tp_dict?.Clear();
    }

    protected internal override void ReleaseReferences()
    {
        // A class whose creation failed half-way has no bases or MRO yet.
        Py.DECREF(tp_dict);
        Py.XDECREF(tp_bases);
        Py.XDECREF(tp_mro);
        Py.XDECREF(tp_base);
    }
}

/// <summary>__module__ and __qualname__ of a type: for heap types from their dict, for builtins from tp_name.</summary>
public static class TypeAttrs
{
    public static string? ModuleName(PyType t)
    {
        if (t.IsHeapType)
            return t.tp_dict.GetItemString("__module__") is PyUnicode m ? m.Value : null;
        int dot = t.tp_name.LastIndexOf('.');
        return dot < 0 ? "builtins" : t.tp_name[..dot];
    }

    /// <summary>type's own attributes (__name__, __qualname__, __module__, __bases__, __base__, __mro__, __dict__, __doc__).</summary>
    public static PyObject? Get(PyType t, string name) => name switch
    {
        "__name__" => PyUnicode.FromString(t.Name),
        "__qualname__" => PyUnicode.FromString(QualName(t)),
        "__module__" => Module(t),
        "__bases__" => Py.NewRef(t.tp_bases),
        "__base__" => Py.NewRef((PyObject?)t.tp_base ?? Py.None),
        "__mro__" => Py.NewRef((PyObject?)t.tp_mro ?? Py.None),
        "__dict__" => new PyMappingProxy(t.tp_dict),
        "__doc__" => Doc(t),
        _ => null,
    };

    /// <summary>type_module: a heap type's `__module__` entry, whatever it holds; a builtin's from tp_name.</summary>
    static PyObject? Module(PyType t)
    {
        // type_module: a static type's module name is interned, so it is the very str sys.modules is keyed by.
        if (!t.IsHeapType) return PyUnicode.Intern(ModuleName(t)!);
        if (t.tp_dict.GetItemString("__module__") is { } m) return Py.NewRef(m);
        return Errors.SetString(PyExc.AttributeError, "__module__");
    }

    /// <summary>type_get_doc: a builtin's tp_doc, else the type's own `__doc__` entry (bound if a descriptor).</summary>
    static PyObject? Doc(PyType t)
    {
        if (!t.IsHeapType && t.tp_doc != null) return BuiltinDoc.Doc(t.tp_name, t.tp_doc);
        var d = t.tp_dict.GetItemString("__doc__");
        if (d == null) return Py.None;
        if (d.ob_type.tp_descr_get is { } get) return get(d, null, t);
        return Py.NewRef(d);
    }

    public static string QualName(PyType t)
    {
        if (t.IsHeapType && t.HeapQualName != null) return t.HeapQualName;
        return t.Name;
    }

    /// <summary>_PyType_GetFullyQualifiedName (%T): module.qualname, without the module for builtins and __main__.</summary>
    public static string FullyQualifiedName(PyType t)
    {
        var module = ModuleName(t);
        var qual = QualName(t);
        return module == null || module == "builtins" || module == "__main__" ? qual : module + "." + qual;
    }
}
