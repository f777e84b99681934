using System;
using System.Runtime.InteropServices;
using System.Threading;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>
/// Signals and other asynchronous events (Modules/signalmodule.c's C side, _Py_HandlePending):
/// a signal "trips" a flag and sets the main thread's eval breaker; the main thread runs the
/// Python handler (signal.signal) at its next instruction boundary. Delivery from the OS: SIGINT
/// through Console.CancelKeyPress, any other signal through a PosixSignalRegistration while a
/// Python handler is installed for it. .NET owns the process's signal handlers and runs the
/// registrations on its signal thread (a managed handler may not run inside a native one); for a
/// signal .NET does not watch by itself (SIGUSR1, SIGALRM ...) this class installs the runtime's
/// native handler (RouteToRuntime). For the signals the runtime needs itself (SIGINT, SIGQUIT,
/// SIGTERM, SIGCHLD, SIGCONT, SIGWINCH), SIG_IGN is a registration that drops the signal and SIG_DFL
/// gives it back to the runtime (whose non-canceled handling is the default action); any other
/// signal gets SIG_IGN and SIG_DFL from the OS, as in CPython.
/// A signal the process started with ignored (a background job's SIGINT, nohup's SIGHUP) stays
/// ignored, as in CPython, until Python sets a disposition for it: .NET leaves such a signal to
/// the OS, so this class installs the runtime's native handler for it itself, and SIG_DFL sets
/// the OS default action with libc.
/// The flags are the process's, as CPython's (signals belong to the process).
/// </summary>
public static class Signals
{
    public const int NSIG = 65;
    public const int SIGINT = 2, SIGQUIT = 3, SIGALRM = 14, SIGKILL = 9, SIGSTOP = 19, SIGPIPE = 13, SIGXFSZ = 25;

    static readonly int[] s_tripped = new int[NSIG];
    static volatile bool s_anyTripped;
    /// <summary>pthread_sigmask: signals held back (pending) until unblocked.</summary>
    static readonly bool[] s_blocked = new bool[NSIG];
    static readonly bool[] s_pending = new bool[NSIG];
    /// <summary>set_wakeup_fd: the signal number is written there when a signal trips (-1: none).</summary>
    public static int WakeupFd = -1;

    /// <summary>Install the Ctrl-C handler (called by the command line), and ignore SIGXFSZ as
    /// CPython's init_signals does (SIGPIPE the runtime ignores already): a write past
    /// RLIMIT_FSIZE then fails with EFBIG instead of ending the process.</summary>
    public static void InstallInterruptHandler()
    {
        SetDisposition(SIGXFSZ, Disposition.Ignore);
        System.Console.CancelKeyPress += (_, e) =>
        {
            // .NET reports SIGQUIT here too: it is the registration's (SetDisposition) when Python
            // set a disposition for it, else its default action (a core dump) runs.
            if (e.SpecialKey == ConsoleSpecialKey.ControlBreak)
            {
                if (HandlerKind(SIGQUIT) != Disposition.Default) e.Cancel = true;
                return;
            }
            // SIG_DFL: let the runtime end the process, as the default action does.
            if (HandlerKind(SIGINT) == Disposition.Default) return;
            e.Cancel = true;
            if (HandlerKind(SIGINT) == Disposition.Python) Trip(SIGINT);
            NoteDelivered();
        };
        CaptureRuntimeHandler();
    }

    /// <summary>Which signals the OS ignored when the process started (read before any disposition
    /// is set here; .NET itself keeps ignored signals ignored).</summary>
    static readonly bool[] s_ignoredAtStart = ReadIgnored();

    /// <summary>The signal was ignored when the process started (signal_module_exec makes its handler SIG_IGN).</summary>
    public static bool IgnoredAtStart(int signum) => signum > 0 && signum < NSIG && s_ignoredAtStart[signum];

    // struct sigaction (glibc, 64-bit): the handler is its first field; 256 bytes hold it all.
    const int SigactionSize = 256;
    const nint SIG_DFL = 0, SIG_IGN = 1;

    static unsafe bool[] ReadIgnored()
    {
        var ignored = new bool[NSIG];
        if (!OperatingSystem.IsLinux()) return ignored;
        byte* old = stackalloc byte[SigactionSize];
        for (int i = 1; i < NSIG; i++)
            ignored[i] = sigaction(i, null, old) == 0 && *(nint*)old == SIG_IGN;
        return ignored;
    }

