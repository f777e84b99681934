using System.Threading;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules;

/// <summary>
/// `_thread._ThreadHandle` (3.13+): what `threading.Thread` joins. Done once the thread's
/// function has returned; join() waits with the GIL released, waking in the main thread for
/// Ctrl-C.
/// </summary>
[PyType("_thread._ThreadHandle")]
public sealed partial class ThreadHandle : PyObject
{
    public long Ident;
    public Thread? Thread;
    public bool Started;
    readonly ManualResetEventSlim _done = new(false);
    readonly ManualResetEventSlim _identKnown = new(false);

    public ThreadHandle(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new ThreadHandle(type);

    public bool IsDone => _done.IsSet;

    internal void SetIdent(long ident)
    {
        Ident = ident;
        _identKnown.Set();
    }

    internal void WaitForIdent()
    {
        using (Gil.AllowThreads()) _identKnown.Wait();
    }

    internal void SetDone() => _done.Set();

    /// <summary>Wait until done: 1, 0 on timeout, -1 with an exception set. <paramref name="timeoutMs"/> &lt; 0 waits forever.</summary>
    internal int Join(long timeoutMs)
    {
        if (!Started)
        {
            Errors.SetString(PyExc.RuntimeError, "thread not started");
            return -1;
        }
        if (Ident == ThreadState.Current.Ident && !IsDone)
        {
            Errors.SetString(PyExc.RuntimeError, "Cannot join current thread");
            return -1;
        }
        if (Interpreter.Current.Finalizing && !IsDone)
        {
            // gh-123940: at shutdown the other threads may not run Python code any more, so
            // they cannot finish; waiting would hang.
            Errors.SetString(PyExc.PythonFinalizationError, "cannot join thread at interpreter shutdown");
            return -1;
        }
        bool main = ThreadState.Current == ThreadState.Main;
        long deadline = timeoutMs < 0 ? long.MaxValue : System.Environment.TickCount64 + timeoutMs;
        while (!IsDone)
        {
            long left = deadline == long.MaxValue ? int.MaxValue : deadline - System.Environment.TickCount64;
            if (left <= 0) return 0;
            int wait = (int)System.Math.Min(left, main ? 20 : int.MaxValue);
            using (Gil.AllowThreads()) _done.Wait(wait);
            if (main && Signals.InterruptPending && Signals.HandlePending() < 0) return -1;
        }
        return 1;
    }

    [PyGetter("ident")] static PyObject? GetIdent(ThreadHandle h) => PyLong.FromLong(h.Ident);

    [PyMethod("join")]
    static PyObject? JoinMethod(ThreadHandle self, PyObject? timeout = null)
    {
        long ms = -1;
        if (timeout != null && timeout != Py.None)
        {
            double t = PyFloat.AsDouble(timeout);
            if (t == -1 && Errors.Occurred()) return null;
            ms = t <= 0 ? 0 : (long)System.Math.Ceiling(t * 1000);
        }
        return self.Join(ms) < 0 ? null : Py.None;
    }

    [PyMethod("is_done")]
    static bool IsDoneMethod(ThreadHandle self) => self.IsDone;

    [PyMethod("_set_done")]
    static PyObject? SetDoneMethod(ThreadHandle self)
    {
        if (!self.Started) return Errors.SetString(PyExc.RuntimeError, "thread not started");
        self.SetDone();
        return Py.None;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o) => PyUnicode.FromString($"<_thread._ThreadHandle object: ident={((ThreadHandle)o).Ident}>");
}
