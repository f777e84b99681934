using System;
using System.Runtime.InteropServices;
using System.Threading;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules;

/// <summary>
/// The `_thread` module (Modules/_threadmodule.c): OS threads running Python under the GIL
/// (<see cref="Gil"/>), locks (<see cref="ThreadLock"/>, <see cref="ThreadRLock"/>) and the
/// handles `threading` joins (<see cref="ThreadHandle"/>). A thread is a .NET thread with its
/// own <see cref="ThreadState"/>; `threading` builds everything else in Python.
/// </summary>
[PyModule("_thread")]
public static partial class ThreadModule
{
    /// <summary>PY_TIMEOUT_MAX in seconds, as 64-bit Linux CPython reports it.</summary>
    public const double TimeoutMax = 9223372036.0;

    /// <summary>The stack a Python thread gets by default (CPython's threads get the platform's 8 MiB).</summary>
    const int DefaultStackSize = 16 << 20;

    public static void InitModule(PyModule m)
    {
        var d = m.Dict;
        d.SetItemString("LockType", ThreadLock.Type);
        d.SetItemString("lock", ThreadLock.Type);
        d.SetItemString("RLock", ThreadRLock.Type);
        d.SetItemString("_ThreadHandle", ThreadHandle.Type);
        d.SetItemString("_local", ThreadLocal.Type);
        d.SetItemString("error", PyExc.RuntimeError);
        d.SetItemStringSteal("TIMEOUT_MAX", PyFloat.FromDouble(TimeoutMax));
    }

    [PyMethod("allocate_lock")]
    static PyObject? AllocateLock() => new ThreadLock(ThreadLock.Type);

    [PyMethod("allocate")]
    static PyObject? Allocate() => new ThreadLock(ThreadLock.Type);

    [PyMethod("get_ident")]
    static PyObject? GetIdent() => PyLong.FromLong(ThreadState.Current.Ident);

    [PyMethod("get_native_id")]
    static PyObject? GetNativeId() => PyLong.FromLong(OperatingSystem.IsLinux() ? gettid() : Environment.CurrentManagedThreadId);

    [DllImport("libc", SetLastError = false)]
    static extern int gettid();

    [PyMethod("_get_main_thread_ident")]
    static PyObject? GetMainThreadIdent() => PyLong.FromLong(ThreadState.Main?.Ident ?? ThreadState.Current.Ident);

    [PyMethod("_is_main_interpreter")]
    static bool IsMainInterpreter() => true;

    [PyMethod("daemon_threads_allowed")]
    static bool DaemonThreadsAllowed() => true;

    [PyMethod("_count")]
    static long Count() => Volatile.Read(ref Interpreter.Current.ThreadCount);

    [PyMethod("set_name")]
    static void SetName([Keyword] PyUnicode name)
    {
        // Linux keeps 15 bytes of a thread's name; .NET passes the name to the OS.
        try { Thread.CurrentThread.Name = name.Value; }
        catch (InvalidOperationException) { /* a .NET thread's name can be set once */ }
    }

    [PyMethod("stack_size")]
    static PyObject? StackSize(long size = 0)
    {
        int old = Interpreter.Current.ThreadStackSize;
        if (size != 0 && size < 32768)
            return Errors.SetString(PyExc.ValueError, $"size not valid: {size} bytes");
        if (size > int.MaxValue) return Errors.SetString(PyExc.ValueError, $"size not valid: {size} bytes");
        Interpreter.Current.ThreadStackSize = (int)size;
        return PyLong.FromLong(old);
    }

    [PyMethod("interrupt_main")]
    static PyObject? InterruptMain(int signum = 2)
    {
        if (signum != 2) return Errors.SetString(PyExc.ValueError, "signal number out of range");
        Signals.RequestInterrupt();
        return Py.None;
    }

    [PyMethod("exit")]
    static PyObject? Exit()
    {
        Errors.SetObject(PyExc.SystemExit, null);
        return null;
    }

    [PyMethod("exit_thread")]
    static PyObject? ExitThread() => Exit();

    [PyMethod("start_new_thread")]
    static PyObject? StartNewThread(PyObject function, PyObject args, PyObject? kwargs = null)
    {
        if (function.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "first arg must be callable");
        if (args is not PyTuple t) return Errors.SetString(PyExc.TypeError, "2nd arg must be a tuple");
        if (kwargs != null && kwargs is not PyDict) return Errors.SetString(PyExc.TypeError, "optional 3rd arg must be a dictionary");
        var handle = new ThreadHandle(ThreadHandle.Type);
        if (!Start(function, t, kwargs as PyDict, handle, daemon: true))
        {
            Py.DECREF(handle);
            return null;
        }
        var ident = PyLong.FromLong(handle.Ident);
        Py.DECREF(handle);
        return ident;
    }

