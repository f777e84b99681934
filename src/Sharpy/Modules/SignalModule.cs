using System;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Runtime.InteropServices;
using Timer = System.Threading.Timer;
using Timeout = System.Threading.Timeout;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_signal` module (Modules/signalmodule.c): Python handlers for signals, run by the main
/// thread between instructions (see <see cref="Signals"/> for how signals arrive), the interval
/// timers and the signal mask. Linux numbering.
/// </summary>
[PyModule("_signal", Doc = "This module provides mechanisms to use signal handlers in Python.")]
public static partial class SignalModule
{
    [PyConstant] public const int NSIG = Signals.NSIG;
    [PyConstant] public const int SIG_DFL = 0, SIG_IGN = 1;
    [PyConstant] public const int SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
    [PyConstant] public const int ITIMER_REAL = 0, ITIMER_VIRTUAL = 1, ITIMER_PROF = 2;
    [PyConstant] public const int SIGHUP = 1, SIGINT = 2, SIGQUIT = 3, SIGILL = 4, SIGTRAP = 5, SIGABRT = 6, SIGIOT = 6,
        SIGBUS = 7, SIGFPE = 8, SIGKILL = 9, SIGUSR1 = 10, SIGSEGV = 11, SIGUSR2 = 12, SIGPIPE = 13, SIGALRM = 14,
        SIGTERM = 15, SIGSTKFLT = 16, SIGCHLD = 17, SIGCLD = 17, SIGCONT = 18, SIGSTOP = 19, SIGTSTP = 20, SIGTTIN = 21,
        SIGTTOU = 22, SIGURG = 23, SIGXCPU = 24, SIGXFSZ = 25, SIGVTALRM = 26, SIGPROF = 27, SIGWINCH = 28, SIGIO = 29,
        SIGPOLL = 29, SIGPWR = 30, SIGSYS = 31, SIGRTMIN = 34, SIGRTMAX = 64;

    const string MainThreadOnly = "only works in main thread of the main interpreter";

    /// <summary>signal_module_exec: the handler table (SIGINT: default_int_handler; SIGPIPE and
    /// SIGXFSZ ignored, as Python sets them at start-up, and so is each signal the process started
    /// with ignored, SIGINT included; the rest SIG_DFL) and ItimerError.</summary>
    public static int InitModule(PyModule m)
    {
        var interp = Interpreter.Current;
        if (interp.SignalHandlers == null)
        {
            var handlers = new PyObject?[NSIG];
            for (int i = 1; i < NSIG; i++)
                handlers[i] = PyLong.FromLong(i == SIGPIPE || i == SIGXFSZ || Signals.IgnoredAtStart(i) ? SIG_IGN : SIG_DFL);
            if (!Signals.IgnoredAtStart(SIGINT))
                Py.SETREF(ref handlers[SIGINT], Py.NewRef(m.Dict.GetItemString("default_int_handler")!));
            interp.SignalHandlers = handlers;
        }
        if (interp.ItimerError == null)
        {
            var ns = PyDict.New();
            ns.SetItemString("__module__", PyUnicode.FromString("signal"));
            var bases = PyTuple.Pack(PyExc.OSError);
            var name = PyUnicode.FromString("itimer_error");
            interp.ItimerError = Calls.CallArgs(PyType.Type, name, bases, ns);
            Py.DECREF(ns);
            Py.DECREF(bases);
            Py.DECREF(name);
            if (interp.ItimerError == null) return -1;
        }
        return m.Add("ItimerError", Py.NewRef(interp.ItimerError));
    }

    static bool CheckSignum(int signalnum)
    {
        if (signalnum >= 1 && signalnum < NSIG) return true;
        Errors.SetString(PyExc.ValueError, "signal number out of range");
        return false;
    }

    static PyObject? RaiseErrno(PyObject type, int errno, string strerror)
    {
        var n = PyLong.FromLong(errno);
        var s = PyUnicode.FromString(strerror);
        var exc = Calls.CallArgs(type, n, s);
        Py.DECREF(n);
        Py.DECREF(s);
        if (exc == null) return null;
        Errors.SetObject(exc.ob_type, exc);
        Py.DECREF(exc);
        return null;
    }

    [PyMethod("default_int_handler", Doc = "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.")]
    static PyObject? DefaultIntHandler([VarArgs] PyTuple args)
    {
        Errors.SetObject(PyExc.KeyboardInterrupt, null);
        return null;
    }

    [PyMethod("signal", Doc = "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\nThe previous action is returned.  See getsignal() for possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.")]
    static PyObject? Signal(int signalnum, PyObject handler)
    {
        if (ThreadState.Current != ThreadState.Main)
            return Errors.SetString(PyExc.ValueError, "signal " + MainThreadOnly);
        if (!CheckSignum(signalnum)) return null;
        Signals.Disposition kind;
        if (handler is PyLong l && Abstract.AsSsize(l, null) is var v && (v == SIG_DFL || v == SIG_IGN))
            kind = v == SIG_IGN ? Signals.Disposition.Ignore : Signals.Disposition.Default;
        else if (handler.ob_type.tp_call != null)
            kind = Signals.Disposition.Python;
        else
            return Errors.SetString(PyExc.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (signalnum == SIGKILL || signalnum == SIGSTOP) return RaiseErrno(PyExc.OSError, 22, "Invalid argument");
        Signals.SetDisposition(signalnum, kind);
        var handlers = Interpreter.Current.SignalHandlers!;
        var old = handlers[signalnum];
        handlers[signalnum] = Py.NewRef(handler);
        return old ?? Py.None;
    }

    [PyMethod("getsignal", Doc = "Return the current action for the given signal.\n\nThe return value can be:\n  SIG_IGN -- if the signal is being ignored\n  SIG_DFL -- if the default action for the signal is in effect\n  None    -- if an unknown handler is in effect\n  anything else -- the callable Python object used as a handler")]
    static PyObject? GetSignal(int signalnum)
    {
        if (!CheckSignum(signalnum)) return null;
        return Py.NewRef(Interpreter.Current.SignalHandlers![signalnum] ?? Py.None);
    }

    /// <summary>Deliver a signal raised by this process: to the Python handler, or nowhere, or the OS's default action.</summary>
    static int Deliver(int signalnum)
    {
        switch (Signals.HandlerKind(signalnum))
        {
            case Signals.Disposition.Python:
                Signals.Trip(signalnum);
                return 0;
            case Signals.Disposition.Ignore:
                return 0;
            default:
                long delivered = Signals.Delivered;
                int r = raise(signalnum);
                if (r == 0) Signals.AwaitDelivery(signalnum, delivered);
                return r;
        }
    }

    [PyMethod("raise_signal", Doc = "Send a signal to the executing process.")]
    static PyObject? RaiseSignal(int signalnum)
    {
        if (!CheckSignum(signalnum)) return null;
        if (Deliver(signalnum) != 0) return RaiseErrno(PyExc.OSError, Marshal.GetLastPInvokeError(), "Invalid argument");
        if (ThreadState.Current == ThreadState.Main && Signals.HandlePending() < 0) return null;
        return Py.None;
    }

    [PyMethod("strsignal", Doc = "Return the system description of the given signal.\n\nReturns the description of signal *signalnum*, such as \"Interrupt\"\nfor :const:`SIGINT`. Returns :const:`None` if *signalnum* has no\ndescription. Raises :exc:`ValueError` if *signalnum* is invalid.")]
    static PyObject? StrSignal(int signalnum)
    {
        if (!CheckSignum(signalnum)) return null;
        var p = strsignal(signalnum);
        var s = p == 0 ? null : Marshal.PtrToStringUTF8(p);
        if (s == null || s.Contains("Unknown signal")) return Py.None;
        return PyUnicode.FromString(s);
    }

    [PyMethod("valid_signals", Doc = "Return a set of valid signal numbers on this platform.\n\nThe signal numbers returned by this function can be safely passed to\nfunctions like `pthread_sigmask`.")]
    static PyObject? ValidSignals()
    {
        var s = PySet.NewEmpty();
        // sigfillset: glibc keeps 32 and 33 for its threads.
        for (int i = 1; i < NSIG; i++)
        {
            if (i == 32 || i == 33) continue;
            var n = PyLong.FromLong(i);
            s.Add(n);
            Py.DECREF(n);
        }
        return s;
    }

    [PyMethod("siginterrupt", Doc = "Change system call restart behaviour.\n\nIf flag is False, system calls will be restarted when interrupted by\nsignal sig, else system calls will be interrupted.")]
    static PyObject? SigInterrupt(int signalnum, int flag)
    {
        if (!CheckSignum(signalnum)) return null;
        return Py.None;
    }

    [PyMethod("set_wakeup_fd", Doc = "Sets the fd to be written to (with the signal number) when a signal comes in.\n\nA library can use this to wakeup select or poll.\nThe previous fd or -1 is returned.\n\nThe fd must be non-blocking.")]
    static PyObject? SetWakeupFd(int fd, [KeywordOnly] bool warn_on_full_buffer = true)
    {
        if (ThreadState.Current != ThreadState.Main)
            return Errors.SetString(PyExc.ValueError, "set_wakeup_fd " + MainThreadOnly);
        if (fd != -1)
        {
            int flags = fcntl(fd, 3 /* F_GETFL */);
            if (flags == -1) return RaiseErrno(PyExc.OSError, 9, "Bad file descriptor");
            if ((flags & 0x800 /* O_NONBLOCK */) == 0)
                return Errors.SetString(PyExc.ValueError, $"the fd {fd} must be in non-blocking mode");
        }
        int old = Signals.WakeupFd;
        Signals.WakeupFd = fd;
        return PyLong.FromLong(old);
    }

    [PyMethod("pause", Doc = "Wait until a signal arrives.")]
    static PyObject? Pause() => Signals.Pause() < 0 ? null : Py.None;

    [PyMethod("pthread_kill", Doc = "Send a signal to a thread.")]
    static PyObject? PthreadKill(long thread_id, int signalnum)
    {
        if (signalnum != 0)
        {
            if (!CheckSignum(signalnum)) return null;
            if (Deliver(signalnum) != 0) return RaiseErrno(PyExc.OSError, 22, "Invalid argument");
        }
        if (ThreadState.Current == ThreadState.Main && Signals.HandlePending() < 0) return null;
        return Py.None;
    }

    /// <summary>A set of signal numbers (an iterable of ints) as a mask, or null with ValueError/TypeError.</summary>
    static bool[]? MaskOf(PyObject iterable)
    {
        var mask = new bool[NSIG];
        var it = Abstract.GetIter(iterable);
        if (it == null) return null;
        while (Abstract.IterNext(it) is { } item)
        {
            // _Py_Sigset_Converter: PyLong_AsLongAndOverflow, so a number beyond a C long reads as -1.
            var index = Abstract.Index(item);
            Py.DECREF(item);
            if (index == null) { Py.DECREF(it); return null; }
            var big = index.ToBigInteger();
            Py.DECREF(index);
            long n = big >= long.MinValue && big <= long.MaxValue ? (long)big : -1;
            if (n < 1 || n >= NSIG)
            {
                Py.DECREF(it);
                Errors.SetString(PyExc.ValueError, $"signal number {n} out of range [1; {NSIG - 1}]");
                return null;
            }
            mask[n] = true;
        }
        Py.DECREF(it);
        return Errors.Occurred() ? null : mask;
    }

    static PyObject SetOf(bool[] mask)
    {
        var s = PySet.NewEmpty();
        for (int i = 1; i < NSIG; i++)
        {
            if (!mask[i]) continue;
            var n = PyLong.FromLong(i);
            s.Add(n);
            Py.DECREF(n);
        }
        return s;
    }

    [PyMethod("pthread_sigmask", Doc = "Fetch and/or change the signal mask of the calling thread.")]
    static PyObject? PthreadSigmask(int how, PyObject mask)
    {
        var m = MaskOf(mask);
        if (m == null) return null;
        if (how < SIG_BLOCK || how > SIG_SETMASK) return RaiseErrno(PyExc.OSError, 22, "Invalid argument");
        var old = Signals.SetMask(how, m);
        if (Signals.HandlePending() < 0) return null;
        return SetOf(old);
    }

    [PyMethod("sigpending", Doc = "Examine pending signals.\n\nReturns a set of signal numbers that are pending for delivery to\nthe calling thread.")]
    static PyObject? SigPending() => SetOf(Signals.Pending());

    [PyMethod("sigwait", Doc = "Wait for a signal.\n\nSuspend execution of the calling thread until the delivery of one of the\nsignals specified in the signal set sigset.  The function accepts the signal\nand returns the signal number.")]
    static PyObject? SigWait(PyObject sigset)
    {
        var m = MaskOf(sigset);
        if (m == null) return null;
        int n = Signals.Wait(m);
        return n < 0 ? null : PyLong.FromLong(n);
    }

    // The interval timers (setitimer, alarm) are the runtime's own: a timer delivers the signal
    // as the kernel's would. Process-wide, as the kernel's timers are. ITIMER_VIRTUAL and
    // ITIMER_PROF count wall-clock time here, not CPU time.
    static readonly Timer?[] s_timers = new Timer?[3];
    static readonly long[] s_due = new long[3];
    static readonly double[] s_interval = new double[3];
    static readonly int[] s_timerSignal = [SIGALRM, SIGVTALRM, SIGPROF];

    static double Remaining(int which)
    {
        if (s_timers[which] == null) return 0;
        return Math.Max(0, (s_due[which] - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency);
    }

    static (double, double) SetTimer(int which, double seconds, double interval)
    {
        lock (s_timers)
        {
            var old = (Remaining(which), s_interval[which]);
            s_timers[which]?.Dispose();
            s_timers[which] = null;
            s_interval[which] = 0;
            if (seconds > 0)
            {
                s_interval[which] = interval;
                s_due[which] = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
                int w = which;
                s_timers[which] = new Timer(_ => Fire(w), null, TimeSpan.FromSeconds(seconds),
                    interval > 0 ? TimeSpan.FromSeconds(interval) : Timeout.InfiniteTimeSpan);
            }
            return old;
        }
    }

    static void Fire(int which)
    {
        lock (s_timers)
        {
            if (s_interval[which] > 0) s_due[which] = Stopwatch.GetTimestamp() + (long)(s_interval[which] * Stopwatch.Frequency);
            else
            {
                s_timers[which]?.Dispose();
                s_timers[which] = null;
            }
        }
        Deliver(s_timerSignal[which]);
    }

    [PyMethod("alarm", Doc = "Arrange for SIGALRM to arrive after the given number of seconds.")]
    static long Alarm(int seconds)
    {
        var (left, _) = SetTimer(ITIMER_REAL, seconds, 0);
        // alarm(2) rounds the time left to the nearest second, and reports at least 1.
        return left <= 0 ? 0 : Math.Max(1, (long)Math.Round(left));
    }

    static PyObject? TimerTuple((double Value, double Interval) t)
    {
        var a = PyFloat.FromDouble(t.Value);
        var b = PyFloat.FromDouble(t.Interval);
        var r = PyTuple.Pack(a, b);
        Py.DECREF(a);
        Py.DECREF(b);
        return r;
    }

    [PyMethod("setitimer", Doc = "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF).\n\nThe timer will fire after value seconds and after that every interval seconds.\nThe itimer can be cleared by setting seconds to zero.\n\nReturns old values as a tuple: (delay, interval).")]
    static PyObject? SetItimer(int which, double seconds, double interval = 0.0)
    {
        if (which < 0 || which > 2 || seconds < 0 || interval < 0)
            return RaiseErrno(Interpreter.Current.ItimerError!, 22, "Invalid argument");
        return TimerTuple(SetTimer(which, seconds, interval));
    }

    [PyMethod("getitimer", Doc = "Returns current value of given itimer.")]
    static PyObject? GetItimer(int which)
    {
        if (which < 0 || which > 2) return RaiseErrno(Interpreter.Current.ItimerError!, 22, "Invalid argument");
        lock (s_timers) return TimerTuple((Remaining(which), s_interval[which]));
    }

    [DllImport("libc", SetLastError = true)]
    static extern int raise(int sig);

    [DllImport("libc")]
    static extern nint strsignal(int sig);

    [DllImport("libc", SetLastError = true)]
    static extern int fcntl(int fd, int cmd);
}
