using System;
using System.Buffers.Binary;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Socket;

/// <summary>
/// Socket addresses between Python's forms and struct sockaddr bytes (socketmodule.c's
/// getsockaddrarg, makesockaddr, setipaddr, idna_converter): AF_INET (host, port),
/// AF_INET6 (host, port, flowinfo, scope_id), AF_UNIX str or bytes (Linux abstract
/// addresses start with a NUL byte and come back as bytes).
/// </summary>
internal static unsafe class SocketAddress
{
    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    const int SunPathOffset = 2, SunPathSize = 108;
    const int AI_PASSIVE = 1, NI_NUMERICHOST = 1;

    /// <summary>idna_converter: a host name as bytes (str through ASCII, else the idna codec; bytes-like as is); null with TypeError set.</summary>
    public static byte[]? HostBytes(PyObject obj)
    {
        byte[] data;
        if (obj is PyBytes or PyByteArray)
        {
            var view = PyBuffer.GetContiguous(obj);
            if (view == null) return null;
            data = view.Span.ToArray();
            view.Release();
        }
        else if (obj is PyUnicode u)
        {
            bool ascii = true;
            foreach (char c in u.Value) if (c > 127) { ascii = false; break; }
            if (ascii) data = System.Text.Encoding.ASCII.GetBytes(u.Value);
            else
            {
                var enc = Calls.CallMethod(obj, "encode", PyUnicode.FromString("idna"));
                if (enc == null) return null;
                data = ((PyBytes)enc).Value;
                Py.DECREF(enc);
            }
        }
        else
        {
            Errors.SetString(PyExc.TypeError, $"str, bytes or bytearray expected, not {obj.ob_type.Name}");
            return null;
        }
        if (Array.IndexOf(data, (byte)0) >= 0)
        {
            Errors.SetString(PyExc.TypeError, "host name must not contain null character");
            return null;
        }
        return data;
    }

    /// <summary>setipaddr: resolve a host name into the address part of an AF_INET/AF_INET6 sockaddr; -1 with an error set.</summary>
    static int SetIpAddr(byte[] name, Span<byte> addr, int af)
    {
        string s = System.Text.Encoding.ASCII.GetString(name);
        if (s.Length == 0)
        {
            // The wildcard address of the family, as getaddrinfo(NULL, "0", AI_PASSIVE) gives it.
            addr.Clear();
            BinaryPrimitives.WriteUInt16LittleEndian(addr, (ushort)af);
            return 0;
        }
        if (s == "<broadcast>" || s == "255.255.255.255")
        {
            if (af != AF_INET && af != AF_UNSPEC)
            {
                Errors.SetString(PyExc.OSError, "address family mismatched");
                return -1;
            }
            addr.Clear();
            BinaryPrimitives.WriteUInt16LittleEndian(addr, AF_INET);
            addr.Slice(4, 4).Fill(0xff);
            return 0;
        }
        var hints = new SocketLibc.AddrInfo { ai_family = af };
        SocketLibc.AddrInfo* res;
        int err;
        fixed (byte* n = PosixPath.Terminate(name))
        using (Gil.AllowThreads()) err = SocketLibc.getaddrinfo(n, null, &hints, &res);
        if (err != 0) { SocketModule.SetGaiError(err); return -1; }
        int len = (int)Math.Min(res->ai_addrlen, (uint)addr.Length);
        new ReadOnlySpan<byte>(res->ai_addr, len).CopyTo(addr);
        SocketLibc.freeaddrinfo(res);
        return 0;
    }

