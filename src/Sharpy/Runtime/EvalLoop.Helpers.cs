using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// Small pieces of instruction semantics kept out of the loop body.
public static partial class EvalLoop
{
    static readonly string[] SpecialMethodNames = { "__enter__", "__exit__", "__aenter__", "__aexit__" };

    /// <summary>LOAD_SPECIAL's error, with _PyEval_SpecialMethodCanSuggest's hint when the other protocol is there.</summary>
    static string SpecialMethodError(PyObject owner, int oparg)
    {
        var t = owner.ob_type.tp_name;
        bool async = oparg >= 2;
        string protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
        string msg = $"'{t}' object does not support the {protocol} (missed {SpecialMethodNames[oparg]} method)";
        bool other = async
            ? TypeLookup.Lookup(owner.ob_type, "__enter__") != null && TypeLookup.Lookup(owner.ob_type, "__exit__") != null
            : TypeLookup.Lookup(owner.ob_type, "__aenter__") != null && TypeLookup.Lookup(owner.ob_type, "__aexit__") != null;
        if (other)
            msg += async
                ? " but it supports the context manager protocol. Did you mean to use 'with'?"
                : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
        return msg;
    }

    static PyObject CommonConstant(int oparg) => oparg switch
    {
        0 => PyExc.AssertionError,
        1 => PyExc.NotImplementedError,
        2 => PyTuple.Type,
        3 => Interpreter.Builtins.Dict.GetItemString("all")!,
        _ => Interpreter.Builtins.Dict.GetItemString("any")!,
    };

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
            if (Errors.OccurredException() is { } exc) (exc.Dict ??= PyDict.New()).SetItemString("name", code.LocalsPlusNames[index]);
        }
        else
            Errors.SetString(PyExc.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    }

    static int NoLocals(string what, PyUnicode name)
    {
        Errors.SetString(PyExc.SystemError, $"no locals found when {what} '{name.Value}'");
        return -1;
    }

    /// <summary>mapping[name] for LOAD_NAME's locals: a dict fast, else __getitem__; null if missing (no error) or on error.</summary>
    static PyObject? MappingGet(PyObject mapping, PyUnicode name)
    {
        if (mapping is PyDict d && d.ob_type == PyDict.Type)
        {
            var v = d.GetItemWithError(name);
            return v == null ? null : Py.NewRef(v);
        }
        var r = Abstract.GetItem(mapping, name);
        if (r == null && Errors.ExceptionMatches(PyExc.KeyError)) Errors.Clear();
        return r;
    }

    static int MappingSet(PyObject mapping, PyUnicode name, PyObject value)
    {
        if (mapping is PyDict d && d.ob_type == PyDict.Type) return d.SetItem(name, value);
        return Abstract.SetItem(mapping, name, value);
    }

    static PyObject? LoadName(Frame f, PyUnicode name)
    {
        if (f.Locals == null) return Errors.SetString(PyExc.SystemError, $"no locals found when loading '{name.Value}'");
        var v = MappingGet(f.Locals, name);
        if (v != null || Errors.Occurred()) return v;
        var g = f.Globals.GetItemWithError(name);
        if (g != null) return Py.NewRef(g);
        if (Errors.Occurred()) return null;
        var bi = f.Builtins.GetItemWithError(name);
        if (bi != null) return Py.NewRef(bi);
        if (!Errors.Occurred()) NameErrors.Raise(name, f);
        return null;
    }

    static PyObject? LoadGlobal(Frame f, PyUnicode name)
    {
        var g = f.Globals.GetItemWithError(name);
        if (g != null) return Py.NewRef(g);
        if (Errors.Occurred()) return null;
        var bi = f.Builtins.GetItemWithError(name);
        if (bi != null) return Py.NewRef(bi);
        if (!Errors.Occurred()) NameErrors.Raise(name, f);
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

    /// <summary>StopIteration.value: its first argument, or None.</summary>
    internal static PyObject StopIterationValue(PyBaseException exc)
        => Py.NewRef(exc.Args.Count > 0 ? exc.Args.Items[0] : PyNone.None);

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
        if (Errors.OccurredException() is { } exc)
        {
            var d = exc.Dict ??= PyDict.New();
            d.SetItemString("name", name);
        }
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
        if (descr != null && (descr is PyFunction || descr is PyMethodDescr { IsClassMethod: false }))
        {
            if (!special)
            {
                var dict = GenericAttr.InstanceDict(obj);
                if (dict != null && dict.GetItemString(name) is { } shadow)
                    return Py.NewRef(shadow);
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
