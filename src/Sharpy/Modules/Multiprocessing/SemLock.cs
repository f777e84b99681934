using System;
using System.Runtime.InteropServices;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;
using ThreadState = Sharpy.Runtime.ThreadState;

namespace Sharpy.Modules.Multiprocessing;

/// <summary>
/// `_multiprocessing.SemLock` (Modules/_multiprocessing/semaphore.c, POSIX part): a lock or
/// semaphore shared between processes, a named POSIX semaphore. The creating process passes
/// the name to its children (spawn), which open it again in <c>_rebuild</c>. A RECURSIVE_MUTEX
/// counts its owner's nested acquires; the count and owner are per process, as in CPython.
/// A blocking wait releases the GIL; a signal for the main thread interrupts it (EINTR, see
/// <see cref="Signals"/>) so that its handler runs, and the wait resumes unless it raised.
/// </summary>
[PyType("_multiprocessing.SemLock", BaseType = true, Doc = "Semaphore/Mutex type")]
public sealed unsafe partial class SemLock : PyObject
{
    const int RECURSIVE_MUTEX = 0, SEMAPHORE = 1;
    const int O_CREAT = 0x40, O_EXCL = 0x80;
    const int EINTR = 4, EAGAIN = 11, ETIMEDOUT = 110;

    nint _handle;
    int _kind, _maxvalue;
    string? _name;
    /// <summary>Acquires minus releases in this process (a recursive mutex's nesting depth).</summary>
    int _count;
    long _lastTid;

    SemLock(PyType type, nint handle, int kind, int maxvalue, string? name) : base(type)
    {
        _handle = handle;
        _kind = kind;
        _maxvalue = maxvalue;
        _name = name;
    }

    /// <summary>The semaphore is closed (not unlinked) when its last Python reference goes.</summary>
    protected internal override void ReleaseReferences()
    {
        if (_handle != 0) sem_close(_handle);
        _handle = 0;
    }

    bool IsMine => _count > 0 && _lastTid == ThreadState.Current.Ident;