    static unsafe nint OsHandler(int signum)
    {
        byte* old = stackalloc byte[SigactionSize];
        return sigaction(signum, null, old) == 0 ? *(nint*)old : SIG_DFL;
    }

    /// <summary>The runtime's native handler (its sigaction: handler, mask, flags), copied from a
    /// signal the runtime always handles once Console is set up; null if none was found.</summary>
    static byte[]? s_runtimeHandler;

    static unsafe void CaptureRuntimeHandler()
    {
        if (!OperatingSystem.IsLinux()) return;
        foreach (int sig in (ReadOnlySpan<int>)[18 /* SIGCONT */, 17 /* SIGCHLD */, 28 /* SIGWINCH */])
        {
            var act = new byte[SigactionSize];
            fixed (byte* p = act)
                if (sigaction(sig, null, p) != 0 || *(nint*)p is SIG_DFL or SIG_IGN) continue;
            s_runtimeHandler = act;
            return;
        }
    }

    /// <summary>Route a signal the OS ignores or gives its default action to the runtime's handler,
    /// which hands it to the registrations (.NET does not, for a signal ignored at start).</summary>
    static unsafe void RouteToRuntime(int signum)
    {
        if (s_runtimeHandler == null) CaptureRuntimeHandler();
        if (s_runtimeHandler == null || OsHandler(signum) is not (SIG_DFL or SIG_IGN)) return;
        fixed (byte* p = s_runtimeHandler) sigaction(signum, p, null);
    }

    public enum Disposition { Default, Ignore, Python }

    /// <summary>What the main interpreter does with the signal now.</summary>
    public static Disposition HandlerKind(int signum)
    {
        var handlers = Interpreter.Current?.SignalHandlers;
        if (handlers == null)
            return IgnoredAtStart(signum) ? Disposition.Ignore : signum == SIGINT ? Disposition.Python : Disposition.Default;
        var h = handlers[signum];
        if (h is PyLong l) return Abstract.AsSsize(l, null) == 1 ? Disposition.Ignore : Disposition.Default;
        return h == null ? Disposition.Default : Disposition.Python;
    }

    /// <summary>trip_signal: note the signal for the main thread (any thread, or a timer, may call this).</summary>
    public static void Trip(int signum)
    {
        lock (s_tripped)
        {
            if (s_blocked[signum])
            {
                s_pending[signum] = true;
                Monitor.PulseAll(s_tripped);
                return;
            }
            s_tripped[signum] = 1;
            s_anyTripped = true;
            Monitor.PulseAll(s_tripped);
        }
        if (WakeupFd >= 0)
        {
            byte b = (byte)signum;
            unsafe { write(WakeupFd, &b, 1); }
        }
        if (ThreadState.Main is { } main)
        {
            main.EvalBreaker = true;
            InterruptMainThread();
        }
    }

    /// <summary>
    /// A signal handled by CPython interrupts the main thread's blocking system call (read,
    /// write, connect ... fail with EINTR, and the PEP 475 retry loops run the handler). Here the
    /// signal arrives on another thread (the runtime's signal thread, a timer), so that thread
    /// sends <see cref="SIGINTERRUPT"/> to the main thread: its handler does nothing, and it is
    /// installed without SA_RESTART so the call returns EINTR. A signal that lands just before the
    /// call starts is sent again once, a little later, if the handler has not run by then.
    /// </summary>
    const int SIGINTERRUPT = 63;   // SIGRTMAX - 1: .NET itself uses SIGRTMIN
    static nint s_mainPthread;
    static int s_mainManagedId = -1;
    static int s_interruptInstalled;
    static readonly Timer s_resend = new(_ => { if (s_anyTripped) pthread_kill(s_mainPthread, SIGINTERRUPT); });

    /// <summary>The calling thread is the main thread (called by Py_Initialize's thread).</summary>
    public static void NoteMainThread()
    {
        if (!OperatingSystem.IsLinux()) return;
        s_mainPthread = pthread_self();
        s_mainManagedId = Environment.CurrentManagedThreadId;
    }

