using System;
using System.Diagnostics;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Socket.SocketLibc;

namespace Sharpy.Modules.Socket;

/// <summary>
/// `_socket.socket` (socketmodule.c's PySocketSockObject): a socket file descriptor with its
/// family, type, protocol and timeout. A timeout (sock_timeout &gt;= 0) keeps the descriptor
/// non-blocking; each call then waits with poll() before it tries, as sock_call_ex does, and
/// raises TimeoutError("timed out") when the wait ends first. The I/O methods are in
/// SocketObject.IO.cs.
/// </summary>
[PyType("_socket.socket", BaseType = true, Doc = SocketDoc)]
public sealed partial class SocketObject : PyObject
{
    const string SocketDoc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.  The family argument specifies the\naddress family; it defaults to AF_INET.  The type argument specifies\nwhether this is a stream (SOCK_STREAM, this is the default)\nor datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\nspecifying the default protocol.  Keyword arguments are accepted.\nThe socket is created as non-inheritable.\n\nWhen a fileno is passed in, family, type and proto are auto-detected,\nunless they are explicitly set.\n\nA socket object represents one endpoint of a network connection.\n\nMethods of socket objects (keyword arguments not allowed):\n\n_accept() -- accept connection, returning new socket fd and client address\nbind(addr) -- bind the socket to a local address\nclose() -- close the socket\nconnect(addr) -- connect the socket to a remote address\nconnect_ex(addr) -- connect, return an error code instead of an exception\ndup() -- return a new socket fd duplicated from fileno()\nfileno() -- return underlying file descriptor\ngetpeername() -- return remote address [*]\ngetsockname() -- return local address\ngetsockopt(level, optname[, buflen]) -- get socket options\ngettimeout() -- return timeout or None\nlisten([n]) -- start listening for incoming connections\nrecv(buflen[, flags]) -- receive data\nrecv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)\nrecvfrom(buflen[, flags]) -- receive data and sender's address\nrecvfrom_into(buffer[, nbytes, [, flags])\n  -- receive data and sender's address (into a buffer)\nsendall(data[, flags]) -- send all data\nsend(data[, flags]) -- send data, may not send all of it\nsendto(data[, flags], addr) -- send data to a given address\nsetblocking(bool) -- set or clear the blocking I/O flag\ngetblocking() -- return True if socket is blocking, False if non-blocking\nsetsockopt(level, optname, value[, optlen]) -- set socket options\nsettimeout(None | float) -- set or clear the timeout\nshutdown(how) -- shut down traffic in one or both directions\n\n [*] not available on all platforms!";

    internal int Fd = -1;
    internal int Family, SockType, Proto;
    /// <summary>The timeout in nanoseconds; -1 blocks without one, 0 is non-blocking.</summary>
    internal long TimeoutNs = -1;

    public SocketObject(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
        => new SocketObject(type) { TimeoutNs = SocketState.Get().DefaultTimeoutNs };

    static readonly ArgParse.Parser InitParser = new("socket", 0, ["family", "type", "proto", "fileno"], 0, 4, 0);

    /// <summary>sock_initobj: open a new socket, or adopt `fileno`, reading its family, type and protocol when not given.</summary>
    [PySlot("tp_init")]
    static unsafe int Init(PyObject op, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgParse.UnpackKeywords(args, kwnames, InitParser, a)) return -1;
        var self = (SocketObject)op;
        int family = -1, type = -1, proto = -1;
        if (a[0] != null && !IntArg(a[0]!, out family)) return -1;
        if (a[1] != null && !IntArg(a[1]!, out type)) return -1;
        if (a[2] != null && !IntArg(a[2]!, out proto)) return -1;
        int fd;
        if (a[3] != null && a[3] != Py.None)
        {
            if (a[3] is PyFloat)
            {
                Errors.SetString(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
                return -1;
            }
            long v = Abstract.AsSsize(a[3]!, PyExc.OverflowError);
            if (v == -1 && Errors.Occurred()) return -1;
            if (v < 0)
            {
                Errors.SetString(PyExc.ValueError, "negative file descriptor");
                return -1;
            }
            if (v > int.MaxValue)
            {
                Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            fd = (int)v;
            if (family == -1)
            {
                byte* sa = stackalloc byte[SockaddrStorageSize];
                uint len = SockaddrStorageSize;
                if (getsockname(fd, sa, &len) < 0) { Errors.SetFromErrno(Errno); return -1; }
                family = *(ushort*)sa;
            }
            if (type == -1 && GetIntOpt(fd, SO_TYPE, out type) < 0) return -1;
            if (proto == -1 && GetIntOpt(fd, SO_PROTOCOL, out proto) < 0) return -1;
        }
        else
        {
            if (family == -1) family = SocketAddress.AF_INET;
            if (type == -1) type = 1; // SOCK_STREAM
            if (proto == -1) proto = 0;
            using (Gil.AllowThreads()) fd = socket(family, type | SOCK_CLOEXEC, proto);
            if (fd < 0) { Errors.SetFromErrno(Errno); return -1; }
        }
        return self.InitFromFd(fd, family, type, proto);
    }

    static unsafe int GetIntOpt(int fd, int option, out int value)
    {
        int v = 0;
        uint len = sizeof(int);
        value = 0;
        if (getsockopt(fd, SOL_SOCKET, option, (byte*)&v, &len) < 0) { Errors.SetFromErrno(Errno); return -1; }
        value = v;
        return 0;
    }

    /// <summary>init_sockobject: record the descriptor; a timeout (or SOCK_NONBLOCK) makes it non-blocking.</summary>
    internal int InitFromFd(int fd, int family, int type, int proto)
    {
        Fd = fd;
        Family = family;
        SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        Proto = proto;
        if ((type & SOCK_NONBLOCK) != 0) TimeoutNs = 0;
        else
        {
            TimeoutNs = SocketState.Get().DefaultTimeoutNs;
            if (TimeoutNs >= 0 && SetBlockingFd(false) < 0) return -1;
        }
        return 0;
    }

    static bool IntArg(PyObject o, out int value)
    {
        value = 0;
        if (o is PyFloat)
        {
            Errors.SetString(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        long v = Abstract.AsSsize(o, PyExc.OverflowError);
        if (v == -1 && Errors.Occurred()) return false;
        if (v < int.MinValue || v > int.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
            return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>internal_setblocking: set or clear O_NONBLOCK on the descriptor.</summary>
    internal int SetBlockingFd(bool block)
    {
        int errno = 0;
        using (Gil.AllowThreads())
        {
            int flags = fcntl(Fd, F_GETFL, 0);
            if (flags >= 0)
            {
                int nflags = block ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
                if (nflags != flags && fcntl(Fd, F_SETFL, nflags) < 0) errno = Errno;
            }
            else errno = Errno;
        }
        if (errno != 0) { Errors.SetFromErrno(errno); return -1; }
        return 0;
    }

    /// <summary>
    /// socket_parse_timeout: None is -1 (blocking); a number of seconds is nanoseconds,
    /// rounded away from zero; a negative one is ValueError "Timeout value out of range".
    /// </summary>
    internal static bool ParseTimeout(PyObject o, out long ns)
    {
        ns = -1;
        if (o == Py.None) return true;
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                Errors.SetString(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
            d *= 1e9;
            d = d >= 0 ? Math.Ceiling(d) : Math.Floor(d);
            if (!(d >= long.MinValue && d < long.MaxValue))
            {
                Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = (long)d;
        }
        else
        {
            if (!ArgParse.ToSsize(o, out long secs))
            {
                if (Errors.ExceptionMatches(PyExc.OverflowError))
                {
                    Errors.Clear();
                    Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                }
                return false;
            }
            if (secs > long.MaxValue / 1_000_000_000 || secs < long.MinValue / 1_000_000_000)
            {
                Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = secs * 1_000_000_000;
        }
        if (ns < 0)
        {
            Errors.SetString(PyExc.ValueError, "Timeout value out of range");
            return false;
        }
        return true;
    }

    internal static PyObject TimeoutObject(long ns) => ns < 0 ? Py.None : PyFloat.FromDouble(ns / 1e9);

    // ---- sock_call_ex ----

    /// <summary>
    /// internal_select: wait until the descriptor is readable (or writable, or has an error
    /// for connect) for at most <paramref name="intervalNs"/>. 0 ready, 1 timed out, -1 error (errno).
    /// </summary>
    unsafe int WaitFd(bool writing, long intervalNs, bool connect, out int errno)
    {
        errno = 0;
        if (Fd == -1) return 0;
        var pfd = new PollFd { fd = Fd, events = writing ? POLLOUT : POLLIN };
        if (connect) pfd.events |= POLLERR;
        long ms = (intervalNs + 999_999) / 1_000_000;
        int timeout = ms > int.MaxValue ? int.MaxValue : (int)ms;
        int n;
        using (Gil.AllowThreads()) n = poll(&pfd, 1, timeout);
        if (n < 0) { errno = Errno; return -1; }
        return n == 0 ? 1 : 0;
    }

    /// <summary>
    /// sock_call_ex: run <paramref name="func"/> (which returns a negative value with errno
    /// set on failure) with the GIL released, waiting first when the socket has a timeout,
    /// retrying on EINTR after running signal handlers (PEP 475) and on EAGAIN while time
    /// remains. On failure: with <paramref name="errOut"/> (connect_ex) the errno is
    /// returned there, otherwise OSError or TimeoutError is raised; returns -1.
    /// </summary>
    internal int Call(bool writing, Func<long> func, out long result, bool connect = false, long timeoutNs = long.MinValue, bool errOut = false)
    {
        return CallCore(writing, func, out result, connect, timeoutNs == long.MinValue ? TimeoutNs : timeoutNs, errOut, out _);
    }

    internal int CallCore(bool writing, Func<long> func, out long result, bool connect, long timeout, bool errOut, out int errCode)
    {
        result = -1;
        errCode = 0;
        bool deadlineSet = false;
        long deadline = 0;
        while (true)
        {
            if (timeout > 0 || connect)
            {
                int res;
                int errno = 0;
                if (timeout > 0)
                {
                    long interval;
                    if (deadlineSet) interval = deadline - Stopwatch.GetTimestamp() * (1_000_000_000 / Stopwatch.Frequency);
                    else
                    {
                        deadlineSet = true;
                        deadline = Stopwatch.GetTimestamp() * (1_000_000_000 / Stopwatch.Frequency) + timeout;
                        interval = timeout;
                    }
                    res = interval >= 0 ? WaitFd(writing, interval, connect, out errno) : 1;
                }
                else res = WaitFd(writing, -1, connect, out errno);
                if (res == -1)
                {
                    if (errno == EINTR)
                    {
                        if (Signals.HandlePending() < 0) return -1;
                        continue;
                    }
                    return Fail(errno, errOut, out errCode);
                }
                if (res == 1)
                {
                    if (errOut) { errCode = EAGAIN; return -1; }
                    Errors.SetString(PyExc.TimeoutError, "timed out");
                    return -1;
                }
            }
            while (true)
            {
                long r;
                int errno;
                using (Gil.AllowThreads())
                {
                    r = func();
                    errno = r < 0 ? Errno : 0;
                }
                if (r >= 0) { result = r; return 0; }
                if (errno == EINTR)
                {
                    if (Signals.HandlePending() < 0) return -1;
                    continue;
                }
                if (timeout > 0 && errno == EAGAIN) break;
                return Fail(errno, errOut, out errCode);
            }
        }
    }

    static int Fail(int errno, bool errOut, out int errCode)
    {
        errCode = errno;
        if (!errOut) Errors.SetFromErrno(errno);
        return -1;
    }

    // ---- attributes and simple methods ----

    [PyGetter("family")] static PyObject? GetFamily(SocketObject s) => PyLong.FromLong(s.Family);
    [PyGetter("type")] static PyObject? GetType(SocketObject s) => PyLong.FromLong(s.SockType);
    [PyGetter("proto")] static PyObject? GetProto(SocketObject s) => PyLong.FromLong(s.Proto);
    [PyGetter("timeout")] static PyObject? GetTimeoutAttr(SocketObject s) => TimeoutObject(s.TimeoutNs);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject op)
    {
        var s = (SocketObject)op;
        return PyUnicode.FromString($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
    }

    /// <summary>
    /// sock_finalize: a socket still open when it dies warns "unclosed" (a ResourceWarning,
    /// which the default filters ignore) and is closed, after the warning so that a showwarning
    /// hook can still ask it questions. The exception being handled is kept.
    /// </summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject op)
    {
        var s = (SocketObject)op;
        if (s.Fd == -1) return;
        var saved = Errors.GetRaisedException();
        var repr = Abstract.ReprString(op);
        if (repr == null || Warnings.WarnWithSource(PyExc.ResourceWarning, "unclosed " + repr, 1, op) < 0)
        {
            // Spurious errors can appear at shutdown.
            if (Errors.ExceptionMatches(PyExc.Warning)) Interpreter.WriteUnraisable("while finalizing socket", op);
            Errors.Clear();
        }
        Errors.SetRaisedException(saved);
        if (s.Fd == -1) return;
        int fd = s.Fd;
        s.Fd = -1;
        close(fd);
    }

    [PyMethod("close", Doc = "Close the socket.  It cannot be used after this call.")]
    static PyObject? Close(SocketObject s)
    {
        int fd = s.Fd;
        if (fd == -1) return Py.None;
        s.Fd = -1;
        int r, errno = 0;
        using (Gil.AllowThreads())
        {
            r = close(fd);
            if (r < 0) errno = Errno;
        }
        // ECONNRESET from close() means the peer reset: the socket is closed all the same.
        if (r < 0 && errno != ECONNRESET) return Errors.SetFromErrno(errno);
        return Py.None;
    }

    [PyMethod("detach", Doc = "Close the socket object without closing the underlying file descriptor.\n\nThe object cannot be used after this call, but the file descriptor\ncan be reused for other purposes.  The file descriptor is returned.")]
    static PyObject? Detach(SocketObject s)
    {
        int fd = s.Fd;
        s.Fd = -1;
        return PyLong.FromLong(fd);
    }

    [PyMethod("fileno", Doc = "Return the integer file descriptor of the socket.")]
    static PyObject? Fileno(SocketObject s) => PyLong.FromLong(s.Fd);

    [PyMethod("gettimeout", Doc = "Returns the timeout in seconds (float) associated with socket operations.\nA timeout of None indicates that timeouts on socket operations are\ndisabled.")]
    static PyObject? GetTimeout(SocketObject s) => TimeoutObject(s.TimeoutNs);

    [PyMethod("settimeout", Doc = "Set a timeout on socket operations.  'timeout' can be a float,\ngiving in seconds, or None.  Setting a timeout of None disables\nthe timeout feature and is equivalent to setblocking(1).\nSetting a timeout of zero is the same as setblocking(0).")]
    static PyObject? SetTimeout(SocketObject s, PyObject timeout)
    {
        if (!ParseTimeout(timeout, out long ns)) return null;
        s.TimeoutNs = ns;
        if (s.Fd != -1 && s.SetBlockingFd(ns < 0) < 0) return null;
        return Py.None;
    }

    [PyMethod("setblocking", Doc = "Set the socket to blocking (flag is true) or non-blocking (false).\nsetblocking(True) is equivalent to settimeout(None);\nsetblocking(False) is equivalent to settimeout(0.0).")]
    static PyObject? SetBlocking(SocketObject s, PyObject flag)
    {
        if (flag is PyFloat)
        {
            return Errors.SetString(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
        }
        var idx = Abstract.Index(flag);
        if (idx == null) return null;
        bool block = !((PyLong)idx).IsZero;
        Py.DECREF(idx);
        s.TimeoutNs = block ? -1 : 0;
        if (s.SetBlockingFd(block) < 0) return null;
        return Py.None;
    }

    [PyMethod("getblocking", Doc = "Returns True if socket is in blocking mode, or False if it\nis in non-blocking mode.")]
    static PyObject? GetBlocking(SocketObject s) => Py.NewBool(s.TimeoutNs != 0);

    [PyMethod("listen", Doc = "Enable a server to accept connections.  If backlog is specified, it must be\nat least 0 (if it is lower, it is set to 0); it specifies the number of\nunaccepted connections that the system will allow before refusing new\nconnections. If not specified, a default reasonable value is chosen.")]
    static PyObject? Listen(SocketObject s, int backlog = 128)
    {
        if (backlog < 0) backlog = 0;
        int r, errno = 0;
        using (Gil.AllowThreads())
        {
            r = listen(s.Fd, backlog);
            if (r < 0) errno = Errno;
        }
        return r < 0 ? Errors.SetFromErrno(errno) : Py.None;
    }

    [PyMethod("shutdown", Doc = "Shut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR).")]
    static PyObject? Shutdown(SocketObject s, int how)
    {
        int r, errno = 0;
        using (Gil.AllowThreads())
        {
            r = shutdown(s.Fd, how);
            if (r < 0) errno = Errno;
        }
        return r < 0 ? Errors.SetFromErrno(errno) : Py.None;
    }

    [PyMethod("bind", Doc = "Bind the socket to a local address.  For IP sockets, the address is a\npair (host, port); the host must refer to the local host. For raw packet\nsockets the address is a tuple (ifname, proto [,pkttype [,hatype [,addr]]])")]
    static unsafe PyObject? Bind(SocketObject s, PyObject address)
    {
        var sa = new byte[SockaddrStorageSize];
        int len = SocketAddress.Parse(s.Family, address, sa, "bind");
        if (len < 0) return null;
        int r, errno = 0;
        fixed (byte* p = sa)
        using (Gil.AllowThreads())
        {
            r = bind(s.Fd, p, (uint)len);
            if (r < 0) errno = Errno;
        }
        return r < 0 ? Errors.SetFromErrno(errno) : Py.None;
    }

    /// <summary>internal_connect: connect, then (with a timeout, or after EINTR) wait for the result; 0, or the errno (with raise false), or -1 with an error set.</summary>
    unsafe int InternalConnect(byte[] sa, int len, bool raise)
    {
        int r, errno = 0;
        fixed (byte* p = sa)
        using (Gil.AllowThreads())
        {
            r = connect(Fd, p, (uint)len);
            if (r < 0) errno = Errno;
        }
        if (r == 0) return 0;
        bool wait;
        if (errno == EINTR)
        {
            if (Signals.HandlePending() < 0) return -1;
            wait = TimeoutNs != 0;
        }
        else wait = TimeoutNs > 0 && errno == EINPROGRESS;
        if (!wait)
        {
            if (raise) { Errors.SetFromErrno(errno); return -1; }
            return errno;
        }
        int fd = Fd;
        // sock_connect_impl: the outcome of the pending connect is SO_ERROR (EISCONN: already done).
        long Check()
        {
            int err = 0;
            uint l = sizeof(int);
            if (getsockopt(fd, SOL_SOCKET, SO_ERROR, (byte*)&err, &l) < 0) return -1;
            if (err == EISCONN || err == 0) return 0;
            System.Runtime.InteropServices.Marshal.SetLastPInvokeError(err);
            return -1;
        }
        int rc = CallCore(true, Check, out _, true, TimeoutNs, !raise, out int code);
        if (rc == 0) return 0;
        return raise ? -1 : (Errors.Occurred() ? -1 : code);
    }

    [PyMethod("connect", Doc = "Connect the socket to a remote address.  For IP sockets, the address\nis a pair (host, port).")]
    static PyObject? Connect(SocketObject s, PyObject address)
    {
        var sa = new byte[SockaddrStorageSize];
        int len = SocketAddress.Parse(s.Family, address, sa, "connect");
        if (len < 0) return null;
        return s.InternalConnect(sa, len, true) < 0 ? null : Py.None;
    }

    [PyMethod("connect_ex", Doc = "This is like connect(address), but returns an error code (the errno value)\ninstead of raising an exception when an error occurs.")]
    static PyObject? ConnectEx(SocketObject s, PyObject address)
    {
        var sa = new byte[SockaddrStorageSize];
        int len = SocketAddress.Parse(s.Family, address, sa, "connect_ex");
        if (len < 0) return null;
        int r = s.InternalConnect(sa, len, false);
        return r < 0 ? null : PyLong.FromLong(r);
    }

    [PyMethod("_accept", Doc = "_accept() -> (integer, address info)\n\nWait for an incoming connection.  Return a new socket file descriptor\nrepresenting the connection, and the address of the client.\nFor IP sockets, the address info is a pair (hostaddr, port).")]
    static unsafe PyObject? Accept(SocketObject s)
    {
        var sa = new byte[SockaddrStorageSize];
        var len = new uint[1];
        int fd = s.Fd;
        long Op()
        {
            len[0] = SockaddrStorageSize;
            fixed (byte* p = sa) fixed (uint* pl = len) return accept4(fd, p, pl, SOCK_CLOEXEC);
        }
        if (s.Call(false, Op, out long newfd) < 0) return null;
        var addr = SocketAddress.Make(sa, (int)len[0]);
        if (addr == null) { close((int)newfd); return null; }
        return PyTuple.FromStolen([PyLong.FromLong(newfd), addr]);
    }

    unsafe PyObject? Name(bool peer)
    {
        var sa = new byte[SockaddrStorageSize];
        uint len = SockaddrStorageSize;
        int r, errno = 0;
        fixed (byte* p = sa)
        using (Gil.AllowThreads())
        {
            r = peer ? getpeername(Fd, p, &len) : getsockname(Fd, p, &len);
            if (r < 0) errno = Errno;
        }
        if (r < 0) return Errors.SetFromErrno(errno);
        return SocketAddress.Make(sa, (int)len);
    }

    [PyMethod("getsockname", Doc = "Return the address of the local endpoint. The format depends on the\naddress family. For IPv4 sockets, the address info is a pair\n(hostaddr, port).")]
    static PyObject? GetSockName(SocketObject s) => s.Name(false);

    [PyMethod("getpeername", Doc = "Return the address of the remote endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port).")]
    static PyObject? GetPeerName(SocketObject s) => s.Name(true);

    [PyMethod("getsockopt", Doc = "Get a socket option.  See the Unix manual for level and option.\nIf a nonzero buffersize argument is given, the return value is a\nstring of that length; otherwise it is an integer.")]
    static unsafe PyObject? GetSockOpt(SocketObject s, int level, int option, int buflen = 0)
    {
        if (buflen == 0)
        {
            int v = 0;
            uint l = sizeof(int);
            if (getsockopt(s.Fd, level, option, (byte*)&v, &l) < 0) return Errors.SetFromErrno(Errno);
            return PyLong.FromLong(v);
        }
        if (buflen < 0 || buflen > 1024)
            return Errors.SetString(PyExc.OSError, "getsockopt buflen out of range");
        var buf = new byte[buflen];
        uint len = (uint)buflen;
        fixed (byte* p = buf)
            if (getsockopt(s.Fd, level, option, p, &len) < 0) return Errors.SetFromErrno(Errno);
        return PyBytes.FromSpan(buf.AsSpan(0, (int)len));
    }

    [PyMethod("setsockopt", Raw = "CPython tries three argument forms in turn (int, None with optlen, bytes-like) with PyArg_ParseTuple")]
    static unsafe PyObject? SetSockOpt(SocketObject s, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "setsockopt() takes no keyword arguments");
        if (args.Length < 3 || args.Length > 4)
            return Errors.SetString(PyExc.TypeError, $"setsockopt expected {(args.Length < 3 ? "at least 3" : "at most 4")} arguments, got {args.Length}");
        if (!IntArg(args[0].AsBorrowed, out int level) || !IntArg(args[1].AsBorrowed, out int option)) return null;
        var value = args[2].AsBorrowed;
        int r;
        if (args.Length == 4)
        {
            if (value != Py.None)
                return Errors.SetString(PyExc.TypeError, $"setsockopt() argument 3 must be NoneType, not {value.ob_type.Name}");
            var optlen = Abstract.AsSsize(args[3].AsBorrowed, PyExc.OverflowError);
            if (optlen == -1 && Errors.Occurred()) return null;
            if (optlen < 0 || optlen > uint.MaxValue) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
            r = setsockopt(s.Fd, level, option, null, (uint)optlen);
        }
        else if (value is PyLong || (value is not PyFloat && value.ob_type.nb_index != null && value is not PyBytes))
        {
            if (!IntArg(value, out int flag)) return null;
            r = setsockopt(s.Fd, level, option, (byte*)&flag, sizeof(int));
        }
        else
        {
            var view = PyBuffer.Get(value, 0);
            if (view == null) return null;
            try
            {
                fixed (byte* p = view.Span) r = setsockopt(s.Fd, level, option, p, (uint)view.Span.Length);
            }
            finally
            {
                view.Release();
            }
        }
        return r < 0 ? Errors.SetFromErrno(Errno) : Py.None;
    }
}