    [PyMethod("start_new")]
    static PyObject? StartNew(PyObject function, PyObject args, PyObject? kwargs = null) => StartNewThread(function, args, kwargs);

    [PyMethod("start_joinable_thread")]
    static PyObject? StartJoinableThread([Keyword] PyObject function, [Keyword] PyObject? handle = null, [Keyword] bool daemon = true)
    {
        if (function.ob_type.tp_call == null) return Errors.SetString(PyExc.TypeError, "thread function must be callable");
        ThreadHandle h;
        if (handle == null || handle == Py.None) h = new ThreadHandle(ThreadHandle.Type);
        else if (handle is ThreadHandle given) h = Py.NewRef(given);
        else return Errors.SetString(PyExc.TypeError, "'handle' must be a _ThreadHandle");
        if (!Start(function, PyTuple.Empty, null, h, daemon))
        {
            Py.DECREF(h);
            return null;
        }
        return h;
    }

    [PyMethod("_make_thread_handle")]
    static PyObject? MakeThreadHandle(long ident)
    {
        var h = new ThreadHandle(ThreadHandle.Type);
        h.Ident = ident;
        h.Thread = ident == ThreadState.Current.Ident ? Thread.CurrentThread : null;
        h.Started = true;
        return h;
    }

    /// <summary>_thread._shutdown(): wait until every non-daemon thread has finished.</summary>
    [PyMethod("_shutdown")]
    static PyObject? Shutdown()
    {
        while (true)
        {
            ThreadHandle? h = null;
            lock (Interpreter.Current.NonDaemonThreads)
            {
                foreach (var c in Interpreter.Current.NonDaemonThreads)
                    if (!c.IsDone && c.Ident != ThreadState.Current.Ident) { h = c; break; }
                if (h == null) { Interpreter.Current.NonDaemonThreads.Clear(); return Py.None; }
                Py.INCREF(h);
            }
            int r = h.Join(-1);
            Py.DECREF(h);
            if (r < 0) return null;
        }
    }

    /// <summary>Start a thread calling function(*args, **kwargs); false with an exception set when the OS refuses.</summary>
    static bool Start(PyObject function, PyTuple args, PyDict? kwargs, ThreadHandle handle, bool daemon)
    {
        if (handle.Started)
        {
            Errors.SetString(PyExc.RuntimeError, "thread already started");
            return false;
        }
        Gil.Activate(ThreadState.Current);
        var boot = new Boot(Py.NewRef(function), Py.NewRef(args), Py.XNewRef(kwargs), Py.NewRef(handle));
        var thread = new Thread(boot.Run, Interpreter.Current.ThreadStackSize is > 0 and var size ? size : DefaultStackSize) { IsBackground = true };
        handle.Thread = thread;
        handle.Started = true;
        if (!daemon)
            lock (Interpreter.Current.NonDaemonThreads) Interpreter.Current.NonDaemonThreads.Add(handle);
        Interlocked.Increment(ref Interpreter.Current.ThreadCount);
        try
        {
            thread.Start();
        }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref Interpreter.Current.ThreadCount);
            boot.Release();
            Py.DECREF(handle);
            Errors.SetString(PyExc.RuntimeError, "can't start new thread");
            return false;
        }
        // The new thread's identity is known once it runs; wait for it (as CPython waits for the OS thread).
        handle.WaitForIdent();
        return true;
    }

    /// <summary>What a new thread runs (CPython's thread_run): take the GIL, call, report, finish.</summary>
    sealed class Boot(PyObject function, PyTuple args, PyDict? kwargs, ThreadHandle handle)
    {
        public void Run()
        {
            var ts = ThreadState.Current;
            handle.SetIdent(ts.Ident);
            Gil.Acquire(ts);
            Interpreter.Current.ThreadStates.Add(ts);
            var r = Calls.CallTuple(function, args, kwargs);
            if (r != null) Py.DECREF(r);
            else if (Errors.ExceptionMatches(PyExc.SystemExit)) Errors.Clear();
            else Interpreter.WriteUnraisable("in thread started by", function);
            Release();
            // PyThreadState_Clear: the thread's contextvars context, running asyncio loop and task, trace and profile functions go with it.
            Py.CLEAR(ref ts.Context);
            Py.CLEAR(ref ts.AsyncioRunningLoop);
            Py.CLEAR(ref ts.AsyncioRunningTask);
            LegacyTracing.ClearThread(ts);
            Interpreter.Current.ThreadStates.Remove(ts);
            Interlocked.Decrement(ref Interpreter.Current.ThreadCount);
            handle.SetDone();
            Py.DECREF(handle);
            Gil.Release(ts);
        }

        public void Release()
        {
            Py.DECREF(function);
            Py.DECREF(args);
            Py.XDECREF(kwargs);
        }
    }
}