    static void InterruptMainThread()
    {
        if (s_mainManagedId < 0 || Environment.CurrentManagedThreadId == s_mainManagedId) return;
        if (Interlocked.CompareExchange(ref s_interruptInstalled, 1, 0) == 0) InstallInterruptSignal();
        if (s_interruptInstalled != 2) return;
        pthread_kill(s_mainPthread, SIGINTERRUPT);
        s_resend.Change(50, Timeout.Infinite);
    }

    static unsafe void InstallInterruptSignal()
    {
        // The handler must be native and async-signal-safe: libc's getpid ignores the signal
        // number it is passed. struct sigaction (glibc, 64-bit): handler, 128-byte mask, flags
        // (0: no SA_RESTART, no SA_SIGINFO), restorer.
        if (!NativeLibrary.TryLoad("libc.so.6", out var libc) || !NativeLibrary.TryGetExport(libc, "getpid", out var handler))
            return;
        byte* act = stackalloc byte[256];
        new Span<byte>(act, 256).Clear();
        *(nint*)act = handler;
        if (sigaction(SIGINTERRUPT, act, null) == 0) s_interruptInstalled = 2;
    }

    /// <summary>The runtime's registrations for signals with a Python handler or SIG_IGN (SIGINT goes through Console.CancelKeyPress).</summary>
    static readonly PosixSignalRegistration?[] s_registrations = new PosixSignalRegistration?[NSIG];

    /// <summary>Synchronous faults the runtime itself handles (a NullReferenceException is a SIGSEGV): never taken from it.</summary>
    static bool IsFault(int signum) => signum is 4 or 5 or 6 or 7 or 8 or 11;

    /// <summary>Make the process deliver <paramref name="signum"/> as the new Python disposition asks:
    /// to Signals (a Python handler), nowhere (SIG_IGN), or to the default action (SIG_DFL).</summary>
    public static void SetDisposition(int signum, Disposition kind)
    {
        if (IsFault(signum)) return;
        lock (s_registrations)
        {
            if (!RuntimeNeeds(signum) && kind != Disposition.Python)
            {
                // A signal the runtime does not need gets SIG_DFL or SIG_IGN from the OS at once, as
                // CPython's PyOS_setsig. Its registration stays: a signal that arrived while the
                // Python handler was set, and is still on its way through the runtime's signal
                // thread, is dropped there (CPython's "ignored due to race condition") instead of
                // the runtime ending the process for it.
                SetOsHandler(signum, kind == Disposition.Default ? SIG_DFL : SIG_IGN);
                return;
            }
            if (kind == Disposition.Default)
            {
                if (signum != SIGINT)
                {
                    s_registrations[signum]?.Dispose();
                    s_registrations[signum] = null;
                }
                // The runtime drops (or restores as ignored) a signal that was ignored at start.
                if (s_ignoredAtStart[signum]) signal(signum, SIG_DFL);
                return;
            }
            // A raw signal number is accepted by casting it to PosixSignal. SIGINT goes through
            // Console.CancelKeyPress.
            if (signum != SIGINT)
                s_registrations[signum] ??= PosixSignalRegistration.Create((PosixSignal)signum, ctx =>
                {
                    ctx.Cancel = true;
                    if (HandlerKind(signum) == Disposition.Python) Trip(signum);
                    NoteDelivered();
                });
            // (A signal the runtime does not need may have the OS's SIG_DFL or SIG_IGN from before.)
            if (kind == Disposition.Python && (s_ignoredAtStart[signum] || !RuntimeNeeds(signum))) RouteToRuntime(signum);
        }
    }

    /// <summary>
    /// signal(): first wait (at most 100 ms) while <paramref name="signum"/> is pending for the
    /// process: sent, but not yet taken by one of its threads, it would meet the new disposition. In
    /// CPython it interrupts the main thread itself, so its handler has run by the time that
    /// thread changes the disposition; here the kernel may have given it to an idle thread. The
    /// signal is blocked in this thread meanwhile: sigpending reports only blocked signals, and
    /// another thread takes it.
    /// </summary>
    static unsafe void SetOsHandler(int signum, nint handler)
    {
        byte* set = stackalloc byte[128], old = stackalloc byte[128];   // sigset_t
        new Span<byte>(set, 128).Clear();
        set[(signum - 1) / 8] = (byte)(1 << ((signum - 1) % 8));
        if (pthread_sigmask(0 /* SIG_BLOCK */, set, old) != 0)
        {
            signal(signum, handler);
            return;
        }
        byte* pending = stackalloc byte[128];
        for (int i = 0; i < 100; i++)
        {
            if (sigpending(pending) != 0 || (pending[(signum - 1) / 8] & set[(signum - 1) / 8]) == 0) break;
            Thread.Sleep(1);
        }
        signal(signum, handler);
        pthread_sigmask(2 /* SIG_SETMASK */, old, null);
    }

