using System.Collections.Generic;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// PyInterpreterState (Include/internal/pycore_interp.h): what one interpreter owns. State
/// that C modules keep per interpreter lives here or in the module object, never in mutable
/// C# statics (DESIGN.md invariant 8, PEP 687), so that several interpreters can share a
/// process later. Static builtin types and immortal objects are shared.
/// </summary>
public sealed class InterpreterState
{
    /// <summary>sys.modules.</summary>
    public PyDict Modules = null!;
    public PyModule Builtins = null!;
    public PyModule Sys = null!;

    /// <summary>importlib._bootstrap once installed as the import system (interp->imports.importlib); null without a stdlib.</summary>
    public PyModule? Importlib;
    /// <summary>The original builtins.__import__ (interp->imports.import_func): IMPORT_NAME's fast path is taken while it is unchanged.</summary>
    public PyObject? ImportFunc;

    /// <summary>builtins.len and builtins.isinstance as made at start-up (interp->callable_cache): CALL runs them inline.</summary>
    public PyObject CallableLen = null!, CallableIsInstance = null!;

    /// <summary>_imp._override_frozen_modules_for_tests: 1 on, -1 off (only the import system's stay frozen), 0 no override.</summary>
    public int OverrideFrozenModules;

    /// <summary>_imp's import lock: how deep the owning thread holds it.</summary>
    public int ImportLockDepth;
    public ThreadState? ImportLockOwner;

    /// <summary>The `ast` node classes, made on first use (CPython's interp->ast).</summary>
    public Sharpy.Modules.Ast.AstState? Ast;

    /// <summary>atexit's callbacks, in registration order (interp->atexit).</summary>
    public readonly List<AtExitCallback> AtExitCallbacks = new();

    /// <summary>
    /// The thread states of the threads running Python code (interp->threads): the main
    /// thread's and each _thread thread's while it runs. Read and written under the GIL.
    /// </summary>
    public readonly List<ThreadState> ThreadStates = new();

    /// <summary>Finalization has begun (_PyInterpreterState_SetFinalizing): after the atexit callbacks, before the modules are cleared.</summary>
    public bool Finalizing;

    /// <summary>_thread's threads: how many run, the non-daemon ones to join at exit, the stack size asked for.</summary>
    public int ThreadCount;
    public readonly List<Sharpy.Modules.ThreadHandle> NonDaemonThreads = new();
    public int ThreadStackSize;

    /// <summary>_signal's handler per signal number (owned; null until _signal is imported) and signal.itimer_error.</summary>
    public PyObject?[]? SignalHandlers;
    public PyObject? ItimerError;

    /// <summary>How many contextvars.ContextVar objects were made (their order in a Context).</summary>
    public long ContextVarCount;

    /// <summary>The dicts, weakref lists and slot values of instances whose C# class has no field for them.</summary>
    public readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, ManagedInstanceData> ManagedData = new();

    /// <summary>The states of builtin modules, by <see cref="ModuleState{T}"/>'s slot numbers.</summary>
    internal object?[] ModuleStates = new object?[32];

    /// <summary>sys.monitoring's tools, events and callbacks (interp->monitors); null until a tool or trace function is set.</summary>
    public Instrumentation.MonitoringState? Monitoring;

    /// <summary>The codec registry (Python/codecs.c): search functions, the lookup cache, the error handlers; null until first used.</summary>
    public PyList? CodecSearchPath;
    public PyDict? CodecSearchCache;
    public PyDict? CodecErrorRegistry;

    /// <summary>The int/str conversion digit limit, 0 for none (interp->long_state.max_str_digits; sys.set_int_max_str_digits).</summary>
    public int IntMaxStrDigits = Interpreter.Config.IntMaxStrDigits >= 0 ? Interpreter.Config.IntMaxStrDigits : Objects.PyLong.DefaultMaxStrDigits;

    /// <summary>_io's io.UnsupportedOperation (the _io module state's unsupported_operation); null until _io is imported.</summary>
    public PyType? IoUnsupportedOperation;

    /// <summary>unicodedata was imported for `\N{...}` escapes (interp->unicode.ucnhash_capi is set): not asked again.</summary>
    public bool UcnhashLoaded;
}

/// <summary>One atexit.register(func, *args, **kwargs): owned references.</summary>
public sealed class AtExitCallback(PyObject func, PyTuple args, PyDict? kwargs)
{
    public readonly PyObject Func = func;
    public readonly PyTuple Args = args;
    public readonly PyDict? Kwargs = kwargs;

    public void Release()
    {
        Py.DECREF(Func);
        Py.DECREF(Args);
        Py.XDECREF(Kwargs);
    }
}
