using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// Where a warning comes from (Python/_warnings.c: get_category, setup_context, do_warn): the
// frame `stacklevel` calls up, skipping importlib's bootstrap frames and the file prefixes
// given, and that frame's file, line, module name and `__warningregistry__`.
public static partial class WarningsModule
{
    /// <summary>The category of a warning: the message's class if it is a Warning, else the one given (UserWarning by default). Borrowed; null with TypeError.</summary>
    static PyObject? GetCategory(PyObject message, PyObject? category)
    {
        int rc = TypeChecks.IsInstance(message, PyExc.Warning);
        if (rc < 0) return null;
        if (rc == 1) category = message.ob_type;
        else if (category == null || category == Py.None) category = PyExc.UserWarning;
        rc = TypeChecks.IsSubclass(category, PyExc.Warning);
        if (rc <= 0)
        {
            Errors.Clear();
            Errors.SetString(PyExc.TypeError, $"category must be a Warning subclass, not '{category.ob_type.tp_name}'");
            return null;
        }
        return category;
    }

    /// <summary>
    /// do_warn: warn as from the frame <paramref name="stackLevel"/> calls up (1: the Python
    /// code calling). None, or null with an exception set (a warning made an error).
    /// </summary>
    internal static PyObject? DoWarn(PyObject message, PyObject category, long stackLevel, PyObject? source, PyTuple? skipFilePrefixes)
    {
        if (!SetupContext(stackLevel, skipFilePrefixes, out var filename, out int lineno, out var module, out var registry)) return null;
        var st = WarningsState.Get(Interpreter.Current);
        st.Lock.Acquire();
        var res = WarnExplicit(category, message, filename, lineno, module, registry, null, source);
        st.Lock.Release();
        Py.DECREF(filename);
        Py.DECREF(registry);
        Py.DECREF(module);
        return res;
    }

    static bool IsInternalFilename(string filename) => filename.Contains("importlib") && filename.Contains("_bootstrap");

    static bool IsInternalFrame(Frame? f) => f != null && IsInternalFilename(f.Code.Filename.Value);

    static bool IsFilenameToSkip(Frame f, PyTuple? prefixes)
    {
        if (prefixes == null) return false;
        var filename = f.Code.Filename.Value;
        foreach (var p in prefixes.Items)
            if (filename.StartsWith(((PyUnicode)p).Value, System.StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>next_external_frame: the next caller that is neither importlib's bootstrap nor in a skipped file.</summary>
    static Frame? NextExternalFrame(Frame f, PyTuple? prefixes)
    {
        Frame? back = f;
        do back = back.Previous;
        while (back != null && (IsInternalFrame(back) || IsFilenameToSkip(back, prefixes)));
        return back;
    }

    /// <summary>
    /// setup_context: the warning's filename, line, module name and registry (all new
    /// references), from the frame <paramref name="stackLevel"/> up. Beyond the outermost
    /// frame (or with no Python code running, as at shutdown) the warning is sys's:
    /// "&lt;sys&gt;", line 0, sys.__warningregistry__. False with an exception set on error.
    /// </summary>
    static bool SetupContext(long stackLevel, PyTuple? skipFilePrefixes, out PyUnicode filename, out int lineno,
        out PyObject module, out PyObject registry)
    {
        filename = null!;
        lineno = 0;
        module = null!;
        registry = null!;
        if (skipFilePrefixes != null)
        {
            foreach (var prefix in skipFilePrefixes.Items)
                if (prefix is not PyUnicode)
                {
                    Errors.SetString(PyExc.TypeError, $"Found non-str '{prefix.ob_type.tp_name}' in skip_file_prefixes.");
                    return false;
                }
        }
        var f = ThreadState.Current.CurrentFrame;
        // The level counts from the calling Python frame: no frame of warn() itself to pass.
        if (stackLevel <= 0 || IsInternalFrame(f))
        {
            while (--stackLevel > 0 && f != null) f = f.Previous;
        }
        else
        {
            while (--stackLevel > 0 && f != null) f = NextExternalFrame(f, skipFilePrefixes);
        }
        PyDict globals;
        if (f == null)
        {
            globals = Interpreter.Sys.Dict;
            filename = PyUnicode.FromString("<sys>");
            lineno = 0;
        }
        else
        {
            globals = f.Globals;
            filename = Py.NewRef(f.Code.Filename);
            lineno = f.LastLine;
        }

        var reg = globals.GetItemWithError(PyUnicode.Intern("__warningregistry__"));
        if (reg == null)
        {
            if (Errors.Occurred()) { Py.DECREF(filename); return false; }
            reg = PyDict.New();
            if (globals.SetItem(PyUnicode.Intern("__warningregistry__"), reg) < 0)
            {
                Py.DECREF(reg);
                Py.DECREF(filename);
                return false;
            }
            registry = reg;
        }
        else registry = Py.NewRef(reg);

        var name = globals.GetItemWithError(PyUnicode.Intern("__name__"));
        if (name == null && Errors.Occurred())
        {
            Py.DECREF(registry);
            Py.DECREF(filename);
            return false;
        }
        module = name != null && (name == Py.None || name is PyUnicode) ? Py.NewRef(name) : PyUnicode.FromString("<string>");
        return true;
    }
}
