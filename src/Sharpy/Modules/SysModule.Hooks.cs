using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

// sys.unraisablehook and sys.breakpointhook, and the __xxxhook__ originals (Python/sysmodule.c).
public static partial class SysModule
{
    /// <summary>sys.__breakpointhook__ and __unraisablehook__: the hooks as the interpreter started, for code that replaced them to restore.</summary>
    static void AddOriginalHooks(PyDict d)
    {
        foreach (var name in new[] { "breakpointhook", "unraisablehook" })
            d.SetItemString("__" + name + "__", d.GetItemString(name)!);
    }

    [PyMethod("unraisablehook", Doc = "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.")]
    static PyObject? UnraisableHook(PyObject unraisable)
    {
        if (unraisable.ob_type != Unraisable.HookArgsType)
            return Errors.SetString(PyExc.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
        Unraisable.WriteDefault((PyStructSequence)unraisable);
        return Py.None;
    }

    /// <summary>sys_breakpointhook: the callable PYTHONBREAKPOINT names (pdb.set_trace by default; "0" disables), called with the arguments.</summary>
    [PyMethod("breakpointhook", Doc = "breakpointhook($module, /, *args, **kwargs)\n--\n\nThis hook function is called by built-in breakpoint().\n")]
    static PyObject? BreakpointHook([VarArgs] PyTuple args, [VarKeywords] PyDict? kwargs)
    {
        var env = GetEnv("PYTHONBREAKPOINT");
        if (string.IsNullOrEmpty(env)) env = "pdb.set_trace";
        else if (env == "0") return Py.None;
        int dot = env.LastIndexOf('.');
        string modulePath = dot < 0 ? "builtins" : env[..dot], attrName = dot < 0 ? env : env[(dot + 1)..];
        PyObject? hook = null;
        // A name whose only dot is its first character (".", ".int") names no module.
        var module = dot == 0 ? null : Import.ImportModule(modulePath);
        if (module != null)
        {
            var name = PyUnicode.FromString(attrName);
            hook = Abstract.GetAttr(module, name);
            Py.DECREF(name);
            Py.DECREF(module);
        }
        if (hook == null)
        {
            if (dot != 0 && !Errors.ExceptionMatches(PyExc.ImportError) && !Errors.ExceptionMatches(PyExc.AttributeError)) return null;
            Errors.Clear();
            if (Warnings.WarnEx(PyExc.RuntimeWarning, $"Ignoring unimportable $PYTHONBREAKPOINT: \"{env}\"", 0) < 0) return null;
            return Py.None;
        }
        var r = Calls.CallTuple(hook, args, kwargs);
        Py.DECREF(hook);
        return r;
    }

    /// <summary>getenv: the process environment as os.environ/putenv leave it (.NET's copy misses later changes).</summary>
    static unsafe string? GetEnv(string name)
    {
        fixed (byte* p = System.Text.Encoding.UTF8.GetBytes(name + "\0"))
        {
            var v = Sharpy.Modules.Posix.Libc.getenv(p);
            return v == null ? null : System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)v);
        }
    }
}
