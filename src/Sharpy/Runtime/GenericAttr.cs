using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// PyObject_GenericGetAttr / PyObject_GenericSetAttr: data descriptors on the type win,
/// then the instance __dict__, then non-data descriptors and plain class attributes.
/// </summary>
public static class GenericAttr
{
    /// <summary>The instance's __dict__ (borrowed), or null when it has none (yet). An instance's inline values become a dict here.</summary>
    public static PyDict? InstanceDict(PyObject o) => o switch
    {
        PyInstance i => i.Dict ?? (i.Values != null ? i.MaterializeDict() : null),
        Sharpy.Modules.Io.PyIOBase io => io.Dict,
        PyBaseException e => e.Dict,
        Sharpy.Modules.Ast.PyAstObject a => a.Dict,
        PyFunction f => f.Dict,
        PyModule m => m.Dict,
        PyStaticMethod sm => sm.Dict,
        PyClassMethod cm => cm.Dict,
        PyNamespace ns => ns.Dict,
        IInstanceDict d => d.Dict,
        _ => o.ob_type.HasManagedData ? ManagedInstanceData.Find(o)?.Dict : null,
    };

    /// <summary>The instance dict, created on first use for objects that may have one.</summary>
    public static PyDict? EnsureInstanceDict(PyObject o)
    {
        switch (o)
        {
            case PyInstance i when i.ob_type.HasInstanceDict: return i.MaterializeDict();
            case Sharpy.Modules.Io.PyIOBase io: return io.Dict ??= PyDict.New();
            case PyBaseException e: return e.Dict ??= PyDict.New();
            case Sharpy.Modules.Ast.PyAstObject a: return a.Dict ??= PyDict.New();
            case PyFunction f: return f.Dict ??= PyDict.New();
            case PyModule m: return m.Dict;
            case PyStaticMethod sm: return sm.Dict ??= PyDict.New();
            case PyClassMethod cm: return cm.Dict ??= PyDict.New();
            case PyNamespace ns: return ns.Dict;
            case IInstanceDict d: return d.Dict ??= PyDict.New();
            default:
                var t = o.ob_type;
                return t.HasManagedData && t.HasInstanceDict ? ManagedInstanceData.Of(o).Dict ??= NewInlineValues() : null;
        }
    }

    // The attributes of an instance of a builtin type's subclass (ManagedInstanceData) are kept
    // in a dict that stays untracked, not an object the cycle collector sees, until Python code
    // asks for `__dict__`; the instance's Traverse visits its contents instead of it. (A
    // PyInstance keeps real inline values.)

    /// <summary>The dict that holds a new instance's attributes (untracked: see above).</summary>
    static PyDict NewInlineValues()
    {
        var d = PyDict.New();
        Gc.Untrack(d);
        return d;
    }

    /// <summary>An instance dict about to be handed to Python code: from now on it is an object of its own.</summary>
    public static PyDict Materialize(PyDict d)
    {
        if (!Gc.IsTracked(d)) Gc.Track(d);
        return d;
    }

    /// <summary>Traverse an instance's dict: the dict itself once materialized, else its contents (inline values).</summary>
    public static void TraverseInstanceDict(PyDict d, Visitor visit)
    {
        if (Gc.IsTracked(d)) visit(d);
        else d.TraverseContents(visit);
    }

    /// <summary>
    /// The attribute <paramref name="name"/> the object holds itself (borrowed), from its inline
    /// values or its __dict__; null when it has none, with an error set if a key's __eq__ raised.
    /// </summary>
    public static PyObject? OwnAttr(PyObject obj, PyObject name)
    {
        if (obj is PyInstance i && i.HasInlineValues(name)) return i.InlineValue((PyUnicode)name);
        return InstanceDict(obj)?.GetItemWithError(name);
    }

    public static PyObject? GetAttr(PyObject obj, PyObject name) => GetAttr(obj, name, suppress: false);

