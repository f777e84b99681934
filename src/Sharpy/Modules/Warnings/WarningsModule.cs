using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_warnings` module (Python/_warnings.c): the C side of `warnings`. Lib/warnings.py
/// takes `filters`, `_defaultaction`, `_onceregistry`, `_warnings_context`, `warn`,
/// `warn_explicit` and the lock functions from here over `_py_warnings`'s, so the filters a
/// program sets are the ones the runtime's own warnings (<see cref="Runtime.Warnings"/>) obey.
/// The state lives in the interpreter (<see cref="WarningsState"/>); the module's attributes
/// are references to it.
/// </summary>
[PyModule("_warnings", Doc = "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.")]
public static partial class WarningsModule
{
    static int InitModule(PyModule m)
    {
        var st = WarningsState.Get(Interpreter.Current);
        var d = m.Dict;
        if (d.SetItemString("filters", st.Filters) < 0) return -1;
        if (d.SetItemString("_onceregistry", st.OnceRegistry) < 0) return -1;
        if (d.SetItemString("_defaultaction", st.DefaultAction) < 0) return -1;
        if (d.SetItemString("_warnings_context", st.Context) < 0) return -1;
        return 0;
    }

    [PyMethod("warn", Doc = "Issue a warning, or maybe ignore it or raise an exception.\n\n  message\n    Text of the warning message.\n  category\n    The Warning category subclass. Defaults to UserWarning.\n  stacklevel\n    How far up the call stack to make this warning appear. A value of 2 for\n    example attributes the warning to the caller of the code calling warn().\n  source\n    If supplied, the destroyed object which emitted a ResourceWarning\n  skip_file_prefixes\n    An optional tuple of module filename prefixes indicating frames to skip\n    during stacklevel computations for stack frame attribution.")]
    static PyObject? Warn([Keyword] PyObject message, [Keyword] PyObject? category = null, [Keyword] long stacklevel = 1,
        [Keyword] PyObject? source = null, [KeywordOnly] PyTuple? skip_file_prefixes = null)
    {
        // Prefixes to skip mean the frame warning is not the one calling warn().
        if (skip_file_prefixes != null && skip_file_prefixes.Count > 0 && stacklevel < 2) stacklevel = 2;
        var cat = GetCategory(message, category);
        if (cat == null) return null;
        return DoWarn(message, cat, stacklevel, source, skip_file_prefixes);
    }

    [PyMethod("warn_explicit", Doc = "Issue a warning, or maybe ignore it or raise an exception.")]
    static PyObject? WarnExplicitMethod([Keyword] PyObject message, [Keyword] PyObject category, [Keyword] PyUnicode filename,
        [Keyword] int lineno, [Keyword] PyObject? module = null, [Keyword] PyObject? registry = null,
        [Keyword] PyObject? module_globals = null, [Keyword] PyObject? source = null)
    {
        PyObject? sourceLine = null;
        if (module_globals != null && module_globals != Py.None)
        {
            if (module_globals is not PyDict globals)
                return Errors.SetString(PyExc.TypeError, $"module_globals must be a dict, not '{module_globals.ob_type.tp_name}'");
            sourceLine = GetSourceLine(globals, lineno);
            if (sourceLine == null && Errors.Occurred()) return null;
        }
        var st = WarningsState.Get(Interpreter.Current);
        st.Lock.Acquire();
        var result = WarnExplicit(category, message, filename, lineno, module, registry ?? Py.None, sourceLine, source ?? Py.None);
        st.Lock.Release();
        Py.XDECREF(sourceLine);
        return result;
    }

    /// <summary>Bump the filters version, which empties every `__warningregistry__` at its next use; the caller holds the lock.</summary>
    [PyMethod("_filters_mutated_lock_held")]
    static PyObject? FiltersMutatedLockHeld()
    {
        var st = WarningsState.Get(Interpreter.Current);
        if (!st.Lock.IsHeldByCurrentThread) return Errors.SetString(PyExc.RuntimeError, "warnings lock is not held");
        st.FiltersVersion++;
        return Py.None;
    }

    [PyMethod("_acquire_lock")]
    static void AcquireLock() => WarningsState.Get(Interpreter.Current).Lock.Acquire();

    [PyMethod("_release_lock")]
    static PyObject? ReleaseLock()
    {
        if (!WarningsState.Get(Interpreter.Current).Lock.Release())
            return Errors.SetString(PyExc.RuntimeError, "cannot release un-acquired lock");
        return Py.None;
    }
}
