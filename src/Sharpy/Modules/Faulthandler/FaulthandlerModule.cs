using System;
using System.Runtime.InteropServices;
using System.Threading;
using Sharpy.Modules.Time;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules.Faulthandler;

/// <summary>
/// `faulthandler` (Modules/faulthandler.c): dump Python tracebacks on demand (dump_traceback),
/// after a timeout (dump_traceback_later's watchdog thread), on a user signal (register), and
/// on a fatal error (enable; see <see cref="FatalErrors"/> for what a fatal signal is in a
/// managed runtime). `-X faulthandler`, PYTHONFAULTHANDLER and dev mode enable it at start-up.
/// </summary>
[PyModule("faulthandler", Doc = "faulthandler module.")]
public static partial class FaulthandlerModule
{
    static FaulthandlerState State => FaulthandlerState.Get(Interpreter.Current);

    /// <summary>
    /// faulthandler_get_fileno: the descriptor to write to, from None (sys.stderr), an int, or a
    /// file object with fileno() (flushed first). <paramref name="fileRef"/> is the file object
    /// to keep (a new reference; null for a bare descriptor). -1 with an exception set.
    /// </summary>
    static int GetFileno(PyObject? file, out PyObject? fileRef)
    {
        fileRef = null;
        if (file == null || file == Py.None)
        {
            file = SysModule.StdErr();
            if (file == null)
            {
                Errors.SetString(PyExc.RuntimeError, "lost sys.stderr");
                return -1;
            }
            if (file == Py.None)
            {
                Errors.SetString(PyExc.RuntimeError, "sys.stderr is None");
                return -1;
            }
        }
        else if (file is PyLong)
        {
            if (file is PyBool && Warnings.WarnEx(PyExc.RuntimeWarning, "bool is used as a file descriptor", 1) < 0) return -1;
            if (!ArgParse.ToInt(file, out int fd)) return -1;
            if (fd < 0)
            {
                Errors.SetString(PyExc.ValueError, "file is not a valid file descriptor");
                return -1;
            }
            return fd;
        }
        Py.INCREF(file);
        var result = Calls.CallMethod(file, "fileno");
        if (result == null)
        {
            Py.DECREF(file);
            return -1;
        }
        int fileno = -1;
        if (result is PyLong l && l.TryGetLong(out long v) && v >= 0 && v < int.MaxValue) fileno = (int)v;
        Py.DECREF(result);
        if (fileno == -1)
        {
            Py.DECREF(file);
            Errors.SetString(PyExc.RuntimeError, "file.fileno() is not a valid file descriptor");
            return -1;
        }
        var flushed = Calls.CallMethod(file, "flush");
        if (flushed == null) Errors.Clear();
        else Py.DECREF(flushed);
        fileRef = file;
        return fileno;
    }

    [PyMethod("dump_traceback", Doc = "Dump the traceback of the current thread into file.\n\nDump the traceback of all threads if all_threads is true.")]
    static PyObject? DumpTraceback([Keyword] PyObject? file = null, [Keyword] bool all_threads = true)
    {
        int fd = GetFileno(file, out var fileRef);
        if (fd < 0) return null;
        var ts = ThreadState.Current;
        if (all_threads) TracebackDump.DumpTracebackThreads(fd, Interpreter.Current, ts);
        else TracebackDump.DumpTraceback(fd, ts);
        Py.XDECREF(fileRef);
        if (Signals.HandlePending() < 0) return null;
        return Py.None;
    }

    [PyMethod("dump_c_stack", Doc = "Dump the C stack of the current thread.")]
    static PyObject? DumpCStack([Keyword] PyObject? file = null)
    {
        int fd = GetFileno(file, out var fileRef);
        if (fd < 0) return null;
        TracebackDump.DumpStack(fd);
        Py.XDECREF(fileRef);
        if (Signals.HandlePending() < 0) return null;
        return Py.None;
    }