    /// <summary>Signals the runtime handles for itself (Console, Process, shutdown): SIGINT, SIGQUIT,
    /// SIGTERM, SIGCHLD, SIGCONT, SIGWINCH. Their OS handler stays the runtime's.</summary>
    static bool RuntimeNeeds(int signum) => signum is SIGINT or SIGQUIT or 15 or 17 or 18 or 28;

    /// <summary>Registrations made outside this class per signal (faulthandler.register).</summary>
    static readonly int[] s_observers = new int[NSIG];
    /// <summary>How many signals the runtime's signal thread has handed to a registration so far.</summary>
    static long s_delivered;

    public static void AddObserver(int signum, int delta) => Interlocked.Add(ref s_observers[signum], delta);

    public static long Delivered => Interlocked.Read(ref s_delivered);

    /// <summary>A registration's callback has run for a signal (on the runtime's signal thread).</summary>
    public static void NoteDelivered()
    {
        lock (s_tripped)
        {
            s_delivered++;
            Monitor.PulseAll(s_tripped);
        }
    }

    /// <summary>
    /// kill() or raise() of this process sent <paramref name="signum"/>: wait (GIL released, at
    /// most a second) until the runtime's signal thread has handed it to each of its registrations, as a
    /// C handler would have run before kill() returned. Nothing waits for a signal nothing observes.
    /// </summary>
    public static void AwaitDelivery(int signum, long before)
    {
        if (signum <= 0 || signum >= NSIG) return;
        // Each registration of the signal notes its delivery.
        // SIGINT reaches Console.CancelKeyPress unless its disposition is the default (which ends the process).
        bool registered = signum == SIGINT ? HandlerKind(SIGINT) != Disposition.Default
            : s_registrations[signum] != null && (RuntimeNeeds(signum) || HandlerKind(signum) == Disposition.Python);
        int expected = (registered ? 1 : 0) + Volatile.Read(ref s_observers[signum]);
        if (expected == 0) return;
        using (Gil.AllowThreads())
        {
            long deadline = Environment.TickCount64 + 1000;
            lock (s_tripped)
            {
                while (s_delivered - before < expected)
                {
                    long left = deadline - Environment.TickCount64;
                    if (left <= 0) break;
                    Monitor.Wait(s_tripped, (int)left);
                }
            }
        }
    }

    /// <summary>
    /// exit_sigint: a program ended by an uncaught KeyboardInterrupt ends by SIGINT itself, with
    /// the default action, so that its parent sees it killed by the signal (a shell's status 130).
    /// </summary>
    public static void ExitBySigint()
    {
        signal(SIGINT, 0);
        kill(getpid(), SIGINT);
    }

    /// <summary>A signal waits for the main thread (blocking calls in the main thread stop for it).</summary>
    public static bool InterruptPending => s_anyTripped;

    /// <summary>Simulate Ctrl-C (_thread.interrupt_main): only when a Python handler takes SIGINT.</summary>
    public static void RequestInterrupt(int signum = SIGINT)
    {
        if (HandlerKind(signum) == Disposition.Python) Trip(signum);
    }

    /// <summary>Run what is pending (a scheduled collection, a GIL drop request, tripped signals): 0, or -1 with the handler's exception set.</summary>
    public static int HandlePending()
    {
        if (Gc.Scheduled) Gc.CollectScheduled();
        var ts = ThreadState.Current;
        // (While a tool monitors everything, each RESUME must look at its code: see Instrumentation.)
        ts.EvalBreaker = Instrumentation.EvalBreakerStaysSet;
        if (Gil.DropRequested) Gil.Yield(ts);
        // Signals are handled in the main thread only, as CPython.
        if (!s_anyTripped || ts != ThreadState.Main) return 0;
        return RunHandlers(ts);
    }