    /// <summary>
    /// getsockaddrarg: the sockaddr for <paramref name="addr"/> in the socket's family, into
    /// <paramref name="buf"/> (SockaddrStorageSize bytes); its length, or -1 with an error set.
    /// <paramref name="caller"/> names the method in messages ("connect").
    /// </summary>
    public static int Parse(int family, PyObject addr, Span<byte> buf, string caller)
    {
        buf.Clear();
        switch (family)
        {
            case AF_UNIX: return ParseUnix(addr, buf);
            case AF_INET:
            {
                if (addr is not PyTuple t)
                {
                    Errors.SetString(PyExc.TypeError, $"{caller}(): AF_INET address must be tuple, not {addr.ob_type.Name}");
                    return -1;
                }
                if (t.Count != 2)
                {
                    Errors.SetString(PyExc.TypeError, "AF_INET address must be a pair (host, port)");
                    return -1;
                }
                var host = HostBytes(t.Items[0]);
                if (host == null) return -1;
                if (PortArg(t.Items[1], caller, out int port) < 0) return -1;
                if (SetIpAddr(host, buf.Slice(0, 16), AF_INET) < 0) return -1;
                BinaryPrimitives.WriteUInt16LittleEndian(buf, AF_INET);
                BinaryPrimitives.WriteUInt16BigEndian(buf.Slice(2), (ushort)port);
                return 16;
            }
            case AF_INET6:
            {
                if (addr is not PyTuple t)
                {
                    Errors.SetString(PyExc.TypeError, $"{caller}(): AF_INET6 address must be tuple, not {addr.ob_type.Name}");
                    return -1;
                }
                if (t.Count < 2 || t.Count > 4)
                {
                    Errors.SetString(PyExc.TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                    return -1;
                }
                var host = HostBytes(t.Items[0]);
                if (host == null) return -1;
                if (PortArg(t.Items[1], caller, out int port) < 0) return -1;
                uint flowinfo = 0, scope = 0;
                if (t.Count > 2)
                {
                    var fl = UIntArg(t.Items[2]);
                    if (fl < 0) return -1;
                    if (fl > 0xfffff)
                    {
                        Errors.SetString(PyExc.OverflowError, $"{caller}(): flowinfo must be 0-1048575.");
                        return -1;
                    }
                    flowinfo = (uint)fl;
                }
                if (t.Count > 3)
                {
                    var sc = UIntArg(t.Items[3]);
                    if (sc < 0) return -1;
                    scope = (uint)sc;
                }
                if (SetIpAddr(host, buf.Slice(0, 28), AF_INET6) < 0) return -1;
                BinaryPrimitives.WriteUInt16LittleEndian(buf, AF_INET6);
                BinaryPrimitives.WriteUInt16BigEndian(buf.Slice(2), (ushort)port);
                BinaryPrimitives.WriteUInt32BigEndian(buf.Slice(4), flowinfo);
                BinaryPrimitives.WriteUInt32LittleEndian(buf.Slice(24), scope);
                return 28;
            }
            default:
                Errors.SetString(PyExc.OSError, $"{caller}(): bad family");
                return -1;
        }
    }

    static int ParseUnix(PyObject addr, Span<byte> buf)
    {
        byte[] path;
        if (addr is PyUnicode u)
        {
            var p = PosixPath.EncodeStr(u.Value);
            if (p == null) return -1;
            path = p;
        }
        else
        {
            var view = PyBuffer.Get(addr, 0);
            if (view == null) return -1;
            path = view.Span.ToArray();
            view.Release();
        }
        BinaryPrimitives.WriteUInt16LittleEndian(buf, AF_UNIX);
        if (path.Length == 0 || path[0] == 0)
        {
            // Linux's abstract namespace: no terminating NUL; an empty path auto-binds.
            if (path.Length > SunPathSize) return UnixTooLong();
            path.CopyTo(buf.Slice(SunPathOffset));
            return SunPathOffset + path.Length;
        }
        if (path.Length >= SunPathSize) return UnixTooLong();
        path.CopyTo(buf.Slice(SunPathOffset));
        return SunPathOffset + path.Length + 1;
    }

    static int UnixTooLong()
    {
        Errors.SetString(PyExc.OSError, "AF_UNIX path too long");
        return -1;
    }

    /// <summary>The port of an address tuple: an int in 0-65535 (OverflowError "connect(): port must be 0-65535.").</summary>
    static int PortArg(PyObject o, string caller, out int port)
    {
        port = 0;
        if (o is PyFloat)
        {
            Errors.SetString(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
            return -1;
        }
        var idx = Abstract.Index(o);
        if (idx == null) return -1;
        bool ok = ((PyLong)idx).TryGetLong(out long v);
        Py.DECREF(idx);
        if (!ok || v < 0 || v > 0xffff)
        {
            Errors.SetString(PyExc.OverflowError, $"{caller}(): port must be 0-65535.");
            return -1;
        }
        port = (int)v;
        return 0;
    }

    /// <summary>An unsigned 32-bit int argument ("I" format); -1 with an error set.</summary>
    static long UIntArg(PyObject o)
    {
        var idx = Abstract.Index(o);
        if (idx == null) return -1;
        bool ok = ((PyLong)idx).TryGetLong(out long v);
        Py.DECREF(idx);
        if (!ok || v < 0 || v > uint.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
            return -1;
        }
        return v;
    }

    /// <summary>makeipaddr: the numeric host string of an AF_INET/AF_INET6 sockaddr.</summary>
    public static PyObject? IpString(ReadOnlySpan<byte> sa)
    {
        byte* host = stackalloc byte[1025];
        int err;
        fixed (byte* p = sa) err = SocketLibc.getnameinfo(p, (uint)sa.Length, host, 1025, null, 0, NI_NUMERICHOST);
        if (err != 0) { SocketModule.SetGaiError(err); return null; }
        return PyUnicode.FromString(System.Text.Encoding.ASCII.GetString(SocketLibc.CString(host)));
    }

    /// <summary>makesockaddr: the Python form of a sockaddr of length <paramref name="len"/>; None when it is empty.</summary>
    public static PyObject? Make(ReadOnlySpan<byte> sa, int len)
    {
        if (len <= 0) return Py.None;
        sa = sa.Slice(0, len);
        int family = BinaryPrimitives.ReadUInt16LittleEndian(sa);
        switch (family)
        {
            case AF_INET:
            {
                var host = IpString(sa.Slice(0, 16));
                if (host == null) return null;
                var port = PyLong.FromLong(BinaryPrimitives.ReadUInt16BigEndian(sa.Slice(2)));
                return PyTuple.FromStolen([host, port]);
            }
            case AF_INET6:
            {
                var host = IpString(sa.Slice(0, 28));
                if (host == null) return null;
                return PyTuple.FromStolen([host,
                    PyLong.FromLong(BinaryPrimitives.ReadUInt16BigEndian(sa.Slice(2))),
                    PyLong.FromLong(BinaryPrimitives.ReadUInt32BigEndian(sa.Slice(4))),
                    PyLong.FromLong(BinaryPrimitives.ReadUInt32LittleEndian(sa.Slice(24)))]);
            }
            case AF_UNIX:
            {
                var path = sa.Slice(SunPathOffset);
                if (path.Length > 0 && path[0] == 0) return PyBytes.FromSpan(path);
                int nul = path.IndexOf((byte)0);
                if (nul >= 0) path = path.Slice(0, nul);
                return PosixPath.FsDecode(path);
            }
            default:
                return PyTuple.FromStolen([PyLong.FromLong(family), PyBytes.FromSpan(sa.Slice(2))]);
        }
    }
}