    [PyMethod("enable", Doc = "Enable the fault handler.")]
    static PyObject? Enable([Keyword] PyObject? file = null, [Keyword] bool all_threads = true, [Keyword] bool c_stack = true)
    {
        int fd = GetFileno(file, out var fileRef);
        if (fd < 0) return null;
        var state = State;
        Py.SETREF(ref state.File, fileRef);
        state.Fd = fd;
        state.AllThreads = all_threads;
        state.CStack = c_stack;
        state.Enabled = true;
        return Py.None;
    }

    [PyMethod("disable", Doc = "Disable the fault handler.")]
    static bool Disable() => State.Disable();

    [PyMethod("is_enabled", Doc = "Check if the handler is enabled.")]
    static bool IsEnabled() => State.Enabled;

    /// <summary>
    /// _PyFaulthandler_Init: `-X faulthandler`, PYTHONFAULTHANDLER or dev mode enable the handler
    /// at start-up, writing to sys.stderr. -1 with an exception set.
    /// </summary>
    public static int EnableAtStartup()
    {
        var r = Enable();
        if (r == null) return -1;
        return 0;
    }

    [PyMethod("dump_traceback_later", Doc = "Dump the traceback of all threads in timeout seconds.\n\nIf repeat is true, the tracebacks of all threads are dumped every timeout\nseconds. If exit is true, call _exit(1) which is not safe.")]
    static PyObject? DumpTracebackLater([Keyword] PyObject timeout, [Keyword] bool repeat = false, [Keyword] PyObject? file = null, [Keyword] bool exit = false)
    {
        // _PyTime_FromSecondsObject and _PyTime_AsMicroseconds, rounding up (_PyTime_ROUND_TIMEOUT).
        if (!TimeModule.SecondsArg(timeout, out long ns, roundFloor: false)) return null;
        long us = ns / 1000 + (ns % 1000 > 0 ? 1 : 0);
        if (us <= 0) return Errors.SetString(PyExc.ValueError, "timeout must be greater than 0");
        if (us > TimeSpan.MaxValue.Ticks / 10) return Errors.SetString(PyExc.OverflowError, "timeout value is too large");
        int fd = GetFileno(file, out var fileRef);
        if (fd < 0) return null;
        CancelLater();
        var watchdog = new Watchdog(Interpreter.Current, fileRef, fd, us, repeat, exit);
        State.Watchdog = watchdog;
        watchdog.Start();
        return Py.None;
    }

    /// <summary>cancel_dump_traceback_later: stop the watchdog (if any) and wait for it.</summary>
    static void CancelLater()
    {
        var state = State;
        if (state.Watchdog is not { } w) return;
        state.Watchdog = null;
        using (Gil.AllowThreads()) w.Cancel();
        Py.CLEAR(ref w.File);
    }

    [PyMethod("cancel_dump_traceback_later", Doc = "Cancel the previous call to dump_traceback_later().")]
    static void CancelDumpTracebackLater() => CancelLater();

    /// <summary>check_signum: not a fatal signal (enable() takes those), and a valid number.</summary>
    static bool CheckSignum(int signum)
    {
        foreach (var (s, _) in FatalErrors.Handlers)
            if (s == signum)
            {
                Errors.SetString(PyExc.RuntimeError, $"signal {signum} cannot be registered, use enable() instead");
                return false;
            }
        if (signum < 1 || signum >= Signals.NSIG)
        {
            Errors.SetString(PyExc.ValueError, "signal number out of range");
            return false;
        }
        return true;
    }

