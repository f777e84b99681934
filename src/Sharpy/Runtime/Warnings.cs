using Sharpy.Modules;
using Sharpy.Objects;
using Sharpy.Parser;

namespace Sharpy.Runtime;

/// <summary>
/// The runtime's own warnings (Python/_warnings.c's C API: PyErr_WarnEx, PyErr_ResourceWarning,
/// PyErr_WarnExplicitObject, _PyErr_WarnUnawaitedCoroutine; Python/errors.c's
/// _PyErr_EmitSyntaxWarning). They go through `_warnings` (<see cref="WarningsModule"/>), so
/// the filters, registries and showwarning hooks of `warnings` apply, and before `warnings`
/// is imported the default filters and the built-in printing do.
/// </summary>
public static class Warnings
{
    /// <summary>The tokenizer's and parser's SyntaxWarnings; -1 with SyntaxError set when a filter made one an error.</summary>
    public static int EmitSyntaxWarnings(ParseDiagnostics diagnostics)
    {
        foreach (var w in diagnostics.Warnings)
            if (EmitSyntaxWarning(w.Message, w.Filename, w.Lineno, 0, w.Lineno, 0) < 0) return -1;
        return 0;
    }

    /// <summary>The compiler's SyntaxWarnings (ast_preprocess.c and codegen.c); -1 with SyntaxError set when a filter made one an error.</summary>
    public static int EmitCompileWarnings(System.Collections.Generic.List<Sharpy.Compiler.CompileWarning> warnings)
    {
        foreach (var w in warnings)
            if (EmitSyntaxWarning(w.Message, w.Filename, w.Lineno, w.Offset, w.EndLineno, w.EndOffset) < 0) return -1;
        return 0;
    }

    /// <summary>
    /// _PyErr_EmitSyntaxWarning: a SyntaxWarning at the given file and line, with no registry,
    /// so the filters and catch_warnings see every one (each compile() warns again). A
    /// warning the filters turn into an error becomes a SyntaxError at the warning's position.
    /// </summary>
    static int EmitSyntaxWarning(string message, string filename, int lineno, int offset, int endLineno, int endOffset)
    {
        if (WarnExplicit(PyExc.SyntaxWarning, message, filename, lineno) == 0) return 0;
        if (Errors.ExceptionMatches(PyExc.SyntaxWarning))
        {
            Errors.Clear();
            Pipeline.RaiseSyntaxError("SyntaxError", message, filename, lineno, offset, endLineno, endOffset, null);
        }
        return -1;
    }

    /// <summary>
    /// PyErr_WarnExplicitObject with no module or registry: the warning as from
    /// <paramref name="filename"/>:<paramref name="lineno"/>. 0, or -1 with an exception set.
    /// </summary>
    public static int WarnExplicit(PyType category, string message, string filename, int lineno)
    {
        var text = PyUnicode.FromString(message);
        var file = PyUnicode.FromString(filename);
        var st = WarningsState.Get(Interpreter.Current);
        st.Lock.Acquire();
        var r = WarningsModule.WarnExplicit(category, text, file, lineno, null, null, null, null);
        st.Lock.Release();
        Py.DECREF(file);
        Py.DECREF(text);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>
    /// PyErr_WarnEx: warn as from the Python frame <paramref name="stacklevel"/> calls up (1:
    /// the code that called into the runtime). 0, or -1 with an exception set (a warning a
    /// filter turned into an error).
    /// </summary>
    public static int WarnEx(PyType category, string message, int stacklevel) => Warn(category, message, stacklevel, null);

    /// <summary>
    /// PyErr_ResourceWarning and _PyErr_WarnFormat with a source: as <see cref="WarnEx"/>, with
    /// the object the warning is about, for which `warnings` adds where it was allocated (or
    /// the tracemalloc hint).
    /// </summary>
    public static int WarnWithSource(PyType category, string message, int stacklevel, PyObject source) =>
        Warn(category, message, stacklevel, source);

    static int Warn(PyType category, string message, int stacklevel, PyObject? source)
    {
        var text = PyUnicode.FromString(message);
        var r = WarningsModule.DoWarn(text, category, stacklevel, source, null);
        Py.DECREF(text);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>
    /// _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro) reports it (with
    /// where the coroutine was created, when origin tracking is on); if that is missing or
    /// fails other than by the warning itself, a plain RuntimeWarning. What fails is reported
    /// as unraisable "while finalizing coroutine".
    /// </summary>
    public static void WarnUnawaitedCoroutine(PyObject coro, string qualname)
    {
        bool warned = false;
        var fn = WarningsAttr("_warn_unawaited_coroutine");
        if (fn != null)
        {
            var res = Calls.CallOneArg(fn, coro);
            Py.DECREF(fn);
            if (res != null || Errors.ExceptionMatches(PyExc.RuntimeWarning)) warned = true;
            Py.XDECREF(res);
        }
        if (Errors.Occurred()) Interpreter.WriteUnraisable("while finalizing coroutine", coro);
        if (!warned && WarnWithSource(PyExc.RuntimeWarning, $"coroutine '{qualname}' was never awaited", 1, coro) < 0)
            Interpreter.WriteUnraisable("while finalizing coroutine", coro);
    }

    /// <summary>
    /// get_warnings_attr with try_import: an attribute of the `warnings` module, imported if
    /// needed (not during shutdown); null without an exception when the module cannot be
    /// imported or lacks it.
    /// </summary>
    static PyObject? WarningsAttr(string name)
    {
        var interp = Interpreter.Current;
        if (interp.Importlib == null || interp.Finalizing) return null;
        var warnings = Import.ImportModule("warnings");
        if (warnings == null)
        {
            if (Errors.ExceptionMatches(PyExc.ImportError)) Errors.Clear();
            return null;
        }
        var attr = Abstract.GetAttr(warnings, name);
        Py.DECREF(warnings);
        if (attr == null && Errors.ExceptionMatches(PyExc.AttributeError)) Errors.Clear();
        return attr;
    }
}