    /// <summary>_PyErr_CheckSignalsTstate: call the Python handler of each tripped signal with (signum, frame).</summary>
    static int RunHandlers(ThreadState ts)
    {
        s_anyTripped = false;
        for (int i = 1; i < NSIG; i++)
        {
            if (Interlocked.Exchange(ref s_tripped[i], 0) == 0) continue;
            var handlers = Interpreter.Current.SignalHandlers;
            PyObject? r;
            if (handlers == null)
            {
                // _signal not imported yet: SIGINT's handler is default_int_handler.
                if (i != SIGINT) continue;
                Errors.SetObject(PyExc.KeyboardInterrupt, null);
                r = null;
            }
            else
            {
                var handler = handlers[i];
                if (handler == null || handler is PyLong) continue;
                r = CallHandler(ts, handler, i);
            }
            if (r == null)
            {
                // The others stay tripped for the next check.
                for (int j = i + 1; j < NSIG; j++) if (s_tripped[j] != 0) s_anyTripped = true;
                if (s_anyTripped) ts.EvalBreaker = true;
                return -1;
            }
            Py.DECREF(r);
        }
        return 0;
    }

    static PyObject? CallHandler(ThreadState ts, PyObject handler, int signum)
    {
        PyObject frame = ts.CurrentFrame is { } f ? FrameObjects.Get(f) : Py.None;
        var num = PyLong.FromLong(signum);
        Py.INCREF(handler);
        var r = Calls.CallTwoArgs(handler, num, frame);
        Py.DECREF(handler);
        Py.DECREF(num);
        Py.DECREF(frame);
        return r;
    }

    /// <summary>pthread_sigmask: change the blocked set; signals unblocked while pending are delivered. Returns the old set.</summary>
    public static bool[] SetMask(int how, bool[] mask)
    {
        lock (s_tripped)
        {
            var old = (bool[])s_blocked.Clone();
            for (int i = 1; i < NSIG; i++)
            {
                s_blocked[i] = how switch { 0 => s_blocked[i] || mask[i], 1 => s_blocked[i] && !mask[i], _ => mask[i] };
                if (!s_blocked[i] && s_pending[i])
                {
                    s_pending[i] = false;
                    s_tripped[i] = 1;
                    s_anyTripped = true;
                }
            }
            if (s_anyTripped && ThreadState.Main is { } main) main.EvalBreaker = true;
            return old;
        }
    }

    /// <summary>sigpending: the blocked signals that arrived.</summary>
    public static bool[] Pending()
    {
        lock (s_tripped) return (bool[])s_pending.Clone();
    }

    /// <summary>sigwait: wait (GIL released) until one of <paramref name="set"/> is pending, take it; -1 when interrupted by another signal's handler error.</summary>
    public static int Wait(bool[] set)
    {
        while (true)
        {
            using (Gil.AllowThreads())
            {
                lock (s_tripped)
                {
                    while (true)
                    {
                        for (int i = 1; i < NSIG; i++)
                        {
                            if (!set[i]) continue;
                            if (s_pending[i]) { s_pending[i] = false; return i; }
                            if (s_tripped[i] != 0) { s_tripped[i] = 0; return i; }
                        }
                        if (s_anyTripped) break;
                        Monitor.Wait(s_tripped, 50);
                    }
                }
            }
            if (HandlePending() < 0) return -1;
        }
    }

    /// <summary>signal.pause(): sleep (GIL released) until a signal arrives, then run its handler.</summary>
    public static int Pause()
    {
        using (Gil.AllowThreads())
        {
            lock (s_tripped)
                while (!s_anyTripped) Monitor.Wait(s_tripped, 50);
        }
        return HandlePending();
    }

    [DllImport("libc", SetLastError = true)]
    static extern unsafe nint write(int fd, byte* buf, nint count);

    [DllImport("libc")]
    static extern nint pthread_self();

    [DllImport("libc")]
    static extern nint signal(int signum, nint handler);

    [DllImport("libc")]
    static extern unsafe int sigpending(byte* set);

    [DllImport("libc")]
    static extern unsafe int pthread_sigmask(int how, byte* set, byte* oldset);

    [DllImport("libc")]
    static extern int kill(int pid, int sig);

    [DllImport("libc")]
    static extern int getpid();

    [DllImport("libc")]
    static extern int pthread_kill(nint thread, int sig);

    [DllImport("libc")]
    static extern unsafe int sigaction(int signum, byte* act, byte* oldact);
}
