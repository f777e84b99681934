using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Reporting an exception that cannot propagate (Python/errors.c format_unraisable_v): it goes
/// to sys.unraisablehook as an UnraisableHookArgs; the default hook (or a failing hook's own
/// error) is written to sys.stderr by <see cref="WriteDefault"/>.
/// </summary>
public static class Unraisable
{
    static PyType? s_argsType;

    public static PyType HookArgsType => s_argsType ??= PyStructSequence.NewType("UnraisableHookArgs",
    [
        new("exc_type", "Exception type"), new("exc_value", "Exception value"), new("exc_traceback", "Exception traceback"),
        new("err_msg", "Error message"), new("object", "Object causing the exception"),
    ], doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.");

    /// <summary>Take the current exception to report it (null when none is set); an exception raised by C# code gets the running frame as its traceback.</summary>
    public static PyBaseException? Fetch()
    {
        var ts = ThreadState.Current;
        if (ts.CurrentException is { Traceback: null } && ts.CurrentFrame is { } frame)
            Tracebacks.Here(ts, frame, frame.LastInstr);
        return Errors.GetRaisedException();
    }

    /// <summary>
    /// Report <paramref name="exc"/> (taken by <see cref="Fetch"/>; borrowed). <paramref name="errMsg"/> is the
    /// whole message ("Exception ignored while ..."), or null for PyErr_WriteUnraisable's "Exception ignored in: repr(obj)".
    /// </summary>
    public static void Report(PyBaseException exc, string? errMsg, PyObject? obj)
    {
        var args = MakeArgs(exc, errMsg == null ? null : PyUnicode.FromString(errMsg), obj);
        var hook = Interpreter.Sys?.Dict.GetItemString("unraisablehook");
        if (hook == null || hook == Py.None)
        {
            WriteDefault(args);
        }
        else
        {
            Py.INCREF(hook);
            var r = Calls.CallOneArg(hook, args);
            if (r != null)
            {
                Py.DECREF(r);
            }
            else if (Errors.GetRaisedException() is { } hookError)
            {
                // The hook failed: its own error is reported with the default hook.
                var hookArgs = MakeArgs(hookError, PyUnicode.FromString("Exception ignored in sys.unraisablehook"), hook);
                Py.DECREF(hookError);
                WriteDefault(hookArgs);
                Py.DECREF(hookArgs);
            }
            Py.DECREF(hook);
        }
        Py.DECREF(args);
        Errors.Clear();
    }

    /// <summary>make_unraisable_hook_args; <paramref name="errMsg"/> is stolen.</summary>
    static PyStructSequence MakeArgs(PyBaseException exc, PyObject? errMsg, PyObject? obj)
        => PyStructSequence.New(HookArgsType, Py.NewRef(exc.ob_type), Py.NewRef(exc), Py.NewRef(exc.Traceback ?? Py.None),
            errMsg ?? Py.None, Py.NewRef(obj ?? Py.None));

    /// <summary>
    /// write_unraisable_exc: the default hook's output on sys.stderr (nothing when it is None):
    /// "{err_msg}: {obj!r}" or "Exception ignored in: {obj!r}", or "{err_msg}:" without an object,
    /// then the exception.
    /// </summary>
    public static void WriteDefault(PyStructSequence args)
    {
        var file = Sharpy.Modules.SysModule.StdErr();
        if (file == null || file == Py.None) return;
        PyObject excValue = args[1], errMsg = args[3], obj = args[4];
        string header = "";
        if (obj != Py.None)
        {
            string prefix = "Exception ignored in";
            if (errMsg != Py.None)
            {
                prefix = StrOrNull(errMsg) ?? "";
            }
            var repr = Abstract.ReprString(obj);
            if (repr == null) { Errors.Clear(); repr = "<object repr() failed>"; }
            header = prefix + ": " + repr + "\n";
        }
        else if (errMsg != Py.None)
        {
            if (StrOrNull(errMsg) is { } m) header = m + ":\n";
        }
        TracebackPrinter.PrintUnraisable(header, args[0], excValue, args[2], file);
    }

    /// <summary>str(o) for the report, null (and no exception) when str() fails.</summary>
    static string? StrOrNull(PyObject o)
    {
        var s = Abstract.Str(o);
        if (s == null) { Errors.Clear(); return null; }
        var text = ((PyUnicode)s).Value;
        Py.DECREF(s);
        return text;
    }
}
