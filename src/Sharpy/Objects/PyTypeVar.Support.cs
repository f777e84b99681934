using System;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// What Objects/typevarobject.c asks of the pure-Python `typing` module and of the calling
/// frame: the C objects delegate substitution and type checks to typing's helpers, as CPython's do.
/// </summary>
static class TypingSupport
{
    /// <summary>
    /// At start-up, after the types are ready. CPython makes these types from specs (heap types),
    /// so each has `__module__` in its dict: a TypeVar without one of its own (made by `def f[T]`)
    /// reads 'typing' from there. Generic's instances are object's.
    /// </summary>
    internal static void InitTypes()
    {
        foreach (var t in new[] { PyGeneric.Type, PyTypeVar.Type, PyParamSpec.Type, PyParamSpecArgs.Type, PyParamSpecKwargs.Type, PyTypeVarTuple.Type })
            t.tp_dict.SetItemString("__module__", PyUnicode.Intern("typing"));
        PyConstEvaluator.Type.tp_dict.SetItemString("__module__", PyUnicode.Intern("_typing"));
        PyGeneric.Type.InstanceClass = typeof(PyBaseObject);
        PyGeneric.Type.tp_alloc = PyBaseObject.Type.tp_alloc;
        PyGeneric.Type.tp_flags &= ~TypeFlags.DisallowInstantiation;
    }

    /// <summary>call_typing_func_object: typing.NAME(*args).</summary>
    public static PyObject? CallTypingFunc(string name, params PyObject[] args)
    {
        var func = TypingAttr(name);
        if (func == null) return null;
        var r = Calls.CallArgs(func, args);
        Py.DECREF(func);
        return r;
    }

    /// <summary>typing.NAME (importing typing).</summary>
    public static PyObject? TypingAttr(string name)
    {
        var typing = Import.ImportModule("typing");
        if (typing == null) return null;
        var func = Abstract.GetAttr(typing, name);
        Py.DECREF(typing);
        return func;
    }

    /// <summary>type_check: typing._type_check(arg, msg), except for None (typing may not be importable yet).</summary>
    public static PyObject? TypeCheck(PyObject arg, string msg)
    {
        if (arg == Py.None) return Py.NewRef(PyNone.Type);
        var m = PyUnicode.FromString(msg);
        var r = CallTypingFunc("_type_check", arg, m);
        Py.DECREF(m);
        return r;
    }

    /// <summary>caller(): the module (__module__) of the function running in the calling frame, or None.</summary>
    public static PyObject Caller()
    {
        var f = ThreadState.Current.CurrentFrame;
        if (f == null) return Py.None;
        if (f.Func is PyFunction fn) return Py.NewRef(fn.Module ?? Py.None);
        // A module body run without a function object: the module its function would name.
        return Py.NewRef(f.Globals.GetItemString("__name__") ?? Py.None);
    }

    /// <summary>unpack(): typing.Unpack[self].</summary>
    public static PyObject? Unpack(PyObject self)
    {
        var unpack = TypingAttr("Unpack");
        if (unpack == null) return null;
        var r = Abstract.GetItem(unpack, self);
        Py.DECREF(unpack);
        return r;
    }

    /// <summary>unpack_iter: iterating a TypeVarTuple or a type alias yields its Unpack[...] once.</summary>
    public static PyObject? UnpackIter(PyObject self)
    {
        var unpacked = Unpack(self);
        if (unpacked == null) return null;
        var one = PyTuple.Pack(unpacked);
        Py.DECREF(unpacked);
        var it = Abstract.GetIter(one);
        Py.DECREF(one);
        return it;
    }

    /// <summary>unpack_typevartuples: the params with each TypeVarTuple as Unpack[Ts] (what Generic[...] wants).</summary>
    public static PyTuple? UnpackTypeVarTuples(PyTuple ps)
    {
        bool any = false;
        foreach (var p in ps.Items) any |= p.ob_type == PyTypeVarTuple.Type;
        if (!any) return Py.NewRef(ps);
        var items = new PyObject[ps.Count];
        for (int i = 0; i < items.Length; i++)
        {
            var p = ps.Items[i];
            var item = p.ob_type == PyTypeVarTuple.Type ? Unpack(p) : Py.NewRef(p);
            if (item == null)
            {
                for (int j = 0; j < i; j++) Py.DECREF(items[j]);
                return null;
            }
            items[i] = item;
        }
        return PyTuple.FromStolen(items);
    }

    /// <summary>PySequence_Index: the first position of an item equal to <paramref name="x"/>; -1 with ValueError if none.</summary>
    public static long IndexOf(PyObject seq, PyObject x)
    {
        var it = Abstract.GetIter(seq);
        if (it == null) return -1;
        for (long i = 0; ; i++)
        {
            var item = Abstract.IterNext(it);
            if (item == null) break;
            int eq = Abstract.RichCompareBool(item, x, CompareOp.Eq);
            Py.DECREF(item);
            if (eq != 0)
            {
                Py.DECREF(it);
                return eq < 0 ? -1 : i;
            }
        }
        Py.DECREF(it);
        if (!Errors.Occurred()) Errors.SetString(PyExc.ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }

    /// <summary>Call an evaluate function (the compiler's take the format, VALUE by default).</summary>
    public static PyObject? Evaluate(PyObject evaluate) => Calls.CallNoArgs(evaluate);
}