    /// <summary>
    /// register(): on the signal, dump the main thread's stack (or every thread's) to the file.
    /// The .NET runtime owns the process's signal handlers, so the dump runs on its signal thread
    /// (PosixSignalRegistration) while the main thread is where the signal found it. Without
    /// chain, the signal's default action is suppressed; with it, the default action or the
    /// Python handler still happens.
    /// </summary>
    [PyMethod("register", Doc = "Register a handler for the signal 'signum'.\n\nDump the traceback of the current thread, or of all threads if\nall_threads is True, into file.")]
    static PyObject? Register([Keyword] int signum, [Keyword] PyObject? file = null, [Keyword] bool all_threads = true, [Keyword] bool chain = false)
    {
        if (!CheckSignum(signum)) return null;
        int fd = GetFileno(file, out var fileRef);
        if (fd < 0) return null;
        var state = State;
        var interp = Interpreter.Current;
        UserSignal? previous;
        lock (state.UserSignals) state.UserSignals.TryGetValue(signum, out previous);
        PosixSignalRegistration registration;
        if (previous != null) registration = previous.Registration;
        else
        {
            try
            {
                registration = PosixSignalRegistration.Create((PosixSignal)signum, ctx => OnUserSignal(interp, state, signum, ctx));
                Signals.AddObserver(signum, 1);
            }
            catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException or System.IO.IOException)
            {
                // sigaction refused the signal (SIGKILL, SIGSTOP).
                Py.XDECREF(fileRef);
                return Errors.SetFromErrno(22 /* EINVAL */);
            }
        }
        lock (state.UserSignals) state.UserSignals[signum] = new UserSignal(fileRef, fd, all_threads, chain, registration);
        if (previous != null) Py.XDECREF(previous.File);
        return Py.None;
    }

    /// <summary>faulthandler_user, on the runtime's signal thread: the signal is taken to have reached the main thread.</summary>
    static void OnUserSignal(InterpreterState interp, FaulthandlerState state, int signum, PosixSignalContext ctx)
    {
        UserSignal? user;
        lock (state.UserSignals) state.UserSignals.TryGetValue(signum, out user);
        if (user == null) return;
        var main = ThreadState.Main;
        if (user.AllThreads) TracebackDump.DumpTracebackThreads(user.Fd, interp, main);
        else if (main != null) TracebackDump.DumpTraceback(user.Fd, main);
        if (!user.Chain) ctx.Cancel = true;
        Signals.NoteDelivered();
    }

    [PyMethod("unregister", Doc = "Unregister the handler of the signal 'signum' registered by register().")]
    static PyObject? Unregister(int signum)
    {
        if (!CheckSignum(signum)) return null;
        var state = State;
        UserSignal? user;
        lock (state.UserSignals)
        {
            if (!state.UserSignals.Remove(signum, out user)) return Py.NewRef(PyBool.False);
        }
        user.Registration.Dispose();
        Signals.AddObserver(signum, -1);
        Py.XDECREF(user.File);
        return Py.NewRef(PyBool.True);
    }

    // ---- the test functions: fatal errors made on purpose ----

    [PyMethod("_sigsegv", Doc = "Raise a SIGSEGV signal.")]
    static void SigSegv(bool release_gil = false)
    {
        FatalErrors.SuppressCrashReport();
        if (release_gil)
        {
            using (Gil.AllowThreads()) FatalErrors.FatalSignal(FatalErrors.SIGSEGV);
        }
        else FatalErrors.FatalSignal(FatalErrors.SIGSEGV);
    }

    /// <summary>Reading address 0 is a SIGSEGV (which the .NET runtime would turn into a NullReferenceException).</summary>
    [PyMethod("_read_null", Doc = "Read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform.")]
    static void ReadNull()
    {
        FatalErrors.SuppressCrashReport();
        FatalErrors.FatalSignal(FatalErrors.SIGSEGV);
    }

    [PyMethod("_sigabrt", Doc = "Raise a SIGABRT signal.")]
    static void SigAbrt()
    {
        FatalErrors.SuppressCrashReport();
        FatalErrors.FatalSignal(FatalErrors.SIGABRT);
    }

    [PyMethod("_sigfpe", Doc = "Raise a SIGFPE signal.")]
    static void SigFpe()
    {
        FatalErrors.SuppressCrashReport();
        FatalErrors.FatalSignal(FatalErrors.SIGFPE);
    }

    /// <summary>Py_FatalError() in a new thread that runs no Python: the report names every thread, none of them current; then abort().</summary>
    [PyMethod("_fatal_error_c_thread", Doc = "Call Py_FatalError() in a new C thread.")]
    static void FatalErrorCThread()
    {
        FatalErrors.SuppressCrashReport();
        var t = new Thread(() =>
        {
            FatalErrors.FatalError("faulthandler_fatal_error_thread: in new thread", null);
            FatalErrors.Abort();
        });
        t.Start();
        // It never returns: the process ends in the thread.
        t.Join();
    }
}
