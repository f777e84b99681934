using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Select;

/// <summary>
/// `select.poll` (pollObject in Modules/selectmodule.c): the registered fds and their event
/// masks, in registration order, and poll() over them. Only one poll() may run at a time.
/// </summary>
[PyType("select.poll")]
public sealed unsafe partial class PollObject : PyObject
{
    readonly OrderedDictionary<int, ushort> _fds = new();
    bool _running;

    internal PollObject() : base(Type) { }

    const int DefaultMask = SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT;
    const int ENOENT = 2;

    /// <summary>Clinic's unsigned_short converter (3.14: through PyLong_AsNativeBytes, negatives rejected).</summary>
    static bool UShortArg(PyObject o, out ushort value)
    {
        value = 0;
        var idx = Abstract.Index(o);
        if (idx == null) return false;
        var l = (PyLong)idx;
        bool fits = l.TryGetLong(out long v);
        int sign = l.Sign;
        Py.DECREF(idx);
        if (sign < 0)
        {
            Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }
        if (!fits || v > ushort.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large for C unsigned short");
            return false;
        }
        value = (ushort)v;
        return true;
    }

    [PyMethod("register", Doc = "Register a file descriptor with the polling object.\n\n  fd\n    either an integer, or an object with a fileno() method returning an int\n  eventmask\n    an optional bitmask describing the type of events to check for",
        TextSignature = "($self, fd,\n         eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)")]
    static PyObject? Register(PollObject self, Fildes fd, PyObject? eventmask = null)
    {
        ushort mask = DefaultMask;
        if (eventmask != null && !UShortArg(eventmask, out mask)) return null;
        self._fds[fd.Fd] = mask;
        return Py.None;
    }

    [PyMethod("modify", Doc = "Modify an already registered file descriptor.\n\n  fd\n    either an integer, or an object with a fileno() method returning\n    an int\n  eventmask\n    a bitmask describing the type of events to check for")]
    static PyObject? Modify(PollObject self, Fildes fd, PyObject eventmask)
    {
        if (!UShortArg(eventmask, out ushort mask)) return null;
        if (!self._fds.ContainsKey(fd.Fd)) return Errors.SetFromErrno(ENOENT);
        self._fds[fd.Fd] = mask;
        return Py.None;
    }

    [PyMethod("unregister", Doc = "Remove a file descriptor being tracked by the polling object.")]
    static PyObject? Unregister(PollObject self, Fildes fd)
    {
        if (!self._fds.Remove(fd.Fd))
        {
            var key = PyLong.FromLong(fd.Fd);
            Errors.SetObject(PyExc.KeyError, key);
            Py.DECREF(key);
            return null;
        }
        return Py.None;
    }

    [PyMethod("poll", Doc = "Polls the set of registered file descriptors.\n\n  timeout\n    The maximum time to wait in milliseconds, or else None (or a negative\n    value) to wait indefinitely.\n\nReturns a list containing any descriptors that have events or errors to\nreport, as a list of (fd, event) 2-tuples.")]
    static PyObject? Poll(PollObject self, PyObject? timeout = null)
    {
        long ns = -1;
        if (timeout != null && timeout != Py.None)
        {
            if (!SelectModule.TimeoutNs(timeout, 1_000_000, "timeout must be an integer or None", out ns)) return null;
            if (!SelectModule.TimeoutMs(ns, out _)) return null;
        }
        if (self._running) return Errors.SetString(PyExc.RuntimeError, "concurrent poll() invocation");
        var ufds = new SelectLibc.PollFd[self._fds.Count];
        int i = 0;
        foreach (var (fd, mask) in self._fds) ufds[i++] = new SelectLibc.PollFd { fd = fd, events = (short)mask };
        self._running = true;
        int n;
        fixed (SelectLibc.PollFd* p = ufds)
        {
            var pfds = p;
            n = SelectModule.Wait(ns, slice =>
            {
                SelectModule.TimeoutMs(slice, out int ms);
                return SelectLibc.poll(pfds, (nuint)ufds.Length, ms);
            });
        }
        self._running = false;
        if (n < 0) return null;
        var list = PyList.New(n);
        foreach (var u in ufds)
        {
            if (u.revents == 0) continue;
            list.AppendSteal(PyTuple.FromStolen([PyLong.FromLong(u.fd), PyLong.FromLong((ushort)u.revents)]));
        }
        return list;
    }
}
