using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `_weakref` module (Modules/_weakref.c).</summary>
[PyModule("_weakref")]
public static partial class WeakrefModule
{
    public static void InitModule(PyModule m)
    {
        m.Dict.SetItemString("ref", PyWeakReference.Type);
        m.Dict.SetItemString("ReferenceType", PyWeakReference.Type);
    }

    [PyMethod("getweakrefcount")]
    static PyObject? GetWeakRefCount(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"getweakrefcount() takes exactly one argument ({args.Length} given)");
        long n = 0;
        if (args[0].AsBorrowed is IWeakReferenceable w)
            for (var r = w.WeakRefList; r != null; r = r.Next) n++;
        return PyLong.FromLong(n);
    }

    [PyMethod("getweakrefs")]
    static PyObject? GetWeakRefs(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"getweakrefs() takes exactly one argument ({args.Length} given)");
        var list = PyList.New();
        if (args[0].AsBorrowed is IWeakReferenceable w)
            for (var r = w.WeakRefList; r != null; r = r.Next) list.Append(r);
        return list;
    }
}

/// <summary>The `gc` module (Modules/gcmodule.c): the cycle collector's controls.</summary>
[PyModule("gc")]
public static partial class GcModule
{
    [PyMethod("collect")]
    static PyObject? Collect(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length > 1) return Errors.SetString(PyExc.TypeError, $"collect() takes at most 1 argument ({args.Length} given)");
        return PyLong.FromLong(Gc.Collect());
    }

    [PyMethod("enable")]
    static PyObject? Enable(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Gc.Enabled = true;
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("disable")]
    static PyObject? Disable(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Gc.Enabled = false;
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("isenabled")]
    static PyObject? IsEnabled(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => Py.NewBool(Gc.Enabled);

    [PyMethod("is_tracked")]
    static PyObject? IsTracked(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 1) return Errors.SetString(PyExc.TypeError, $"is_tracked() takes exactly one argument ({args.Length} given)");
        return Py.NewBool(Gc.IsTracked(args[0].AsBorrowed));
    }

    [PyMethod("get_threshold")]
    static PyObject? GetThreshold(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => PyTuple.FromStolen([PyLong.FromLong(Gc.Threshold), PyLong.FromLong(10), PyLong.FromLong(0)]);

    [PyMethod("get_count")]
    static PyObject? GetCount(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => PyTuple.FromStolen([PyLong.FromLong(Gc.TrackedCount), PyLong.FromLong(0), PyLong.FromLong(0)]);
}
