using System;
using System.Buffers.Binary;
using System.Text;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Socket.SocketLibc;

namespace Sharpy.Modules.Socket;

/// <summary>
/// The `_socket` module (Modules/socketmodule.c) on Linux: the socket type, name
/// resolution (getaddrinfo and the gethostby*/getservby*/getprotoby* family), address
/// conversion, byte order helpers and the default timeout. Its state (the herror and
/// gaierror classes, the default timeout) is <see cref="SocketState"/>.
/// </summary>
[PyModule("_socket", Doc = "Implementation module for socket operations.\n\nSee the socket module for documentation.")]
public static unsafe partial class SocketModule
{
    [PyConstant] const bool has_ipv6 = true;

    static int InitModule(PyModule m)
    {
        var herror = Errors.NewException("socket", "herror", PyExc.OSError);
        if (herror == null) return -1;
        var gaierror = Errors.NewException("socket", "gaierror", PyExc.OSError);
        if (gaierror == null) { Py.DECREF(herror); return -1; }
        ModuleState<SocketState>.Set(Interpreter.Current, new SocketState(herror, gaierror));
        if (m.Add("error", Py.NewRef(PyExc.OSError)) < 0) return -1;
        if (m.Add("herror", Py.NewRef(herror)) < 0) return -1;
        if (m.Add("gaierror", Py.NewRef(gaierror)) < 0) return -1;
        if (m.Add("timeout", Py.NewRef(PyExc.TimeoutError)) < 0) return -1;
        if (m.Add("socket", Py.NewRef(SocketObject.Type)) < 0) return -1;
        return m.Add("SocketType", Py.NewRef(SocketObject.Type));
    }

    /// <summary>set_gaierror: gaierror(code, gai_strerror(code)), or OSError from errno for EAI_SYSTEM.</summary>
    internal static PyObject? SetGaiError(int code)
    {
        if (code == EAI_SYSTEM) return Errors.SetFromErrno(Errno);
        var msg = Encoding.UTF8.GetString(CString(gai_strerror(code)));
        var args = PyTuple.FromStolen([PyLong.FromLong(code), PyUnicode.FromString(msg)]);
        Errors.SetObject(SocketState.Get().GaiError, args);
        Py.DECREF(args);
        return null;
    }

    static PyObject? SetHError(int code)
    {
        var msg = Encoding.UTF8.GetString(CString(hstrerror(code)));
        var args = PyTuple.FromStolen([PyLong.FromLong(code), PyUnicode.FromString(msg)]);
        Errors.SetObject(SocketState.Get().HError, args);
        Py.DECREF(args);
        return null;
    }

    static PyObject Str(byte* p) => PyUnicode.FromString(Encoding.UTF8.GetString(CString(p)));

    // ---- default timeout ----

    [PyMethod("getdefaulttimeout", Doc = "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None.")]
    static PyObject? GetDefaultTimeout() => SocketObject.TimeoutObject(SocketState.Get().DefaultTimeoutNs);

    [PyMethod("setdefaulttimeout", Doc = "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects.\nA value of None indicates that new socket objects have no timeout.\nWhen the socket module is first imported, the default is None.")]
    static PyObject? SetDefaultTimeout(PyObject timeout)
    {
        if (!SocketObject.ParseTimeout(timeout, out long ns)) return null;
        SocketState.Get().DefaultTimeoutNs = ns;
        return Py.None;
    }

    // ---- descriptors ----

    [PyMethod("dup", Doc = "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor.  This is like os.dup(), but for\nsockets; on some platforms os.dup() won't work for socket file descriptors.")]
    static PyObject? Dup(PyObject fd)
    {
        if (!FdArg(fd, out int f)) return null;
        int r = fcntl(f, F_DUPFD_CLOEXEC, 0);
        return r < 0 ? Errors.SetFromErrno(Errno) : PyLong.FromLong(r);
    }