    /// <summary>With <paramref name="suppress"/>, a missing attribute returns null without raising.</summary>
    public static PyObject? GetAttr(PyObject obj, PyObject name, bool suppress)
    {
        var type = obj.ob_type;
        var descr = TypeLookup.Lookup(type, name);
        DescrGetFunc? f = null;
        if (descr != null)
        {
            Py.INCREF(descr);
            f = descr.ob_type.tp_descr_get;
            if (f != null && descr.ob_type.tp_descr_set != null)
            {
                var r = f(descr, obj, type);
                Py.DECREF(descr);
                return r;
            }
        }
        var v = OwnAttr(obj, name);
        if (v != null)
        {
            Py.XDECREF(descr);
            return Py.NewRef(v);
        }
        if (Errors.Occurred())
        {
            Py.XDECREF(descr);
            return null;
        }
        if (f != null)
        {
            var r = f(descr!, obj, type);
            Py.DECREF(descr!);
            return r;
        }
        if (descr != null) return descr;
        if (suppress) return null;
        return RaiseNoAttribute(obj, name);
    }

    public static PyObject? RaiseNoAttribute(PyObject obj, PyObject name)
    {
        var n = ((PyUnicode)name).Value;
        if (obj is PyModule m)
            return Errors.SetString(PyExc.AttributeError, $"module '{m.NameForMessages}' has no attribute '{n}'");
        Errors.SetString(PyExc.AttributeError, $"'{obj.ob_type.tp_name}' object has no attribute '{n}'");
        AttributeErrors.SetNameAndObj(name, obj);
        return null;
    }

    public static int SetAttr(PyObject obj, PyObject name, PyObject? value)
    {
        var type = obj.ob_type;
        var descr = TypeLookup.Lookup(type, name);
        if (descr != null && descr.ob_type.tp_descr_set is { } set)
        {
            Py.INCREF(descr);
            int r = set(descr, obj, value);
            Py.DECREF(descr);
            return r;
        }
        if (obj is PyInstance i && i.HasInlineValues(name))
        {
            int done = i.SetInlineValue((PyUnicode)name, value);
            if (done > 0) return 0;
            if (done == 0) return RaiseNoAttributeToDelete(obj, name);
        }
        var dict = EnsureInstanceDict(obj);
        if (dict == null)
        {
            var n = ((PyUnicode)name).Value;
            if (descr == null)
            {
                Errors.SetString(PyExc.AttributeError, $"'{type.tp_name}' object has no attribute '{n}' and no __dict__ for setting new attributes");
                AttributeErrors.SetNameAndObj(name, obj);
            }
            else
            {
                Errors.SetString(PyExc.AttributeError, $"'{type.tp_name}' object attribute '{n}' is read-only");
            }
            return -1;
        }
        if (value != null) return dict.SetItem(name, value);
        if (dict.DelItem(name) < 0)
        {
            if (Errors.ExceptionMatches(PyExc.KeyError))
            {
                Errors.Clear();
                return RaiseNoAttributeToDelete(obj, name);
            }
            return -1;
        }
        return 0;
    }

    /// <summary>Deleting an attribute the instance does not have (CPython sets no name and obj here).</summary>
    static int RaiseNoAttributeToDelete(PyObject obj, PyObject name)
    {
        Errors.SetString(PyExc.AttributeError, $"'{obj.ob_type.tp_name}' object has no attribute '{((PyUnicode)name).Value}'");
        return -1;
    }
}

/// <summary>
/// A builtin type outside the Objects folder whose instances carry a __dict__ (tp_dictoffset),
/// such as functools.partial; created on first use.
/// </summary>
public interface IInstanceDict
{
    PyDict? Dict { get; set; }
}

/// <summary>AttributeError's name and obj attributes, used by the "Did you mean" suggestions.</summary>
public static class AttributeErrors
{
    public static void SetNameAndObj(PyObject name, PyObject obj)
    {
        if (Errors.OccurredException() is not PyAttributeError exc) return;
        Py.SETREF(ref exc.Name, Py.NewRef(name));
        Py.SETREF(ref exc.Obj, Py.NewRef(obj));
    }

    /// <summary>
    /// set_attribute_error_context: an AttributeError raised while getting an attribute (by
    /// __getattr__, a property, ...) that does not name one yet gets the name and the object,
    /// so that the traceback can suggest another name.
    /// </summary>
    public static void SetContext(PyObject obj, PyObject name)
    {
        if (Errors.OccurredException() is PyAttributeError { Name: null, Obj: null } exc)
        {
            exc.Name = Py.NewRef(name);
            exc.Obj = Py.NewRef(obj);
        }
    }
}
