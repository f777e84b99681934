using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Select;

/// <summary>
/// `select.epoll` (pyEpoll_Object in Modules/selectmodule.c): an epoll fd (close-on-exec)
/// with register/modify/unregister/poll, fromfd, close and the context-manager protocol.
/// The fd is closed when the object dies.
/// </summary>
[PyType("select.epoll", Doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events.")]
public sealed unsafe partial class EpollObject : PyObject
{
    int _epfd;

    EpollObject(PyType type, int epfd) : base(type) => _epfd = epfd;

    const int DefaultMask = SelectModule.EPOLLIN | SelectModule.EPOLLPRI | SelectModule.EPOLLOUT;
    const int EINVAL = 22;

    static readonly ArgParse.Parser s_newParser = new("epoll", 0, ["sizehint", "flags"], 0, 2, 0);

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        var buf = new PyObject?[2];
        if (!ArgParse.UnpackKeywords(args, kwnames, s_newParser, buf)) return null;
        int sizehint = -1, flags = 0;
        if (buf[0] != null && !ArgParse.ToInt(buf[0]!, out sizehint)) return null;
        if (buf[1] != null && !ArgParse.ToInt(buf[1]!, out flags)) return null;
        if (sizehint == -1) sizehint = SelectLibc.FD_SETSIZE - 1;
        else if (sizehint <= 0) return Errors.SetString(PyExc.ValueError, "negative sizehint");
        if (flags != 0 && flags != SelectModule.EPOLL_CLOEXEC) return Errors.SetString(PyExc.OSError, "invalid flags");
        int epfd = SelectLibc.epoll_create1(SelectModule.EPOLL_CLOEXEC);
        if (epfd < 0) return Errors.SetFromErrno(System.Runtime.InteropServices.Marshal.GetLastPInvokeError());
        return new EpollObject(type, epfd);
    }

    void CloseFd()
    {
        if (_epfd < 0) return;
        Posix.Libc.close(_epfd);
        _epfd = -1;
    }

    protected internal override void ReleaseReferences() => CloseFd();

    PyObject? Closed() => Errors.SetString(PyExc.ValueError, "I/O operation on closed epoll object");

    [PyMethod("close", Doc = "Close the epoll control file descriptor.\n\nFurther operations on the epoll object will raise an exception.")]
    static void Close(EpollObject self) => self.CloseFd();

    [PyGetter("closed", Doc = "True if the epoll handler is closed")]
    static PyObject? GetClosed(EpollObject self) => Py.NewBool(self._epfd < 0);

    [PyMethod("fileno", Doc = "Return the epoll control file descriptor.")]
    static PyObject? FileNo(EpollObject self) => self._epfd < 0 ? self.Closed() : PyLong.FromLong(self._epfd);

    [PyMethod("fromfd", Class = true, Doc = "Create an epoll object from a given control fd.")]
    static PyObject? FromFd(PyType type, int fd) => new EpollObject(type, fd);

    /// <summary>Clinic's unsigned_int(bitwise=True): any int, reduced modulo 2**32.</summary>
    static bool MaskArg(PyObject o, out uint mask)
    {
        mask = 0;
        var idx = Abstract.Index(o);
        if (idx == null) return false;
        var l = (PyLong)idx;
        if (l.TryGetLong(out long v)) mask = (uint)v;
        else
        {
            var big = l.ToBigInteger();
            mask = (uint)(big & uint.MaxValue);
        }
        Py.DECREF(idx);
        return true;
    }

    PyObject? Control(int op, int fd, uint mask)
    {
        if (_epfd < 0) return Closed();
        var ev = new SelectLibc.EpollEvent { events = mask, data = (ulong)(uint)fd };
        int r;
        using (Gil.AllowThreads()) r = SelectLibc.epoll_ctl(_epfd, op, fd, &ev);
        return r < 0 ? Errors.SetFromErrno(System.Runtime.InteropServices.Marshal.GetLastPInvokeError()) : Py.None;
    }

    [PyMethod("register", Doc = "Registers a new fd or raises an OSError if the fd is already registered.\n\n  fd\n    the target file descriptor of the operation\n  eventmask\n    a bit set composed of the various EPOLL constants\n\nThe epoll interface supports all file descriptors that support poll.",
        TextSignature = "($self, /, fd,\n         eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)")]
    static PyObject? Register(EpollObject self, [Keyword] Fildes fd, [Keyword] PyObject? eventmask = null)
    {
        uint mask = DefaultMask;
        if (eventmask != null && !MaskArg(eventmask, out mask)) return null;
        return self.Control(SelectLibc.EPOLL_CTL_ADD, fd.Fd, mask);
    }

    [PyMethod("modify", Doc = "Modify event mask for a registered file descriptor.\n\n  fd\n    the target file descriptor of the operation\n  eventmask\n    a bit set composed of the various EPOLL constants")]
    static PyObject? Modify(EpollObject self, [Keyword] Fildes fd, [Keyword] PyObject eventmask)
    {
        if (!MaskArg(eventmask, out uint mask)) return null;
        return self.Control(SelectLibc.EPOLL_CTL_MOD, fd.Fd, mask);
    }

    [PyMethod("unregister", Doc = "Remove a registered file descriptor from the epoll object.\n\n  fd\n    the target file descriptor of the operation")]
    static PyObject? Unregister(EpollObject self, [Keyword] Fildes fd) => self.Control(SelectLibc.EPOLL_CTL_DEL, fd.Fd, 0);

    [PyMethod("poll", Doc = "Wait for events on the epoll file descriptor.\n\n  timeout\n    the maximum time to wait in seconds (as float);\n    a timeout of None or -1 makes poll wait indefinitely\n  maxevents\n    the maximum number of events returned; -1 means no limit\n\nReturns a list containing any descriptors that have events to report,\nas a list of (fd, events) 2-tuples.")]
    static PyObject? Poll(EpollObject self, [Keyword] PyObject? timeout = null, [Keyword] int maxevents = -1)
    {
        if (self._epfd < 0) return self.Closed();
        long ns = -1;
        if (timeout != null && timeout != Py.None)
        {
            if (!SelectModule.TimeoutNs(timeout, 1_000_000_000, "timeout must be an integer or None", out ns)) return null;
            if (!SelectModule.TimeoutMs(ns, out _)) return null;
        }
        if (maxevents == -1) maxevents = SelectLibc.FD_SETSIZE - 1;
        else if (maxevents < 1)
            return Errors.SetString(PyExc.ValueError, $"maxevents must be greater than 0, got {maxevents}");
        var events = new SelectLibc.EpollEvent[maxevents];
        int epfd = self._epfd, n;
        fixed (SelectLibc.EpollEvent* p = events)
        {
            var pev = p;
            n = SelectModule.Wait(ns, slice =>
            {
                SelectModule.TimeoutMs(slice, out int ms);
                return SelectLibc.epoll_wait(epfd, pev, maxevents, ms);
            });
        }
        if (n < 0) return null;
        var list = PyList.New(n);
        for (int i = 0; i < n; i++)
            list.AppendSteal(PyTuple.FromStolen([PyLong.FromLong((int)(uint)events[i].data), PyLong.FromLong(events[i].events)]));
        return list;
    }

    [PyMethod("__enter__")]
    static PyObject? Enter(EpollObject self) => self._epfd < 0 ? self.Closed() : Py.NewRef(self);

    [PyMethod("__exit__")]
    static void Exit(EpollObject self, [VarArgs] PyTuple args) => self.CloseFd();
}
