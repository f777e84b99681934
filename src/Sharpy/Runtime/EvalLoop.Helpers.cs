using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// Small pieces of instruction semantics kept out of the loop body.
public static partial class EvalLoop
{
    static readonly string[] SpecialMethodNames = { "__enter__", "__exit__", "__aenter__", "__aexit__" };

    /// <summary>
    /// _Py_SpecialMethods' messages: which method is missing, and a hint when the object
    /// supports the other (sync or async) context manager protocol.
    /// </summary>
    static string SpecialMethodError(PyObject owner, int oparg)
    {
        var type = owner.ob_type;
        bool isAsync = oparg >= 2;
        var msg = $"'{type.tp_name}' object does not support the {(isAsync ? "asynchronous " : "")}context manager protocol (missed {SpecialMethodNames[oparg]} method)";
        bool other = isAsync
            ? TypeLookup.Lookup(type, "__enter__") != null && TypeLookup.Lookup(type, "__exit__") != null
            : TypeLookup.Lookup(type, "__aenter__") != null && TypeLookup.Lookup(type, "__aexit__") != null;
        if (!other) return msg;
        return isAsync
            ? msg + " but it supports the context manager protocol. Did you mean to use 'with'?"
            : msg + " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
    }

    static void UnboundLocal(PyCode code, int index)
    {
        var name = code.LocalsPlusNames[index].Value;
        Errors.SetString(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    }

    static void UnboundDeref(PyCode code, int index)
    {
        var name = code.LocalsPlusNames[index].Value;
        if ((code.Co.LocalsPlusKinds[index] & Compiler.CodeObject.CO_FAST_FREE) != 0)
        {
            Errors.SetString(PyExc.NameError, $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
            if (Errors.OccurredException() is PyNameError exc) Py.SETREF(ref exc.Name, Py.NewRef<PyObject>(code.LocalsPlusNames[index]));
        }
        else
            Errors.SetString(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    }

    static int NoLocals(string what, PyUnicode name)
    {
        Errors.SetString(PyExc.SystemError, $"no locals found when {what} '{name.Value}'");
        return -1;
    }

    static int MappingSet(PyObject mapping, PyUnicode name, PyObject value)
    {
        if (mapping is PyDict d && d.ob_type == PyDict.Type) return d.SetItem(name, value);
        return Abstract.SetItem(mapping, name, value);
    }

    static PyObject? LoadName(Frame f, PyUnicode name)
    {
        if (f.Locals == null) return Errors.SetString(PyExc.SystemError, $"no locals found when loading '{name.Value}'");
        var v = Abstract.MappingGetOptionalItem(f.Locals, name);
        if (v != null || Errors.Occurred()) return v;
        // At module level locals is globals: an exact dict just looked in need not be asked again.
        if (f.Locals != f.Globals || f.Globals.ob_type != PyDict.Type)
        {
            var g = f.Globals.GetItemWithError(name);
            if (g != null) return Py.NewRef(g);
            if (Errors.Occurred()) return null;
        }
        var bi = Abstract.MappingGetOptionalItem(f.Builtins, name);
        if (bi != null) return bi;
        if (!Errors.Occurred()) NameErrors.Raise(name, f);
        return null;
    }

    static PyObject? LoadGlobal(Frame f, PyUnicode name)
    {
        if (f.Globals.ob_type != PyDict.Type || f.Builtins.ob_type != PyDict.Type) return LoadGlobalFromMappings(f, name);
        var g = f.Globals.GetItemWithError(name);
        if (g != null) return Py.NewRef(g);
        if (Errors.Occurred()) return null;
        var bi = ((PyDict)f.Builtins).GetItemWithError(name);
        if (bi != null) return Py.NewRef(bi);
        if (!Errors.Occurred()) NameErrors.Raise(name, f);
        return null;
    }

    /// <summary>_PyEval_LoadGlobalStackRef's slow path: globals or builtins is a dict subclass (or
    /// builtins another mapping), so its __getitem__ (and __missing__) answers, as annotationlib's
    /// fake globals need.</summary>
    static PyObject? LoadGlobalFromMappings(Frame f, PyUnicode name)
    {
        foreach (var ns in new PyObject[] { f.Globals, f.Builtins })
        {
            var v = Abstract.GetItem(ns, name);
            if (v != null) return v;
            if (!Errors.ExceptionMatches(PyExc.KeyError)) return null;
            Errors.Clear();
        }
        NameErrors.Raise(name, f);
        return null;
    }

    static int DeleteName(Frame f, PyUnicode name)
    {
        if (f.Locals == null) return NoLocals("deleting", name);
        int r = f.Locals is PyDict d ? d.DelItem(name) : Abstract.DelItem(f.Locals, name);
        if (r < 0 && Errors.ExceptionMatches(PyExc.KeyError))
        {
            Errors.Clear();
            NameErrors.Raise(name, f);
        }
        return r;
    }

    static int ListExtend(PyList list, PyObject iterable)
    {
        var it = Abstract.GetIter(iterable);
        if (it == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError) && iterable.ob_type.tp_iter == null)
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"Value after * must be an iterable, not {iterable.ob_type.tp_name}");
            }
            return -1;
        }
        while (true)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            list.AppendSteal(item);
        }
        Py.DECREF(it);
        return Errors.Occurred() ? -1 : 0;
    }

    /// <summary>StopIteration.value (None when unset).</summary>
    internal static PyObject StopIterationValue(PyBaseException exc)
        => Py.NewRef(((PyStopIteration)exc).Value ?? Py.None);

    /// <summary>
    /// <see cref="IntFastPaths.AreSmallExactInts(PyType, PyObject, PyObject, out long, out long)"/>
    /// without the cast checks: an object whose type is exactly int is a <see cref="PyLong"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool BothSmallInts(PyType longType, PyObject a, PyObject b, out long x, out long y)
    {
        if (a.ob_type == longType && b.ob_type == longType)
        {
            var la = Unsafe.As<PyLong>(a);
            var lb = Unsafe.As<PyLong>(b);
            if (!la.IsBig && !lb.IsBig)
            {
                x = la.Value;
                y = lb.Value;
                return true;
            }
        }
        x = 0;
        y = 0;
        return false;
    }
}

