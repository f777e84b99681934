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

/// <summary>
/// The `gc` module (Modules/gcmodule.c). The cycle collector itself is not built yet:
/// collect() finds nothing and returns 0; enable/disable/isenabled keep their flag.
/// </summary>
[PyModule("gc")]
public static partial class GcModule
{
    static bool s_enabled = true;

    public static void InitModule(PyModule m)
    {
    }

    [PyMethod("collect")]
    static PyObject? Collect(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => PyLong.FromLong(0);

    [PyMethod("enable")]
    static PyObject? Enable(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        s_enabled = true;
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("disable")]
    static PyObject? Disable(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        s_enabled = false;
        return Py.NewRef(PyNone.None);
    }

    [PyMethod("isenabled")]
    static PyObject? IsEnabled(PyObject? module, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => Py.NewBool(s_enabled);
}
