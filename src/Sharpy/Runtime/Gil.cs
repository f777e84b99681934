using System.Threading;

namespace Sharpy.Runtime;

/// <summary>
/// The global interpreter lock (Python/ceval_gil.c): one thread runs Python at a time, so
/// reference counts stay plain increments. A thread that waits longer than the switch
/// interval asks the holder to drop the lock (the holder's eval breaker); the holder drops
/// it at its next instruction boundary and, when the drop was forced, waits until another
/// thread has taken it, so that a busy thread cannot take it straight back. Blocking calls
/// (lock waits, sleeps, reads) release it around the wait: <see cref="AllowThreads"/>.
/// <para>The lock comes into force when a second thread first starts (as CPython's lazy
/// PyEval_InitThreads did): until then the one thread running Python holds it implicitly
/// and pays nothing.</para>
/// </summary>
public static class Gil
{
    static readonly object s_mutex = new();
    static bool s_active;
    static ThreadState? s_holder;
    static int s_waiters;
    /// <summary>Counts hand-overs, so a waiter can tell whether a switch happened while it waited.</summary>
    static long s_switchNumber;
    /// <summary>The holder was asked to drop the lock (gil_drop_request).</summary>
    static volatile bool s_dropRequest;

    /// <summary>sys.getswitchinterval(), in seconds.</summary>
    public static double SwitchInterval = 0.005;

    public static bool Active => s_active;

    /// <summary>Bring the lock into force, held by <paramref name="ts"/>, before a second thread starts.</summary>
    public static void Activate(ThreadState ts)
    {
        lock (s_mutex)
        {
            if (s_active) return;
            s_active = true;
            s_holder = ts;
        }
    }

    static int IntervalMs => System.Math.Max(1, (int)(SwitchInterval * 1000));

    /// <summary>take_gil: wait until the lock is free and take it.</summary>
    public static void Acquire(ThreadState ts)
    {
        if (!s_active) return;
        lock (s_mutex)
        {
            if (s_holder != null)
            {
                s_waiters++;
                while (s_holder != null)
                {
                    long seen = s_switchNumber;
                    if (!Monitor.Wait(s_mutex, IntervalMs) && s_holder != null && s_switchNumber == seen)
                    {
                        // Nobody switched during a whole interval: ask the holder to let go.
                        s_dropRequest = true;
                        s_holder.EvalBreaker = true;
                    }
                }
                s_waiters--;
            }
            s_holder = ts;
            s_switchNumber++;
            s_dropRequest = false;
            // A forced drop waits for this hand-over (and other waiters for the lock).
            Monitor.PulseAll(s_mutex);
        }
    }

    /// <summary>drop_gil: let another thread run.</summary>
    public static void Release(ThreadState ts)
    {
        if (!s_active) return;
        lock (s_mutex)
        {
            if (s_holder != ts) return;
            s_holder = null;
            Monitor.PulseAll(s_mutex);
        }
    }

    /// <summary>The holder was asked to drop the lock: checked at the eval breaker.</summary>
    public static bool DropRequested => s_dropRequest;

    /// <summary>Honour a drop request: release, wait until another thread took the lock, take it back.</summary>
    public static void Yield(ThreadState ts)
    {
        if (!s_active) return;
        lock (s_mutex)
        {
            if (s_holder != ts) return;
            s_holder = null;
            s_dropRequest = false;
            long seen = s_switchNumber;
            Monitor.PulseAll(s_mutex);
            while (s_waiters > 0 && s_switchNumber == seen) Monitor.Wait(s_mutex);
        }
        Acquire(ts);
    }

    /// <summary>Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS: <c>using (Gil.AllowThreads()) { wait(); }</c>.</summary>
    public static Released AllowThreads() => new(ThreadState.Current);

    public readonly struct Released : System.IDisposable
    {
        readonly ThreadState _ts;

        internal Released(ThreadState ts)
        {
            _ts = ts;
            Release(ts);
        }

        public void Dispose() => Acquire(_ts);
    }
}