    /// <summary>The name as sem_open takes it: UTF-8, NUL-terminated; null with ValueError for an embedded NUL.</summary>
    internal static byte[]? CName(string name)
    {
        if (name.Contains('\0'))
        {
            Errors.SetString(PyExc.ValueError, "embedded null character");
            return null;
        }
        return Encoding.UTF8.GetBytes(name + "\0");
    }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, [Keyword] int kind, [Keyword] int value, [Keyword] int maxvalue, [Keyword] string name, [Keyword] bool unlink)
    {
        if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) return Errors.SetString(PyExc.ValueError, "unrecognized kind");
        var cname = CName(name);
        if (cname == null) return null;
        nint handle;
        fixed (byte* p = cname) handle = sem_open(p, O_CREAT | O_EXCL, 0x180 /* 0600 */, (uint)value);
        if (handle == SEM_FAILED) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        if (unlink)
        {
            int r;
            fixed (byte* p = cname) r = sem_unlink(p);
            if (r < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                sem_close(handle);
                return Errors.SetFromErrno(errno);
            }
        }
        return new SemLock(type, handle, kind, maxvalue, unlink ? null : name);
    }

    [PyMethod("_rebuild", Class = true, TextSignature = "($type, handle, kind, maxvalue, name, /)")]
    static PyObject? Rebuild(PyType type, long handle, int kind, int maxvalue, string? name)
    {
        // A named semaphore is opened again in this process; the handle only means something
        // in the process that made it.
        if (name != null)
        {
            var cname = CName(name);
            if (cname == null) return null;
            fixed (byte* p = cname) handle = sem_open(p, 0, 0, 0);
            if (handle == SEM_FAILED) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        }
        return new SemLock(type, (nint)handle, kind, maxvalue, name);
    }

    [PyMethod("acquire", Doc = "Acquire the semaphore/lock.")]
    static PyObject? Acquire(SemLock self, [Keyword] bool block = true, [Keyword] PyObject? timeout = null) => self.DoAcquire(block, timeout);

    [PyMethod("__enter__", Doc = "Enter the semaphore/lock.")]
    static PyObject? Enter(SemLock self) => self.DoAcquire(true, null);

    PyObject? DoAcquire(bool blocking, PyObject? timeoutObj)
    {
        if (_kind == RECURSIVE_MUTEX && IsMine)
        {
            _count++;
            return Py.NewRef(Py.True);
        }
        Timespec deadline = default;
        bool timed = timeoutObj != null && timeoutObj != Py.None;
        if (timed)
        {
            double timeout = PyFloat.AsDouble(timeoutObj!);
            if (timeout == -1 && Errors.Occurred()) return null;
            if (timeout < 0) timeout = 0;
            long nowNs = (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;
            double ns = nowNs + timeout * 1e9;
            if (!(ns < 9.2e18)) ns = 9.2e18;
            long total = (long)ns;
            deadline = new Timespec { tv_sec = total / 1_000_000_000, tv_nsec = total % 1_000_000_000 };
        }
        // Without blocking (and without the GIL released) first.
        int res, errno;
        while (true)
        {
            res = sem_trywait(_handle);
            errno = res < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (res < 0 && errno == EINTR && Signals.HandlePending() == 0) continue;
            break;
        }
        if (res < 0 && errno == EAGAIN && blocking)
        {
            while (true)
            {
                using (Gil.AllowThreads())
                {
                    res = timed ? sem_timedwait(_handle, &deadline) : sem_wait(_handle);
                    errno = res < 0 ? Marshal.GetLastPInvokeError() : 0;
                }
                if (res < 0 && errno == EINTR)
                {
                    if (Signals.HandlePending() < 0) return null;
                    continue;
                }
                break;
            }
        }
        if (res < 0)
        {
            if (errno == EAGAIN || errno == ETIMEDOUT) return Py.NewRef(Py.False);
            if (errno == EINTR) return null;
            return Errors.SetFromErrno(errno);
        }
        _count++;
        _lastTid = ThreadState.Current.Ident;
        return Py.NewRef(Py.True);
    }

    [PyMethod("release", Doc = "Release the semaphore/lock.")]
    static PyObject? Release(SemLock self) => self.DoRelease();

    [PyMethod("__exit__", Doc = "Exit the semaphore/lock.")]
    static PyObject? Exit(SemLock self, PyObject? exc_type = null, PyObject? exc_value = null, PyObject? exc_tb = null) => self.DoRelease();

    PyObject? DoRelease()
    {
        if (_kind == RECURSIVE_MUTEX)
        {
            if (!IsMine) return Errors.SetString(PyExc.AssertionError, "attempt to release recursive lock not owned by thread");
            if (_count > 1)
            {
                _count--;
                return Py.None;
            }
        }
        else
        {
            // Not an absolute guarantee that the value stays within maxvalue (another process may post).
            int sval;
            if (sem_getvalue(_handle, &sval) < 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
            if (sval >= _maxvalue) return Errors.SetString(PyExc.ValueError, "semaphore or lock released too many times");
        }
        if (sem_post(_handle) < 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        _count--;
        return Py.None;
    }

    [PyMethod("_count", Doc = "Num of `acquire()`s minus num of `release()`s for this process.")]
    static int Count(SemLock self) => self._count;

    [PyMethod("_is_mine", Doc = "Whether the lock is owned by this thread.")]
    static bool IsMineMethod(SemLock self) => self.IsMine;

    [PyMethod("_get_value", Doc = "Get the value of the semaphore.")]
    static PyObject? GetValue(SemLock self)
    {
        int sval;
        if (sem_getvalue(self._handle, &sval) < 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        // Some implementations count waiters as a negative value.
        return PyLong.FromLong(Math.Max(sval, 0));
    }

    [PyMethod("_is_zero", Doc = "Return whether semaphore has value zero.")]
    static PyObject? IsZero(SemLock self)
    {
        int sval;
        if (sem_getvalue(self._handle, &sval) < 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        return Py.NewBool(sval == 0);
    }

    [PyMethod("_after_fork", Doc = "Rezero the net acquisition count after fork().")]
    static void AfterFork(SemLock self) => self._count = 0;

    [PyGetter("handle")]
    static PyObject? GetHandle(SemLock self) => PyLong.FromLong(self._handle);

    [PyGetter("kind")]
    static PyObject? GetKind(SemLock self) => PyLong.FromLong(self._kind);

    [PyGetter("maxvalue")]
    static PyObject? GetMaxvalue(SemLock self) => PyLong.FromLong(self._maxvalue);

    [PyGetter("name")]
    static PyObject? GetName(SemLock self) => self._name == null ? Py.None : PyUnicode.FromString(self._name);

    [StructLayout(LayoutKind.Sequential)]
    struct Timespec
    {
        public long tv_sec, tv_nsec;
    }

    static readonly nint SEM_FAILED = 0;

    // sem_open is variadic (mode and value follow oflag); on x86-64 the extra int arguments
    // travel in the same registers as fixed ones.
    [DllImport("libc", SetLastError = true)]
    static extern nint sem_open(byte* name, int oflag, uint mode, uint value);

    [DllImport("libc", SetLastError = true)]
    internal static extern int sem_unlink(byte* name);

    [DllImport("libc", SetLastError = true)]
    static extern int sem_close(nint sem);

    [DllImport("libc", SetLastError = true)]
    static extern int sem_wait(nint sem);

    [DllImport("libc", SetLastError = true)]
    static extern int sem_trywait(nint sem);

    [DllImport("libc", SetLastError = true)]
    static extern int sem_timedwait(nint sem, Timespec* abstime);

    [DllImport("libc", SetLastError = true)]
    static extern int sem_post(nint sem);

    [DllImport("libc", SetLastError = true)]
    static extern int sem_getvalue(nint sem, int* sval);
}