/// <summary>NameError for a missing name, with the name attribute set for suggestions.</summary>
public static class NameErrors
{
    public static void Raise(PyUnicode name, Frame f)
    {
        Errors.SetString(PyExc.NameError, $"name '{name.Value}' is not defined");
        if (Errors.OccurredException() is PyNameError exc) Py.SETREF(ref exc.Name, Py.NewRef<PyObject>(name));
    }
}

/// <summary>
/// _PyObject_GetMethod: for `obj.name(...)`, find a plain method on the type without
/// making a bound method, when nothing on the instance shadows it.
/// </summary>
public static class MethodLookup
{
    public static PyObject? Get(PyObject obj, PyUnicode name, out bool isUnbound, bool special = false)
    {
        isUnbound = false;
        var type = obj.ob_type;
        if (type.tp_getattro != PyBaseObject.Type.tp_getattro && !special)
            return Abstract.GetAttr(obj, name);
        var descr = TypeLookup.Lookup(type, name);
        if (descr != null && (descr is PyFunction || descr is (PyMethodDescr and not PyClassMethodDescr)))
        {
            if (!special)
            {
                if (GenericAttr.OwnAttr(obj, name) is { } shadow) return Py.NewRef(shadow);
                if (Errors.Occurred()) return null;
            }
            isUnbound = true;
            return Py.NewRef(descr);
        }
        if (special)
        {
            if (descr == null)
            {
                Errors.SetString(PyExc.AttributeError, name.Value);
                return null;
            }
            var get = descr.ob_type.tp_descr_get;
            return get == null ? Py.NewRef(descr) : get(descr, obj, type);
        }
        return GenericAttr.GetAttr(obj, name);
    }
}
