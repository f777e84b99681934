using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_warnings` module, as far as importlib's bootstrap uses it: `warn` hands the call to
/// the pure-Python `warnings.warn` (3.14's `_py_warnings`), which owns the filters. The C
/// accelerator's filter state is not written, so `warnings` keeps its Python implementation.
/// </summary>
[PyModule("_warnings")]
public static partial class WarningsModule
{
    [PyMethod("warn", Doc = "Issue a warning, or maybe ignore it or raise an exception.")]
    static PyObject? Warn([Keyword] PyObject message, [Keyword] PyObject? category = null, [Keyword] long stacklevel = 1,
        [Keyword] PyObject? source = null)
    {
        var warnings = Import.ImportModule("warnings");
        if (warnings == null) return null;
        var warn = Abstract.GetAttr(warnings, "warn");
        Py.DECREF(warnings);
        if (warn == null) return null;
        var level = PyLong.FromLong(stacklevel);
        var result = Calls.CallArgs(warn, message, category ?? PyNone.None, level, source ?? PyNone.None);
        Py.DECREF(level);
        Py.DECREF(warn);
        return result;
    }
}