    [PyMethod("close", Doc = "close(integer) -> None\n\nClose an integer socket file descriptor.  This is like os.close(), but for\nsockets; on some platforms os.close() won't work for socket file descriptors.")]
    static PyObject? CloseFd(PyObject fd)
    {
        if (!FdArg(fd, out int f)) return null;
        int r, errno = 0;
        using (Gil.AllowThreads())
        {
            r = SocketLibc.close(f);
            if (r < 0) errno = Errno;
        }
        if (r < 0 && errno != ECONNRESET) return Errors.SetFromErrno(errno);
        return Py.None;
    }

    static bool FdArg(PyObject o, out int fd)
    {
        fd = -1;
        if (o is PyFloat) { Errors.SetString(PyExc.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
        long v = Abstract.AsSsize(o, PyExc.OverflowError);
        if (v == -1 && Errors.Occurred()) return false;
        if (v < int.MinValue || v > int.MaxValue) { Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C int"); return false; }
        fd = (int)v;
        return true;
    }

    [PyMethod("socketpair", Doc = "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform\nsocketpair() function.\nThe arguments are the same as for socket() except the default family is\nAF_UNIX if defined on the platform; otherwise, the default is AF_INET.")]
    static PyObject? SocketPair(int family = SocketAddress.AF_UNIX, int type = 1, int proto = 0)
    {
        int* sv = stackalloc int[2];
        int r;
        using (Gil.AllowThreads()) r = socketpair(family, type | SOCK_CLOEXEC, proto, sv);
        if (r < 0) return Errors.SetFromErrno(Errno);
        var a = new SocketObject(SocketObject.Type);
        var b = new SocketObject(SocketObject.Type);
        if (a.InitFromFd(sv[0], family, type, proto) < 0 || b.InitFromFd(sv[1], family, type, proto) < 0)
        {
            Py.DECREF(a);
            Py.DECREF(b);
            return null;
        }
        return PyTuple.FromStolen([a, b]);
    }

    // ---- byte order ----

    static bool UnsignedArg(PyObject x, string name, ulong max, string overflow, out ulong value)
    {
        value = 0;
        if (x is not PyLong)
        {
            var idx = Abstract.Index(x);
            if (idx == null) return false;
            Py.DECREF(idx);
            Errors.SetString(PyExc.TypeError, $"expected int, {x.ob_type.Name} found");
            return false;
        }
        var l = (PyLong)x;
        if (l.Sign < 0) { Errors.SetString(PyExc.OverflowError, name.StartsWith("hton") || name.StartsWith("ntoh") ? $"{name}: can't convert negative Python int to C {(max == 0xffff ? "16-bit unsigned integer" : "unsigned long")}" : "can't convert negative value to unsigned int"); return false; }
        if (!l.TryGetLong(out long v) || (ulong)v > max) { Errors.SetString(PyExc.OverflowError, overflow); return false; }
        value = (ulong)v;
        return true;
    }

    [PyMethod("htons", Doc = "Convert a 16-bit unsigned integer from host to network byte order.")]
    static PyObject? Htons(PyObject x) => Swap16(x, "htons");

    [PyMethod("ntohs", Doc = "Convert a 16-bit unsigned integer from network to host byte order.")]
    static PyObject? Ntohs(PyObject x) => Swap16(x, "ntohs");

    static PyObject? Swap16(PyObject x, string name)
    {
        if (!UnsignedArg(x, name, 0xffff, $"{name}: Python int too large to convert to C 16-bit unsigned integer", out ulong v)) return null;
        return PyLong.FromLong(BinaryPrimitives.ReverseEndianness((ushort)v));
    }

    [PyMethod("htonl", Doc = "Convert a 32-bit integer from host to network byte order.")]
    static PyObject? Htonl(PyObject x) => Swap32(x, "htonl");

    [PyMethod("ntohl", Doc = "Convert a 32-bit integer from network to host byte order.")]
    static PyObject? Ntohl(PyObject x) => Swap32(x, "ntohl");

    static PyObject? Swap32(PyObject x, string name)
    {
        if (x is not PyLong)
        {
            if (Abstract.Index(x) is { } i) Py.DECREF(i); else return null;
            return Errors.SetString(PyExc.TypeError, $"expected int, {x.ob_type.Name} found");
        }
        var l = (PyLong)x;
        if (l.Sign < 0) return Errors.SetString(PyExc.OverflowError, "can't convert negative value to unsigned int");
        if (!l.TryGetLong(out long v) || (ulong)v > uint.MaxValue) return Errors.SetString(PyExc.OverflowError, "int larger than 32 bits");
        return PyLong.FromLong(BinaryPrimitives.ReverseEndianness((uint)v));
    }

    // ---- address text ----

    [PyMethod("inet_aton", Doc = "Convert an IP address in string format (123.45.67.89) to the 32-bit packed\nbinary format used in low-level network functions.")]
    static PyObject? InetAton(string ip)
    {
        byte* packed = stackalloc byte[4];
        int ok;
        fixed (byte* p = PosixPath.Terminate(Encoding.UTF8.GetBytes(ip))) ok = inet_aton(p, packed);
        if (ok == 0) return Errors.SetString(PyExc.OSError, "illegal IP address string passed to inet_aton");
        return PyBytes.FromSpan(new ReadOnlySpan<byte>(packed, 4));
    }

    [PyMethod("inet_ntoa", Doc = "Convert an IP address from 32-bit packed binary format to string format.")]
    static PyObject? InetNtoa(BufferArg packed_ip)
    {
        var b = packed_ip.Span;
        if (b.Length != 4) return Errors.SetString(PyExc.OSError, "packed IP wrong length for inet_ntoa");
        return PyUnicode.FromString($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
    }

    [PyMethod("inet_pton", Doc = "inet_pton(af, ip) -> packed IP address string\n\nConvert an IP address from string format to a packed string suitable\nfor use with low-level network functions.")]
    static PyObject? InetPton(int af, string ip)
    {
        byte* packed = stackalloc byte[16];
        int r;
        fixed (byte* p = PosixPath.Terminate(Encoding.UTF8.GetBytes(ip))) r = inet_pton(af, p, packed);
        if (r < 0) return Errors.SetFromErrno(Errno);
        if (r == 0) return Errors.SetString(PyExc.OSError, "illegal IP address string passed to inet_pton");
        if (af == SocketAddress.AF_INET) return PyBytes.FromSpan(new ReadOnlySpan<byte>(packed, 4));
        if (af == SocketAddress.AF_INET6) return PyBytes.FromSpan(new ReadOnlySpan<byte>(packed, 16));
        return Errors.SetString(PyExc.OSError, "unknown address family");
    }

    [PyMethod("inet_ntop", Doc = "inet_ntop(af, packed_ip) -> string formatted IP address\n\nConvert a packed IP address of the given family to string format.")]
    static PyObject? InetNtop(int af, BufferArg packed_ip)
    {
        var b = packed_ip.Span;
        if (af == SocketAddress.AF_INET)
        {
            if (b.Length != 4) return Errors.SetString(PyExc.ValueError, "invalid length of packed IP address string");
        }
        else if (af == SocketAddress.AF_INET6)
        {
            if (b.Length != 16) return Errors.SetString(PyExc.ValueError, "invalid length of packed IP address string");
        }
        else return Errors.SetString(PyExc.ValueError, $"unknown address family {af}");
        byte* dst = stackalloc byte[64];
        byte* r;
        fixed (byte* p = b) r = inet_ntop(af, p, dst, 64);
        if (r == null) return Errors.SetFromErrno(Errno);
        return Str(dst);
    }

    // ---- host and service names ----

    [PyMethod("gethostname", Doc = "gethostname() -> string\n\nReturn the current host name.")]
    static PyObject? GetHostName()
    {
        byte* buf = stackalloc byte[1025];
        int r;
        using (Gil.AllowThreads()) r = gethostname(buf, 1024);
        if (r < 0) return Errors.SetFromErrno(Errno);
        buf[1024] = 0;
        return PosixPath.FsDecode(CString(buf));
    }

    [PyMethod("sethostname", Doc = "sethostname(name)\n\nSets the hostname to name.")]
    static PyObject? SetHostName(PyObject name)
    {
        byte[] b;
        if (name is PyUnicode u)
        {
            var e = PosixPath.EncodeStr(u.Value);
            if (e == null) return null;
            b = e;
        }
        else
        {
            var view = PyBuffer.Get(name, 0);
            if (view == null) return null;
            b = view.Span.ToArray();
            view.Release();
        }
        int r;
        fixed (byte* p = b) r = sethostname(p, (nuint)b.Length);
        return r < 0 ? Errors.SetFromErrno(Errno) : Py.None;
    }

    /// <summary>The bytes of a host name argument given as str (PyUnicode_FSConverter-like, as gethostbyname's "et" format takes it).</summary>
    static byte[]? HostName(PyObject o) => SocketAddress.HostBytes(o);

    [PyMethod("gethostbyname", Doc = "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host.")]
    static PyObject? GetHostByName(PyObject hostname)
    {
        var name = HostName(hostname);
        if (name == null) return null;
        var sa = new byte[SockaddrStorageSize];
        var address = PyTuple.FromStolen([Py.NewRef(hostname), PyLong.FromLong(0)]);
        int parsed = SocketAddress.Parse(SocketAddress.AF_INET, address, sa, "gethostbyname");
        Py.DECREF(address);
        if (parsed < 0) return null;
        return SocketAddress.IpString(sa.AsSpan(0, 16));
    }

    /// <summary>gethost_common: (name, aliases, addresses) from a struct hostent.</summary>
    static PyObject? HostEntTuple(HostEnt* h)
    {
        var aliases = PyList.New();
        for (byte** a = h->h_aliases; a != null && *a != null; a++)
        {
            var s = Str(*a);
            aliases.Append(s);
            Py.DECREF(s);
        }
        var addrs = PyList.New();
        byte* text = stackalloc byte[64];
        for (byte** a = h->h_addr_list; a != null && *a != null; a++)
        {
            if (inet_ntop(h->h_addrtype, *a, text, 64) == null) continue;
            var s = Str(text);
            addrs.Append(s);
            Py.DECREF(s);
        }
        return PyTuple.FromStolen([Str(h->h_name), aliases, addrs]);
    }

    [PyMethod("gethostbyname_ex", Doc = "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number.")]
    static PyObject? GetHostByNameEx(PyObject hostname)
    {
        var name = HostName(hostname);
        if (name == null) return null;
        // Resolve through getaddrinfo first so "" and numeric forms behave as setipaddr does.
        var sa = new byte[SockaddrStorageSize];
        var address = PyTuple.FromStolen([Py.NewRef(hostname), PyLong.FromLong(0)]);
        int parsed = SocketAddress.Parse(SocketAddress.AF_INET, address, sa, "gethostbyname_ex");
        Py.DECREF(address);
        if (parsed < 0) return null;
        var buf = new byte[16384];
        HostEnt h;
        HostEnt* res = null;
        int herr = 0, r;
        fixed (byte* n = PosixPath.Terminate(name)) fixed (byte* b = buf)
        {
            using (Gil.AllowThreads()) r = gethostbyname_r(n, &h, b, (nuint)buf.Length, &res, &herr);
            if (res == null) return SetHError(herr);
            return HostEntTuple(res);
        }
    }

    [PyMethod("gethostbyaddr", Doc = "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number.")]
    static PyObject? GetHostByAddr(PyObject ip_address)
    {
        var name = HostName(ip_address);
        if (name == null) return null;
        var hints = new AddrInfo();
        AddrInfo* ai;
        int err;
        fixed (byte* n = PosixPath.Terminate(name))
        using (Gil.AllowThreads()) err = getaddrinfo(n, null, &hints, &ai);
        if (err != 0) return SetGaiError(err);
        int family = ai->ai_family;
        byte* addr = family == SocketAddress.AF_INET6 ? ai->ai_addr + 8 : ai->ai_addr + 4;
        uint alen = family == SocketAddress.AF_INET6 ? 16u : 4u;
        var buf = new byte[16384];
        HostEnt h;
        HostEnt* res = null;
        int herr = 0;
        try
        {
            fixed (byte* b = buf)
            {
                using (Gil.AllowThreads()) gethostbyaddr_r(addr, alen, family, &h, b, (nuint)buf.Length, &res, &herr);
                if (res == null) return SetHError(herr);
                return HostEntTuple(res);
            }
        }
        finally
        {
            freeaddrinfo(ai);
        }
    }

    [PyMethod("getservbyname", Doc = "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match.")]
    static PyObject? GetServByName(string servicename, string? protocolname = null)
    {
        ServEnt* sp;
        fixed (byte* n = PosixPath.Terminate(Encoding.UTF8.GetBytes(servicename)))
        fixed (byte* p = protocolname == null ? null : PosixPath.Terminate(Encoding.UTF8.GetBytes(protocolname)))
        using (Gil.AllowThreads()) sp = getservbyname(n, protocolname == null ? null : p);
        if (sp == null) return Errors.SetString(PyExc.OSError, "service/proto not found");
        return PyLong.FromLong(BinaryPrimitives.ReverseEndianness((ushort)sp->s_port));
    }

    [PyMethod("getservbyport", Doc = "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name.\nThe optional protocol name, if given, should be 'tcp' or 'udp',\notherwise any protocol will match.")]
    static PyObject? GetServByPort(int port, string? protocolname = null)
    {
        if (port < 0 || port > 0xffff) return Errors.SetString(PyExc.OverflowError, "getservbyport: port must be 0-65535.");
        ServEnt* sp;
        fixed (byte* p = protocolname == null ? null : PosixPath.Terminate(Encoding.UTF8.GetBytes(protocolname)))
        using (Gil.AllowThreads()) sp = getservbyport(BinaryPrimitives.ReverseEndianness((ushort)port), protocolname == null ? null : p);
        if (sp == null) return Errors.SetString(PyExc.OSError, "port/proto not found");
        return Str(sp->s_name);
    }

    [PyMethod("getprotobyname", Doc = "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol.  (Rarely used.)")]
    static PyObject? GetProtoByName(string protocolname)
    {
        ProtoEnt* sp;
        fixed (byte* n = PosixPath.Terminate(Encoding.UTF8.GetBytes(protocolname)))
        using (Gil.AllowThreads()) sp = getprotobyname(n);
        if (sp == null) return Errors.SetString(PyExc.OSError, "protocol not found");
        return PyLong.FromLong(sp->p_proto);
    }

    [PyMethod("getaddrinfo", Doc = "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct.")]
    static PyObject? GetAddrInfo([Keyword] PyObject host, [Keyword] PyObject port, [Keyword] int family = 0,
        [Keyword] int type = 0, [Keyword] int proto = 0, [Keyword] int flags = 0)
    {
        byte[]? hbytes = null;
        if (host != Py.None)
        {
            if (host is PyUnicode or PyBytes)
            {
                hbytes = SocketAddress.HostBytes(host);
                if (hbytes == null) return null;
            }
            else return Errors.SetString(PyExc.TypeError, "getaddrinfo() argument 1 must be string or None");
        }
        byte[]? pbytes = null;
        if (port is PyLong pl)
        {
            if (!pl.TryGetLong(out long pv)) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
            pbytes = Encoding.ASCII.GetBytes(pv.ToString());
        }
        else if (port is PyUnicode pu) pbytes = Encoding.UTF8.GetBytes(pu.Value);
        else if (port is PyBytes pb) pbytes = pb.Value;
        else if (port != Py.None) return Errors.SetString(PyExc.OSError, "Int or String expected");
        var hints = new AddrInfo { ai_family = family, ai_socktype = type, ai_protocol = proto, ai_flags = flags };
        AddrInfo* res;
        int err;
        fixed (byte* h = hbytes == null ? null : PosixPath.Terminate(hbytes))
        fixed (byte* p = pbytes == null ? null : PosixPath.Terminate(pbytes))
        using (Gil.AllowThreads()) err = getaddrinfo(hbytes == null ? null : h, pbytes == null ? null : p, &hints, &res);
        if (err != 0) return SetGaiError(err);
        var list = PyList.New();
        try
        {
            for (var ai = res; ai != null; ai = ai->ai_next)
            {
                var addr = SocketAddress.Make(new ReadOnlySpan<byte>(ai->ai_addr, (int)ai->ai_addrlen), (int)ai->ai_addrlen);
                if (addr == null) { Py.DECREF(list); return null; }
                var item = PyTuple.FromStolen([PyLong.FromLong(ai->ai_family), PyLong.FromLong(ai->ai_socktype),
                    PyLong.FromLong(ai->ai_protocol), ai->ai_canonname == null ? PyUnicode.FromString("") : Str(ai->ai_canonname), addr]);
                list.Append(item);
                Py.DECREF(item);
            }
        }
        finally
        {
            freeaddrinfo(res);
        }
        return list;
    }

    [PyMethod("getnameinfo", Doc = "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr.")]
    static PyObject? GetNameInfo(PyObject sockaddr, int flags)
    {
        if (sockaddr is not PyTuple t) return Errors.SetString(PyExc.TypeError, "getnameinfo() argument 1 must be a tuple");
        if (t.Count < 2 || t.Count > 4) return Errors.SetString(PyExc.TypeError, "getnameinfo(): illegal sockaddr argument");
        if (t.Items[0] is not PyUnicode hostStr) return Errors.SetString(PyExc.TypeError, $"getnameinfo() argument 1 must be str, not {t.Items[0].ob_type.Name}");
        if (!FdArg(t.Items[1], out int port)) return null;
        uint flowinfo = 0, scope = 0;
        if (t.Count > 2) { if (!FdArg(t.Items[2], out int f)) return null; flowinfo = (uint)f; }
        if (t.Count > 3) { if (!FdArg(t.Items[3], out int sc)) return null; scope = (uint)sc; }
        if (flowinfo > 0xfffff) return Errors.SetString(PyExc.OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
        var hints = new AddrInfo { ai_socktype = 2, ai_flags = 4 }; // SOCK_DGRAM, AI_NUMERICHOST
        AddrInfo* res;
        int err;
        fixed (byte* h = PosixPath.Terminate(Encoding.UTF8.GetBytes(hostStr.Value)))
        fixed (byte* p = PosixPath.Terminate(Encoding.ASCII.GetBytes(port.ToString())))
        using (Gil.AllowThreads()) err = getaddrinfo(h, p, &hints, &res);
        if (err != 0) return SetGaiError(err);
        try
        {
            if (res->ai_next != null) return Errors.SetString(PyExc.OSError, "sockaddr resolved to multiple addresses");
            var sa = new byte[SockaddrStorageSize];
            int len = (int)res->ai_addrlen;
            new ReadOnlySpan<byte>(res->ai_addr, len).CopyTo(sa);
            int family = BinaryPrimitives.ReadUInt16LittleEndian(sa);
            if (family == SocketAddress.AF_INET)
            {
                if (t.Count != 2) return Errors.SetString(PyExc.OSError, "IPv4 sockaddr must be 2 tuple");
            }
            else if (family == SocketAddress.AF_INET6)
            {
                BinaryPrimitives.WriteUInt32BigEndian(sa.AsSpan(4), flowinfo);
                BinaryPrimitives.WriteUInt32LittleEndian(sa.AsSpan(24), scope);
            }
            byte* hbuf = stackalloc byte[1025];
            byte* pbuf = stackalloc byte[32];
            fixed (byte* s = sa)
            using (Gil.AllowThreads()) err = getnameinfo(s, (uint)len, hbuf, 1025, pbuf, 32, flags);
            if (err != 0) return SetGaiError(err);
            return PyTuple.FromStolen([Str(hbuf), Str(pbuf)]);
        }
        finally
        {
            freeaddrinfo(res);
        }
    }

    // ---- interfaces ----

    [PyMethod("if_nameindex", Doc = "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples.")]
    static PyObject? IfNameIndexList()
    {
        var ni = if_nameindex();
        if (ni == null) return Errors.SetFromErrno(Errno);
        var list = PyList.New();
        for (var p = ni; p->if_index != 0; p++)
        {
            var item = PyTuple.FromStolen([PyLong.FromLong(p->if_index), PosixPath.FsDecode(CString(p->if_name))!]);
            list.Append(item);
            Py.DECREF(item);
        }
        if_freenameindex(ni);
        return list;
    }

    [PyMethod("if_nametoindex", Doc = "if_nametoindex(if_name)\n\nReturns the interface index corresponding to the interface name if_name.")]
    static PyObject? IfNameToIndex(PathArg oname)
    {
        var b = PosixPath.Encode(oname);
        if (b == null) return null;
        uint index;
        fixed (byte* p = PosixPath.Terminate(b)) index = if_nametoindex(p);
        if (index == 0) return Errors.SetString(PyExc.OSError, "no interface with this name");
        return PyLong.FromLong(index);
    }

    [PyMethod("if_indextoname", Doc = "if_indextoname(if_index)\n\nReturns the interface name corresponding to the interface index if_index.")]
    static PyObject? IfIndexToName(PyObject if_index)
    {
        if (if_index is not PyLong l) return Errors.SetString(PyExc.TypeError, "an integer is required");
        if (!l.TryGetLong(out long v) || v < 0 || v > uint.MaxValue)
            return Errors.SetString(PyExc.OverflowError, "index is too large");
        byte* name = stackalloc byte[16];
        if (if_indextoname((uint)v, name) == null) return Errors.SetFromErrno(Errno);
        return PosixPath.FsDecode(CString(name));
    }

    // ---- ancillary data sizes ----

    [PyMethod("CMSG_LEN", Doc = "CMSG_LEN(length) -> control message length\n\nReturn the total length, without trailing padding, of an ancillary\ndata item with associated data of the given length.")]
    static PyObject? CmsgLen(long length)
    {
        if (length < 0 || length > int.MaxValue - SocketObject.CmsgHeader)
            return Errors.SetString(PyExc.OverflowError, "CMSG_LEN() argument out of range");
        return PyLong.FromLong(SocketObject.CmsgHeader + length);
    }

    [PyMethod("CMSG_SPACE", Doc = "CMSG_SPACE(length) -> buffer size\n\nReturn the buffer size needed for recvmsg() to receive an ancillary\ndata item with associated data of the given length, along with any\ntrailing padding.")]
    static PyObject? CmsgSpace(long length)
    {
        if (length < 0 || length > int.MaxValue - SocketObject.CmsgHeader - 8)
            return Errors.SetString(PyExc.OverflowError, "CMSG_SPACE() argument out of range");
        return PyLong.FromLong(SocketObject.CmsgHeader + ((length + 7) & ~7L));
    }
}

/// <summary>_socket's module state: its exception classes and the default timeout (nanoseconds, -1 none).</summary>
internal sealed class SocketState(PyType herror, PyType gaierror)
{
    public readonly PyType HError = herror;
    public readonly PyType GaiError = gaierror;
    public long DefaultTimeoutNs = -1;

    public static SocketState Get() => ModuleState<SocketState>.Get();
}
