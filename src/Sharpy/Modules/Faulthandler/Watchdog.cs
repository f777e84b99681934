using System;
using System.Threading;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Faulthandler;

/// <summary>
/// dump_traceback_later's thread (faulthandler_thread): after each timeout it writes the header
/// and every Python thread's stack to the descriptor, without the GIL, and then exits the
/// process (_exit(1)) if asked, or waits again if repeating. A background thread, so it never
/// keeps the process alive; cancel() wakes and joins it.
/// </summary>
internal sealed class Watchdog
{
    readonly int _fd;
    readonly TimeSpan _timeout;
    readonly bool _repeat, _exit;
    readonly string _header;
    readonly InterpreterState _interp;
    readonly ManualResetEventSlim _cancel = new(false);
    readonly Thread _thread;
    /// <summary>The file object the descriptor belongs to (owned; released by the canceller, under the GIL).</summary>
    public PyObject? File;

    public Watchdog(InterpreterState interp, PyObject? file, int fd, long timeoutUs, bool repeat, bool exit)
    {
        _interp = interp;
        File = file;
        _fd = fd;
        _timeout = TimeSpan.FromTicks(timeoutUs * 10);
        _repeat = repeat;
        _exit = exit;
        _header = FormatTimeout(timeoutUs);
        _thread = new Thread(Run) { IsBackground = true, Name = "faulthandler" };
    }

    /// <summary>format_timeout: "Timeout (H:MM:SS[.ffffff])!".</summary>
    static string FormatTimeout(long us)
    {
        long sec = us / 1_000_000, frac = us % 1_000_000;
        long min = sec / 60, hour = min / 60;
        sec %= 60;
        min %= 60;
        return frac != 0 ? $"Timeout ({hour}:{min:00}:{sec:00}.{frac:000000})!\n" : $"Timeout ({hour}:{min:00}:{sec:00})!\n";
    }

    public void Start() => _thread.Start();

    void Run()
    {
        do
        {
            if (Cancelled()) return;
            FileUtils.WriteNoRaise(_fd, _header);
            TracebackDump.DumpTracebackThreads(_fd, _interp, null);
            if (_exit) FatalErrors.Exit(1);
        } while (_repeat);
    }

    /// <summary>Wait one timeout for the cancellation (in waits the event accepts: at most int.MaxValue ms each).</summary>
    bool Cancelled()
    {
        long deadline = Environment.TickCount64 + (long)Math.Ceiling(_timeout.TotalMilliseconds);
        while (true)
        {
            long left = deadline - Environment.TickCount64;
            if (left <= 0) return false;
            if (_cancel.Wait((int)Math.Min(left, int.MaxValue - 1))) return true;
        }
    }

    /// <summary>cancel_dump_traceback_later's wait: wake the thread and wait for it to end.</summary>
    public void Cancel()
    {
        _cancel.Set();
        _thread.Join();
    }
}
