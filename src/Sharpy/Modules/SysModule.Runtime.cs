using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys's runtime settings: the thread switch interval, the default encoding, call_tracing, and
// the internal-cache and GIL queries (Python/sysmodule.c).
public static partial class SysModule
{
    [PyMethod("getdefaultencoding", Doc = "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the Unicode implementation.")]
    static PyObject? GetDefaultEncoding() => PyUnicode.FromString("utf-8");

    [PyMethod("getswitchinterval", Doc = "getswitchinterval($module, /)\n--\n\nReturn the current thread switch interval; see sys.setswitchinterval().")]
    static double GetSwitchInterval() => Gil.SwitchInterval;

    [PyMethod("setswitchinterval", Doc = "setswitchinterval($module, interval, /)\n--\n\nSet the ideal thread switching delay inside the Python interpreter.\n\nThe actual frequency of switching threads can be lower if the\ninterpreter executes long sequences of uninterruptible code\n(this is implementation-specific and workload-dependent).\n\nThe parameter must represent the desired switching delay in seconds\nA typical value is 0.005 (5 milliseconds).")]
    static PyObject? SetSwitchInterval(double interval)
    {
        if (!(interval > 0.0)) return Errors.SetString(PyExc.ValueError, "switch interval must be strictly positive");
        Gil.SwitchInterval = interval;
        return Py.None;
    }

    /// <summary>call_tracing(func, args): func(*args); CPython uses it to trace inside a debugger's own code.</summary>
    [PyMethod("call_tracing", Doc = "call_tracing($module, func, args, /)\n--\n\nCall func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code.")]
    static PyObject? CallTracing(PyObject func, PyTuple args) => Calls.CallTuple(func, args);

    /// <summary>Sharpy always runs with a GIL.</summary>
    [PyMethod("_is_gil_enabled", Doc = "_is_gil_enabled($module, /)\n--\n\nReturn True if the GIL is currently enabled and False otherwise.")]
    static bool IsGilEnabled() => true;

    [PyMethod("_is_immortal", Doc = "_is_immortal($module, op, /)\n--\n\nReturn True if the given object is \"immortal\" per PEP 683.\n\nThis function should be used for specialized purposes only.")]
    static bool IsImmortal(PyObject op) => op.IsImmortal;

    /// <summary>Sharpy's attribute lookups keep no type cache to clear.</summary>
    [PyMethod("_clear_type_cache", Doc = "_clear_type_cache($module, /)\n--\n\nClear the internal type lookup cache.")]
    static PyObject? ClearTypeCache() => Py.None;

    [PyMethod("_clear_internal_caches", Doc = "_clear_internal_caches($module, /)\n--\n\nClear all internal performance-related caches.")]
    static PyObject? ClearInternalCaches() => Py.None;

    [PyConstant("api_version")] const int ApiVersion = 1013;

    [PyConstant("copyright")] const string Copyright = "Copyright (c) 2001 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
}
