using Sharpy.Objects;
using Sharpy.Parser;

namespace Sharpy.Runtime;

/// <summary>
/// Warnings raised by the runtime itself (Python/_warnings.c). Until the `warnings` module
/// runs, a warning is printed in CPython's default format: "file:line: Category: message"
/// and the source line.
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
    /// _PyErr_EmitSyntaxWarning: warnings.warn_explicit(message, SyntaxWarning, filename, lineno)
    /// with no registry, so the warnings module's filters and catch_warnings see every one
    /// (each compile() warns again). A warning the filters turn into an error becomes a
    /// SyntaxError at the warning's position. Before the standard library runs, printed.
    /// </summary>
    static int EmitSyntaxWarning(string message, string filename, int lineno, int offset, int endLineno, int endOffset)
    {
        if (Interpreter.Current.Importlib == null)
        {
            Emit(PyExc.SyntaxWarning, message, filename, lineno);
            return 0;
        }
        var warnings = Import.ImportModule("warnings");
        if (warnings == null) return -1;
        var text = PyUnicode.FromString(message);
        var file = PyUnicode.FromString(filename);
        var line = PyLong.FromLong(lineno);
        var r = Calls.CallMethod(warnings, "warn_explicit", text, PyExc.SyntaxWarning, file, line);
        Py.DECREF(line);
        Py.DECREF(file);
        Py.DECREF(text);
        Py.DECREF(warnings);
        if (r == null)
        {
            if (Errors.ExceptionMatches(PyExc.SyntaxWarning))
            {
                Errors.Clear();
                Pipeline.RaiseSyntaxError("SyntaxError", message, filename, lineno, offset, endLineno, endOffset, null);
            }
            return -1;
        }
        Py.DECREF(r);
        return 0;
    }

    /// <summary>
    /// PyErr_WarnEx: warnings.warn(message, category, stacklevel), so the warnings module's
    /// filters apply. Without a standard library, the built-in default filters of
    /// <see cref="WarnAtCurrentFrame"/>. 0, or -1 with an exception set (a warning turned error).
    /// </summary>
    public static int WarnEx(PyType category, string message, int stacklevel)
    {
        if (Interpreter.Current.Importlib == null) return WarnAtCurrentFrame(category, message);
        var warnings = Import.ImportModule("warnings");
        if (warnings == null) return -1;
        var text = PyUnicode.FromString(message);
        var level = PyLong.FromLong(stacklevel);
        var r = Calls.CallMethod(warnings, "warn", text, category, level);
        Py.DECREF(level);
        Py.DECREF(text);
        Py.DECREF(warnings);
        if (r == null) return -1;
        Py.DECREF(r);
        return 0;
    }

    /// <summary>
    /// PyErr_WarnEx with a source object: warnings.warn(message, category, stacklevel,
    /// source=source), whose report of a source adds the tracemalloc hint. Before the
    /// standard library runs, as <see cref="WarnAtCurrentFrame"/> with the hint.
    /// </summary>
    public static int WarnWithSource(PyType category, string message, int stacklevel, PyObject source)
    {
        if (Interpreter.Current.Importlib == null) return WarnAtCurrentFrame(category, message, sourceHint: true);
        var warn = WarningsAttr("warn");
        if (warn == null) return Errors.Occurred() ? -1 : WarnAtCurrentFrame(category, message, sourceHint: true);
        var text = PyUnicode.FromString(message);
        var level = PyLong.FromLong(stacklevel);
        var r = Calls.CallArgs(warn, text, category, level, source);
        Py.DECREF(level);
        Py.DECREF(text);
        Py.DECREF(warn);
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
        if (Interpreter.Current.Importlib != null)
        {
            var fn = WarningsAttr("_warn_unawaited_coroutine");
            if (fn != null)
            {
                var res = Calls.CallOneArg(fn, coro);
                Py.DECREF(fn);
                if (res != null || Errors.ExceptionMatches(PyExc.RuntimeWarning)) warned = true;
                Py.XDECREF(res);
            }
        }
        if (Errors.Occurred()) Interpreter.WriteUnraisable("while finalizing coroutine", coro);
        if (!warned && WarnWithSource(PyExc.RuntimeWarning, $"coroutine '{qualname}' was never awaited", 1, coro) < 0)
            Interpreter.WriteUnraisable("while finalizing coroutine", coro);
    }

    /// <summary>
    /// get_warnings_attr with try_import: an attribute of the imported `warnings` module; null
    /// without an exception when the module cannot be imported or lacks it.
    /// </summary>
    static PyObject? WarningsAttr(string name)
    {
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

    /// <summary>
    /// PyErr_WarnEx at stack level 1 while the `warnings` module cannot run: the warning is
    /// attributed to the innermost Python frame and filtered as the default filters do (a
    /// DeprecationWarning only from __main__, a RuntimeWarning once per location, recorded in
    /// that frame's `__warningregistry__`). <paramref name="sourceHint"/>: the warning has a
    /// source object, for which CPython adds the tracemalloc hint. -1 with an exception set on error.
    /// </summary>
    public static int WarnAtCurrentFrame(PyType category, string message, bool sourceHint = false)
    {
        if (!sourceHint && Interpreter.Current.Importlib != null) return WarnEx(category, message, 1);
        var f = ThreadState.Current.CurrentFrame;
        // No Python code running: objects dropped at interpreter shutdown, for which CPython
        // 3.14 shows nothing (the warnings machinery is gone by then).
        if (f == null) return 0;
        string filename = f.Code.Filename.Value;
        int lineno = f.LastLine;
        var globals = f.Globals;
        if (category == PyExc.DeprecationWarning)
        {
            var modName = globals.GetItemString("__name__") as PyUnicode;
            if (modName == null || modName.Value != "__main__") return 0;
        }
        var registry = globals.GetItemString("__warningregistry__") as PyDict;
        if (registry == null)
        {
            registry = PyDict.New();
            int err = globals.SetItemString("__warningregistry__", registry);
            Py.DECREF(registry);
            if (err < 0) return -1;
        }
        var text = PyUnicode.FromString(message);
        var line = PyLong.FromLong(lineno);
        var key = PyTuple.Pack(text, category, line);
        Py.DECREF(text);
        Py.DECREF(line);
        var seen = registry.GetItemWithError(key);
        if (seen == null && Errors.Occurred()) { Py.DECREF(key); return -1; }
        if (seen != null && Abstract.IsTrue(seen) > 0) { Py.DECREF(key); return 0; }
        int set = registry.SetItem(key, PyBool.True);
        Py.DECREF(key);
        if (set < 0) return -1;
        Emit(category, message, filename, lineno);
        if (sourceHint) WriteStderr($"{category.Name}: Enable tracemalloc to get the object allocation traceback\n");
        return 0;
    }

    static void WriteStderr(string text)
    {
        Sharpy.Modules.SysModule.WriteStderr(text);
    }

    public static void Emit(PyType category, string message, string filename, int lineno)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(filename).Append(':').Append(lineno).Append(": ").Append(category.Name).Append(": ").Append(message).Append('\n');
        var line = SourceLines.Get(filename, lineno);
        if (line != null && line.Trim().Length > 0) sb.Append("  ").Append(line.Trim()).Append('\n');
        WriteStderr(sb.ToString());
    }
}
