using System;
using System.Runtime.CompilerServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// The interpreter state (PyInterpreterState): sys.modules, the builtins module, start-up,
/// and services every part uses (id(), unraisable exceptions).
/// </summary>
public static class Interpreter
{
    /// <summary>How deep C# code may recurse (repr, compare, calls from C#) before RecursionError.</summary>
    public const int CRecursionLimit = 2000;

    /// <summary>The interpreter running in this process (one for now; see <see cref="InterpreterState"/>).</summary>
    public static InterpreterState Current { get; private set; } = null!;

    /// <summary>The start-up configuration; a host replaces it before <see cref="Initialize"/>.</summary>
    public static PyConfig Config { get; set; } = new();

    public static PyDict Modules => Current.Modules;
    public static PyModule Builtins => Current.Builtins;
    public static PyModule Sys => Current.Sys;
    /// <summary>
    /// LOAD_COMMON_CONSTANT's objects (interp->common_consts), taken once at start-up: code
    /// compiled for `all(genexpr)` checks that the name still means the builtin of start-up,
    /// so rebinding builtins.all later is seen (the call goes to the new binding).
    /// </summary>
    internal static PyObject[] CommonConsts = null!;

    /// <summary>Create the builtin types and the core modules. Idempotent.</summary>
    public static void Initialize()
    {
        if (Current != null) return;
        ThreadState.SetMain();
        Sharpy.Modules.Io.IoModule.InitLocale();
        BuiltinTypes.Init();
        var interp = Current = new InterpreterState();
        interp.ThreadStates.Add(ThreadState.Current);
        interp.Modules = PyDict.New();
        interp.Builtins = Sharpy.Modules.BuiltinModules.Create("builtins")!;
        // Keyed by the interned name, the object builtin types' __module__ returns (pickle's whichmodule relies on it).
        interp.Modules.SetItem(PyUnicode.Intern("builtins"), interp.Builtins);
        interp.ImportFunc = Py.NewRef(interp.Builtins.Dict.GetItemString("__import__")!);
        interp.CallableLen = Py.NewRef(interp.Builtins.Dict.GetItemString("len")!);
        interp.CallableIsInstance = Py.NewRef(interp.Builtins.Dict.GetItemString("isinstance")!);
        CommonConsts = [PyExc.AssertionError, PyExc.NotImplementedError, PyTuple.Type,
            Py.NewRef(interp.Builtins.Dict.GetItemString("all")!), Py.NewRef(interp.Builtins.Dict.GetItemString("any")!)];
        interp.Sys = Sharpy.Modules.BuiltinModules.Create("sys")!;
        interp.Modules.SetItem(PyUnicode.Intern("sys"), interp.Sys);
        if (Sharpy.Modules.Io.StdStreams.Init(interp) < 0) Errors.Clear();
    }

    /// <summary>
    /// _PyEval_BuiltinsFromGlobals: the builtins of code run with <paramref name="globals"/>
    /// (borrowed): the dict of a module `__builtins__`, any other `__builtins__` as it is (a
    /// mapping is looked up by subscription; anything else fails at the first lookup), else
    /// the running frame's.
    /// </summary>
    public static PyObject BuiltinsFromGlobals(PyDict globals)
    {
        var b = globals.GetItemString("__builtins__");
        if (b is PyModule m) return m.Dict;
        // Without one, the running frame's builtins (_PyEval_GetBuiltins).
        return b ?? CurrentBuiltins();
    }

    /// <summary>PyEval_GetBuiltins: the running frame's builtins (borrowed), else the interpreter's dict.</summary>
    public static PyObject CurrentBuiltins() => ThreadState.Current.CurrentFrame?.Builtins ?? Builtins.Dict;

    static readonly ConditionalWeakTable<PyObject, object> s_ids = new();
    static long s_nextId = 0x7f0000001000;

    /// <summary>id(): a stable number for the object's lifetime (CPython uses the address).</summary>
    public static long IdOf(PyObject o)
    {
        if (s_ids.TryGetValue(o, out var boxed)) return (long)boxed;
        long id;
        lock (s_ids)
        {
            s_nextId += 16;
            id = s_nextId;
        }
        s_ids.AddOrUpdate(o, id);
        return id;
    }

    /// <summary>_Py_HashPointer: the default hash, the id rotated by 4 bits.</summary>
    public static long HashPointer(PyObject o)
    {
        ulong y = (ulong)IdOf(o);
        y = (y >> 4) | (y << 60);
        long h = (long)y;
        return h == -1 ? -2 : h;
    }

    /// <summary>
    /// PyErr_WriteUnraisable / PyErr_FormatUnraisable: report an exception that cannot propagate
    /// (from __del__ or a weakref callback) through sys.unraisablehook and clear it. The message
    /// "in" with an object is PyErr_WriteUnraisable(obj) ("Exception ignored in: repr");
    /// otherwise the report reads "Exception ignored {message} {repr(obj)}".
    /// </summary>
    public static void WriteUnraisable(string message, PyObject? obj)
    {
        var exc = Unraisable.Fetch();
        if (exc == null) return;
        if (message == "in" && obj != null)
        {
            Unraisable.Report(exc, null, obj);
        }
        else
        {
            string? objRepr = obj == null ? null : Abstract.ReprString(obj);
            Errors.Clear();
            Unraisable.Report(exc, "Exception ignored " + message + (objRepr != null ? " " + objRepr : ""), null);
        }
        Py.DECREF(exc);
    }
}
