using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `atexit` module (Modules/atexitmodule.c): functions to call at interpreter shutdown,
/// last registered first. The callbacks live in the interpreter state, so they run even if
/// the module is gone from sys.modules.
/// </summary>
[PyModule("atexit")]
public static partial class AtexitModule
{
    /// <summary>register(func, /, *args, **kwargs), with func taken from *args as CPython does (its message).</summary>
    [PyMethod("register", KeywordDict = true)]
    static PyObject? Register([VarArgs] PyTuple args, [VarKeywords] PyDict? kwargs)
    {
        if (args.Count == 0) return Errors.SetString(PyExc.TypeError, "register() takes at least 1 argument (0 given)");
        var func = args.Items[0];
        if (func.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "the first argument must be callable");
        var rest = PyTuple.FromBorrowed(args.Items.AsSpan(1));
        Interpreter.Current.AtExitCallbacks.Add(new AtExitCallback(Py.NewRef(func), rest, kwargs?.Copy()));
        return Py.NewRef(func);
    }

    /// <summary>Remove every registration of a function equal to <paramref name="func"/>.</summary>
    [PyMethod("unregister")]
    static PyObject? Unregister(PyObject func)
    {
        var list = Interpreter.Current.AtExitCallbacks;
        for (int i = 0; i < list.Count; i++)
        {
            var cb = list[i];
            int eq = Abstract.RichCompareBool(cb.Func, func, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) continue;
            // Comparing may have run code that changed the list.
            int at = list.IndexOf(cb);
            if (at < 0) continue;
            list.RemoveAt(at);
            cb.Release();
            i = at - 1;
        }
        return Py.None;
    }

    [PyMethod("_clear")]
    static void Clear() => ClearCallbacks(Interpreter.Current);

    [PyMethod("_ncallbacks")]
    static long NCallbacks() => Interpreter.Current.AtExitCallbacks.Count;

    [PyMethod("_run_exitfuncs")]
    static PyObject? RunExitFuncsMethod()
    {
        RunExitFuncs(Interpreter.Current);
        return Errors.Occurred() ? null : Py.None;
    }

    static void ClearCallbacks(InterpreterState interp)
    {
        var list = interp.AtExitCallbacks.ToArray();
        interp.AtExitCallbacks.Clear();
        foreach (var cb in list) cb.Release();
    }

    /// <summary>
    /// atexit_callfuncs: call the callbacks registered so far, last first, then forget them and
    /// any registered meanwhile.
    /// An exception in one is reported as unraisable and the others still run.
    /// </summary>
    public static void RunExitFuncs(InterpreterState interp)
    {
        var list = interp.AtExitCallbacks.ToArray();
        interp.AtExitCallbacks.Clear();
        for (int i = list.Length - 1; i >= 0; i--)
        {
            var cb = list[i];
            var r = Calls.CallTuple(cb.Func, cb.Args, cb.Kwargs);
            if (r != null) Py.DECREF(r);
            else Interpreter.WriteUnraisable("in atexit callback", cb.Func);
        }
        foreach (var cb in list) cb.Release();
        // atexit_cleanup: callbacks registered while these ran are dropped, not run.
        ClearCallbacks(interp);
    }
}
