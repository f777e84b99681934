using System.Threading;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules;

/// <summary>
/// The lock under `_thread.lock` and `_thread.RLock` (Python/thread_pthread.h's semaphore):
/// any thread may release it. A wait releases the GIL and, in the main thread, wakes for
/// pending signals (Ctrl-C), as CPython's acquire_timed does on EINTR.
/// </summary>
internal sealed class LockCore
{
    bool _locked;

    public bool Locked => Volatile.Read(ref _locked);

    public bool TryAcquire()
    {
        lock (this)
        {
            if (_locked) return false;
            _locked = true;
            return true;
        }
    }

    public void Release()
    {
        lock (this)
        {
            _locked = false;
            Monitor.Pulse(this);
        }
    }

    /// <summary>Reset to unlocked after fork (_at_fork_reinit).</summary>
    public void Reinit()
    {
        lock (this) _locked = false;
    }

    /// <summary>The longest uninterrupted wait of the main thread, so that Ctrl-C is seen promptly.</summary>
    const int SignalPollMs = 20;

    /// <summary>
    /// acquire_timed: 1 acquired, 0 timed out, -1 with an exception set (a signal handler
    /// raised). <paramref name="timeoutUs"/> &lt; 0 waits forever; 0 only tries.
    /// </summary>
    public int Acquire(long timeoutUs)
    {
        if (TryAcquire()) return 1;
        if (timeoutUs == 0) return 0;
        var ts = ThreadState.Current;
        bool main = ts == ThreadState.Main;
        long deadline = timeoutUs > 0 ? System.Environment.TickCount64 + (timeoutUs + 999) / 1000 : long.MaxValue;
        while (true)
        {
            bool got = false;
            using (Gil.AllowThreads())
            {
                lock (this)
                {
                    while (true)
                    {
                        if (!_locked) { _locked = true; got = true; break; }
                        long left = deadline == long.MaxValue ? Timeout.Infinite : deadline - System.Environment.TickCount64;
                        if (left != Timeout.Infinite && left <= 0) break;
                        int wait = (int)System.Math.Min(left == Timeout.Infinite ? int.MaxValue : left, int.MaxValue);
                        if (main) wait = System.Math.Min(wait, SignalPollMs);
                        Monitor.Wait(this, wait);
                        if (main && Signals.InterruptPending) break;
                    }
                }
            }
            if (got) return 1;
            if (main && Signals.InterruptPending)
            {
                if (Signals.HandlePending() < 0) return -1;
                continue;
            }
            return 0;
        }
    }

    /// <summary>The (blocking, timeout) arguments of acquire() as microseconds (-1: forever), or null with an exception set.</summary>
    public static long? TimeoutArg(bool blocking, PyObject? timeout)
    {
        double t = -1;
        if (timeout != null)
        {
            t = PyFloat.AsDouble(timeout);
            if (t == -1 && Errors.Occurred()) return null;
        }
        if (!blocking && t != -1)
        {
            Errors.SetString(PyExc.ValueError, "can't specify a timeout for a non-blocking call");
            return null;
        }
        if (t < 0 && t != -1)
        {
            Errors.SetString(PyExc.ValueError, "timeout value must be a non-negative number");
            return null;
        }
        if (!blocking) return 0;
        if (t == -1) return -1;
        if (!(t * 1e9 < 9.2233720368547758e18))
        {
            // _PyTime_FromSecondsObject: beyond what a 64-bit nanosecond count holds.
            Errors.SetString(PyExc.OverflowError, "timestamp out of range for platform time_t");
            return null;
        }
        if (t > ThreadModule.TimeoutMax)
        {
            Errors.SetString(PyExc.OverflowError, "timeout value is too large");
            return null;
        }
        return (long)(t * 1e6);
    }
}

/// <summary>`_thread.lock` (LockType): a lock without an owner.</summary>
[PyType("_thread.lock")]
public sealed partial class ThreadLock : PyObject, IWeakReferenceable
{
    internal readonly LockCore Core = new();
    public PyWeakReference? WeakRefList { get; set; }

    public ThreadLock(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (args.Length != 0) return Errors.SetString(PyExc.TypeError, "lock() takes no arguments");
        return new ThreadLock(type);
    }

    static PyObject? DoAcquire(ThreadLock self, bool blocking, PyObject? timeout)
    {
        var us = LockCore.TimeoutArg(blocking, timeout);
        if (us == null) return null;
        int r = self.Core.Acquire(us.Value);
        return r < 0 ? null : Py.NewBool(r == 1);
    }

    [PyMethod("acquire")]
    static PyObject? Acquire(ThreadLock self, [Keyword] bool blocking = true, [Keyword] PyObject? timeout = null) => DoAcquire(self, blocking, timeout);

    [PyMethod("acquire_lock")]
    static PyObject? AcquireLock(ThreadLock self, [Keyword] bool blocking = true, [Keyword] PyObject? timeout = null) => DoAcquire(self, blocking, timeout);

    [PyMethod("__enter__")]
    static PyObject? Enter(ThreadLock self) => DoAcquire(self, true, null);

