using System.Runtime.InteropServices;
using Sharpy.Runtime;

namespace Sharpy.Modules.Faulthandler;

/// <summary>
/// The fatal-error reports. CPython's faulthandler catches SIGSEGV, SIGFPE, SIGABRT, SIGBUS and
/// SIGILL with its own signal handler. In Sharpy the .NET runtime owns those signals (a
/// NullReferenceException is a SIGSEGV it handles), so no handler is installed for them: a
/// fatal signal the runtime raises itself (faulthandler's test functions, os.abort) is reported
/// here first, then the process dies of the signal with its default action. A .NET exception
/// that escapes to the host is reported as Py_FatalError reports (<see cref="InternalError"/>).
/// </summary>
public static unsafe class FatalErrors
{
    public const int SIGILL = 4, SIGABRT = 6, SIGBUS = 7, SIGFPE = 8, SIGSEGV = 11;

    /// <summary>faulthandler_handlers: the fatal signals and how the report names them.</summary>
    internal static readonly (int Signum, string Name)[] Handlers =
    [
        (SIGBUS, "Bus error"), (SIGILL, "Illegal instruction"), (SIGFPE, "Floating-point exception"),
        (SIGABRT, "Aborted"), (SIGSEGV, "Segmentation fault"),
    ];

    [DllImport("libc")] static extern nint signal(int signum, nint handler);
    [DllImport("libc")] static extern int raise(int sig);
    [DllImport("libc", EntryPoint = "_exit")] static extern void _exit(int status);

    [StructLayout(LayoutKind.Sequential)]
    struct RLimit { public ulong Cur, Max; }
    [DllImport("libc")] static extern int getrlimit(int resource, RLimit* rlim);
    [DllImport("libc")] static extern int setrlimit(int resource, RLimit* rlim);

    /// <summary>_exit: end the process at once (dump_traceback_later(exit=True)).</summary>
    internal static void Exit(int status) => _exit(status);

    /// <summary>faulthandler_suppress_crash_report: no core file for a crash made on purpose.</summary>
    internal static void SuppressCrashReport()
    {
        const int RLIMIT_CORE = 4;
        RLimit rl;
        if (getrlimit(RLIMIT_CORE, &rl) == 0)
        {
            rl.Cur = 0;
            setrlimit(RLIMIT_CORE, &rl);
        }
    }

    /// <summary>
    /// faulthandler_fatal_error, then the signal's default action: when faulthandler is enabled,
    /// "Fatal Python error: Segmentation fault", the traceback(s), the C stack and the extension
    /// modules go to its file; then the process dies of <paramref name="signum"/>.
    /// </summary>
    public static void FatalSignal(int signum)
    {
        var interp = Interpreter.Current;
        var state = FaulthandlerState.Get(interp);
        if (state.Enabled)
        {
            string name = "Segmentation fault";
            foreach (var (s, n) in Handlers) if (s == signum) name = n;
            int fd = state.Fd;
            FileUtils.WriteNoRaise(fd, "Fatal Python error: " + name + "\n\n");
            var current = ThreadState.Current;
            if (state.AllThreads) TracebackDump.DumpTracebackThreads(fd, interp, current);
            else TracebackDump.DumpTraceback(fd, current);
            if (state.CStack) TracebackDump.DumpStack(fd);
            TracebackDump.DumpExtensionModules(fd, interp);
            // (The previous handler comes back: the signal now takes its default action.)
            state.Enabled = false;
        }
        signal(signum, 0 /* SIG_DFL */);
        raise(signum);
    }

    /// <summary>
    /// Py_FatalError's report (fatal_error in Python/pylifecycle.c) from <paramref name="current"/>
    /// (null from a thread that runs no Python): the message, the runtime state, every thread's
    /// stack, the C stack and the extension modules on stderr; faulthandler is then disabled so
    /// that the abort that follows is not reported twice.
    /// </summary>
    public static void FatalError(string message, ThreadState? current)
    {
        var interp = Interpreter.Current;
        FileUtils.WriteNoRaise(2, "Fatal Python error: " + message + "\nPython runtime state: initialized\n\n");
        if (interp != null)
        {
            TracebackDump.DumpTracebackThreads(2, interp, current);
            TracebackDump.DumpStack(2);
            TracebackDump.DumpExtensionModules(2, interp);
            FaulthandlerState.Get(interp).Enabled = false;
        }
    }

    /// <summary>Py_FatalError's abort(): SIGABRT with its default action.</summary>
    public static void Abort()
    {
        signal(SIGABRT, 0 /* SIG_DFL */);
        raise(SIGABRT);
        _exit(134);
    }

    /// <summary>
    /// A .NET exception escaped to the host (the command line's last resort), its "Fatal Python
    /// error" line already written: when faulthandler is enabled, the rest of Py_FatalError's
    /// report follows (the running thread's Python stack among all threads', the C stack, the
    /// extension modules), on faulthandler's file.
    /// </summary>
    public static void InternalError()
    {
        var interp = Interpreter.Current;
        if (interp == null) return;
        var state = FaulthandlerState.Get(interp);
        if (!state.Enabled) return;
        int fd = state.Fd;
        FileUtils.WriteNoRaise(fd, "Python runtime state: initialized\n\n");
        var current = ThreadState.Current;
        if (state.AllThreads) TracebackDump.DumpTracebackThreads(fd, interp, current);
        else TracebackDump.DumpTraceback(fd, current);
        if (state.CStack) TracebackDump.DumpStack(fd);
        TracebackDump.DumpExtensionModules(fd, interp);
    }
}
