namespace Sharpy.Runtime;

/// <summary>
/// Ctrl-C and other asynchronous events (Modules/signalmodule.c, _Py_HandlePending): a
/// handler sets a flag; the eval loop raises KeyboardInterrupt at the next instruction
/// boundary where it checks (RESUME, backward jumps).
/// </summary>
public static class Signals
{
    static volatile bool s_interruptRequested;

    /// <summary>Install the Ctrl-C handler (called by the command line).</summary>
    public static void InstallInterruptHandler()
    {
        var main = ThreadState.Current;
        System.Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            s_interruptRequested = true;
            main.EvalBreaker = true;
        };
    }

    /// <summary>Ctrl-C arrived and the main thread has not raised it yet.</summary>
    public static bool InterruptPending => s_interruptRequested;

    /// <summary>Simulate Ctrl-C (_thread.interrupt_main): the main thread raises KeyboardInterrupt.</summary>
    public static void RequestInterrupt()
    {
        s_interruptRequested = true;
        if (ThreadState.Main is { } main) main.EvalBreaker = true;
    }

    /// <summary>Run what is pending (a scheduled collection, a Ctrl-C): 0, or -1 with KeyboardInterrupt set.</summary>
    public static int HandlePending()
    {
        if (Gc.Scheduled && Gc.Enabled) Gc.Collect();
        Gc.Scheduled = false;
        var ts = ThreadState.Current;
        ts.EvalBreaker = false;
        if (Gil.DropRequested) Gil.Yield(ts);
        // Signals are handled in the main thread only, as CPython.
        if (!s_interruptRequested || ts != ThreadState.Main) return 0;
        s_interruptRequested = false;
        Errors.SetObject(PyExc.KeyboardInterrupt, null);
        return -1;
    }
}