    static PyObject? DoRelease(ThreadLock self)
    {
        if (!self.Core.Locked) return Errors.SetString(PyExc.RuntimeError, "release unlocked lock");
        self.Core.Release();
        return Py.None;
    }

    [PyMethod("release")]
    static PyObject? Release(ThreadLock self) => DoRelease(self);

    [PyMethod("release_lock")]
    static PyObject? ReleaseLock(ThreadLock self) => DoRelease(self);

    [PyMethod("__exit__")]
    static PyObject? Exit(ThreadLock self, [VarArgs] PyTuple args) => DoRelease(self);

    [PyMethod("locked")]
    static bool Locked(ThreadLock self) => self.Core.Locked;

    [PyMethod("locked_lock")]
    static bool LockedLock(ThreadLock self) => self.Core.Locked;

    [PyMethod("_at_fork_reinit")]
    static void AtForkReinit(ThreadLock self) => self.Core.Reinit();

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var l = (ThreadLock)o;
        return PyUnicode.FromString($"<{(l.Core.Locked ? "locked" : "unlocked")} {l.ob_type.tp_name} object at 0x{Interpreter.IdOf(l):x}>");
    }
}

/// <summary>`_thread.RLock`: a lock its owner may take again, counting, and only the owner releases.</summary>
[PyType("_thread.RLock", BaseType = true)]
public sealed partial class ThreadRLock : PyObject, IWeakReferenceable
{
    readonly LockCore _core = new();
    long _owner;
    long _count;
    public PyWeakReference? WeakRefList { get; set; }

    public ThreadRLock(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, System.ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new ThreadRLock(type);

    bool IsOwned => _count > 0 && _owner == ThreadState.Current.Ident;

    static PyObject? DoAcquire(ThreadRLock self, bool blocking, PyObject? timeout)
    {
        var us = LockCore.TimeoutArg(blocking, timeout);
        if (us == null) return null;
        if (self.IsOwned)
        {
            if (self._count == long.MaxValue) return Errors.SetString(PyExc.OverflowError, "Internal lock count overflowed");
            self._count++;
            return Py.NewBool(true);
        }
        int r = self._core.Acquire(us.Value);
        if (r < 0) return null;
        if (r == 1)
        {
            self._owner = ThreadState.Current.Ident;
            self._count = 1;
        }
        return Py.NewBool(r == 1);
    }

    [PyMethod("acquire")]
    static PyObject? Acquire(ThreadRLock self, [Keyword] bool blocking = true, [Keyword] PyObject? timeout = null) => DoAcquire(self, blocking, timeout);

    [PyMethod("__enter__")]
    static PyObject? Enter(ThreadRLock self) => DoAcquire(self, true, null);

    static PyObject? DoRelease(ThreadRLock self)
    {
        if (!self.IsOwned) return Errors.SetString(PyExc.RuntimeError, "cannot release un-acquired lock");
        if (--self._count == 0)
        {
            self._owner = 0;
            self._core.Release();
        }
        return Py.None;
    }

    [PyMethod("release")]
    static PyObject? Release(ThreadRLock self) => DoRelease(self);

    [PyMethod("__exit__")]
    static PyObject? Exit(ThreadRLock self, [VarArgs] PyTuple args) => DoRelease(self);

    [PyMethod("locked")]
    static bool Locked(ThreadRLock self) => self._count > 0;

    [PyMethod("_is_owned")]
    static bool IsOwnedMethod(ThreadRLock self) => self.IsOwned;

    [PyMethod("_recursion_count")]
    static long RecursionCount(ThreadRLock self) => self.IsOwned ? self._count : 0;

    /// <summary>Condition.wait: release completely, returning (count, owner) to restore later.</summary>
    [PyMethod("_release_save")]
    static PyObject? ReleaseSave(ThreadRLock self)
    {
        if (self._count == 0) return Errors.SetString(PyExc.RuntimeError, "cannot release un-acquired lock");
        var state = PyTuple.FromStolen([PyLong.FromLong(self._count), PyLong.FromLong(self._owner)]);
        self._count = 0;
        self._owner = 0;
        self._core.Release();
        return state;
    }

    [PyMethod("_acquire_restore")]
    static PyObject? AcquireRestore(ThreadRLock self, PyTuple state)
    {
        if (state.Count != 2 || state.Items[0] is not PyLong c || state.Items[1] is not PyLong o
            || !c.TryGetLong(out long count) || !o.TryGetLong(out long owner))
            return Errors.SetString(PyExc.TypeError, "_acquire_restore() argument 1 must be tuple of (count, owner)");
        if (self._core.Acquire(-1) < 0) return null;
        self._count = count;
        self._owner = owner;
        return Py.None;
    }

    [PyMethod("_at_fork_reinit")]
    static void AtForkReinit(ThreadRLock self)
    {
        self._core.Reinit();
        self._owner = 0;
        self._count = 0;
    }

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject o)
    {
        var l = (ThreadRLock)o;
        string state = l._count > 0 ? "locked" : "unlocked";
        return PyUnicode.FromString($"<{state} {l.ob_type.tp_name} object owner={l._owner} count={l._count} at 0x{Interpreter.IdOf(l):x}>");
    }
}
