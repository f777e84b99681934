using System.Collections.Generic;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Faulthandler;

/// <summary>
/// faulthandler's state (CPython's _PyRuntime.faulthandler), kept in the interpreter: the
/// fatal-error report (enabled, where and what it writes), the dump_traceback_later watchdog,
/// and the handlers register() installed for user signals. Whoever holds a file object here
/// keeps its descriptor open; the dumps write to the descriptor.
/// </summary>
internal sealed class FaulthandlerState
{
    /// <summary>fatal_error.enabled; its file (owned, null for a bare descriptor) and descriptor, all_threads, c_stack.</summary>
    public bool Enabled;
    public PyObject? File;
    public int Fd = 2;
    public bool AllThreads = true, CStack = true;

    /// <summary>The dump_traceback_later thread, while one is scheduled.</summary>
    public Watchdog? Watchdog;

    /// <summary>register()'s handlers by signal number (read by the runtime's signal thread: changed under the lock).</summary>
    public readonly Dictionary<int, UserSignal> UserSignals = new();

    public static FaulthandlerState Get(InterpreterState interp)
    {
        if (ModuleState<FaulthandlerState>.Find(interp) is { } s) return s;
        var state = new FaulthandlerState();
        ModuleState<FaulthandlerState>.Set(interp, state);
        return state;
    }

    /// <summary>faulthandler_disable: stop reporting fatal errors; false if it was not enabled.</summary>
    public bool Disable()
    {
        bool was = Enabled;
        Enabled = false;
        Py.CLEAR(ref File);
        return was;
    }
}

/// <summary>A user signal's handler (user_signal_t): where it dumps, which threads, whether the previous disposition still runs.</summary>
internal sealed class UserSignal(PyObject? file, int fd, bool allThreads, bool chain, PosixSignalRegistration registration)
{
    public PyObject? File = file;
    public readonly int Fd = fd;
    public readonly bool AllThreads = allThreads, Chain = chain;
    public readonly PosixSignalRegistration Registration = registration;
}
