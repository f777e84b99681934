using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.set_asyncgen_hooks / get_asyncgen_hooks and the coroutine origin tracking depth (Python/sysmodule.c).
public static partial class SysModule
{
    /// <summary>sys.asyncgen_hooks: the struct sequence get_asyncgen_hooks() returns (a static type, shared).</summary>
    static PyType? s_asyncGenHooksType;

    static PyType AsyncGenHooksType => s_asyncGenHooksType ??= PyStructSequence.NewType("asyncgen_hooks", [new("firstiter"), new("finalizer")]);

    /// <summary>set_asyncgen_hooks([firstiter] [, finalizer]): parsed as CPython's nameless "|OO" format reports errors.</summary>
    [PyMethod("set_asyncgen_hooks", Raw = "an argument given as None differs from one not given, as in CPython's sys_set_asyncgen_hooks")]
    static PyObject? SetAsyncGenHooks(ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0, npos = args.Length - nkw;
        if (args.Length > 2) return Errors.SetString(PyExc.TypeError, $"function takes at most 2 arguments ({args.Length} given)");
        PyObject? firstiter = npos > 0 ? args[0].AsBorrowed : null;
        PyObject? finalizer = npos > 1 ? args[1].AsBorrowed : null;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyUnicode)kwnames!.Items[k]).Value;
            int pos = name == "firstiter" ? 0 : name == "finalizer" ? 1 : -1;
            if (pos < 0) return Errors.SetString(PyExc.TypeError, $"this function got an unexpected keyword argument '{name}'");
            if (pos < npos) return Errors.SetString(PyExc.TypeError, $"argument for function given by name ('{name}') and position ({pos + 1})");
            if (pos == 0) firstiter = args[npos + k].AsBorrowed;
            else finalizer = args[npos + k].AsBorrowed;
        }
        // An argument left out keeps its hook; None removes it.
        if (finalizer != null && finalizer != Py.None && finalizer.ob_type.tp_call == null)
            return Errors.SetString(PyExc.TypeError, $"callable finalizer expected, got {finalizer.ob_type.tp_name}");
        if (firstiter != null && firstiter != Py.None && firstiter.ob_type.tp_call == null)
            return Errors.SetString(PyExc.TypeError, $"callable firstiter expected, got {firstiter.ob_type.tp_name}");
        var ts = ThreadState.Current;
        if (finalizer != null) Py.SETREF(ref ts.AsyncGenFinalizer, finalizer == Py.None ? null : Py.NewRef(finalizer));
        if (firstiter != null) Py.SETREF(ref ts.AsyncGenFirstIter, firstiter == Py.None ? null : Py.NewRef(firstiter));
        return Py.None;
    }

    [PyMethod("get_asyncgen_hooks")]
    static PyObject? GetAsyncGenHooks()
    {
        var ts = ThreadState.Current;
        return PyStructSequence.New(AsyncGenHooksType, Py.NewRef(ts.AsyncGenFirstIter ?? Py.None), Py.NewRef(ts.AsyncGenFinalizer ?? Py.None));
    }

    [PyMethod("set_coroutine_origin_tracking_depth")]
    static PyObject? SetCoroutineOriginTrackingDepth([Keyword] int depth)
    {
        if (depth < 0) return Errors.SetString(PyExc.ValueError, "depth must be >= 0");
        ThreadState.Current.CoroutineOriginTrackingDepth = depth;
        return Py.None;
    }

    [PyMethod("get_coroutine_origin_tracking_depth")]
    static PyObject? GetCoroutineOriginTrackingDepth() => PyLong.FromLong(ThreadState.Current.CoroutineOriginTrackingDepth);
}
