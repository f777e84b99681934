using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sharpy.Objects;
using Sharpy.Runtime;
using static Sharpy.Modules.Socket.SocketLibc;

namespace Sharpy.Modules.Socket;

// The socket's data transfer methods: recv*, send*, sendmsg/recvmsg (socketmodule.c's
// sock_recv ... sock_recvmsg_into), each a libc call run through sock_call_ex (Call).
public sealed partial class SocketObject
{
    static int CmsgAlign(int n) => (n + 7) & ~7;
    internal const int CmsgHeader = 16;

    unsafe PyObject? RecvBytes(long bufsize, int flags, string name)
    {
        if (bufsize < 0) return Errors.SetString(PyExc.ValueError, $"negative buffersize in {name}");
        var buf = new byte[bufsize];
        int fd = Fd;
        long Op() { fixed (byte* p = buf) return recv(fd, p, (nuint)buf.Length, flags); }
        if (Call(false, Op, out long n) < 0) return null;
        return PyBytes.FromSpan(buf.AsSpan(0, (int)n));
    }

    [PyMethod("recv", Doc = "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket.  For the optional flags\nargument, see the Unix manual.  When no data is available, block until\nat least one byte is available or until the remote end is closed.  When\nthe remote end is closed and all data is read, return the empty string.")]
    static PyObject? Recv(SocketObject s, long bufsize, int flags = 0) => s.RecvBytes(bufsize, flags, "recv");

    /// <summary>The writable buffer and the byte count of recv_into/recvfrom_into; null with an error set.</summary>
    static PyBuffer? IntoBuffer(PyObject buffer, ref long nbytes, string name)
    {
        var view = PyBuffer.Get(buffer, PyBUF.WRITABLE);
        if (view == null) return null;
        if (nbytes < 0)
        {
            view.Release();
            Errors.SetString(PyExc.ValueError, $"negative buffersize in {name}");
            return null;
        }
        if (nbytes == 0) nbytes = view.WritableSpan.Length;
        else if (nbytes > view.WritableSpan.Length)
        {
            view.Release();
            Errors.SetString(PyExc.ValueError, name == "recv_into" ? "buffer too small for requested bytes" : "nbytes is greater than the length of the buffer");
            return null;
        }
        return view;
    }

    [PyMethod("recv_into", Doc = "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating\na new string.  Receive up to buffersize bytes from the socket.  If buffersize\nis not specified (or 0), receive up to the size available in the given buffer.\n\nSee recv() for documentation about the flags.")]
    static unsafe PyObject? RecvInto(SocketObject s, [Keyword] PyObject buffer, [Keyword] long nbytes = 0, [Keyword] int flags = 0)
    {
        var view = IntoBuffer(buffer, ref nbytes, "recv_into");
        if (view == null) return null;
        try
        {
            int fd = s.Fd;
            long Op() { fixed (byte* p = view.WritableSpan) return recv(fd, p, (nuint)nbytes, flags); }
            if (s.Call(false, Op, out long n) < 0) return null;
            return PyLong.FromLong(n);
        }
        finally
        {
            view.Release();
        }
    }

    [PyMethod("recvfrom", Doc = "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info.")]
    static unsafe PyObject? RecvFrom(SocketObject s, long bufsize, int flags = 0)
    {
        if (bufsize < 0) return Errors.SetString(PyExc.ValueError, "negative buffersize in recvfrom");
        var buf = new byte[bufsize];
        var sa = new byte[SockaddrStorageSize];
        var len = new uint[1];
        int fd = s.Fd;
        long Op()
        {
            len[0] = SockaddrStorageSize;
            fixed (byte* p = buf) fixed (byte* a = sa) fixed (uint* pl = len) return recvfrom(fd, p, (nuint)buf.Length, flags, a, pl);
        }
        if (s.Call(false, Op, out long n) < 0) return null;
        var addr = SocketAddress.Make(sa, (int)len[0]);
        if (addr == null) return null;
        return PyTuple.FromStolen([PyBytes.FromSpan(buf.AsSpan(0, (int)n)), addr]);
    }

    [PyMethod("recvfrom_into", Doc = "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\nLike recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info.")]
    static unsafe PyObject? RecvFromInto(SocketObject s, [Keyword] PyObject buffer, [Keyword] long nbytes = 0, [Keyword] int flags = 0)
    {
        var view = IntoBuffer(buffer, ref nbytes, "recvfrom_into");
        if (view == null) return null;
        try
        {
            var sa = new byte[SockaddrStorageSize];
            var len = new uint[1];
            int fd = s.Fd;
            long Op()
            {
                len[0] = SockaddrStorageSize;
                fixed (byte* p = view.WritableSpan) fixed (byte* a = sa) fixed (uint* pl = len) return recvfrom(fd, p, (nuint)nbytes, flags, a, pl);
            }
            if (s.Call(false, Op, out long n) < 0) return null;
            var addr = SocketAddress.Make(sa, (int)len[0]);
            if (addr == null) return null;
            return PyTuple.FromStolen([PyLong.FromLong(n), addr]);
        }
        finally
        {
            view.Release();
        }
    }

    [PyMethod("send", Doc = "send(data[, flags]) -> count\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  Return the number of bytes\nsent; this may be less than len(data) if the network is busy.")]
    static unsafe PyObject? Send(SocketObject s, BufferArg data, int flags = 0)
    {
        var bytes = data.Span.ToArray();
        int fd = s.Fd;
        long Op() { fixed (byte* p = bytes) return send(fd, p, (nuint)bytes.Length, flags); }
        if (s.Call(true, Op, out long n) < 0) return null;
        return PyLong.FromLong(n);
    }

    /// <summary>sock_sendall: send until everything is sent, within one timeout for the whole call, running signal handlers between parts.</summary>
    [PyMethod("sendall", Doc = "sendall(data[, flags])\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  This calls send() repeatedly\nuntil all data is sent.  If an error occurs, it's impossible\nto tell how much data has been sent.")]
    static unsafe PyObject? SendAll(SocketObject s, BufferArg data, int flags = 0)
    {
        var bytes = data.Span.ToArray();
        int fd = s.Fd;
        int offset = 0;
        long deadline = s.TimeoutNs > 0 ? NowNs() + s.TimeoutNs : 0;
        while (offset < bytes.Length)
        {
            long timeout = s.TimeoutNs;
            if (timeout > 0)
            {
                timeout = deadline - NowNs();
                if (timeout <= 0) return Errors.SetString(PyExc.TimeoutError, "timed out");
            }
            long Op() { fixed (byte* p = bytes) return send(fd, p + offset, (nuint)(bytes.Length - offset), flags); }
            if (s.Call(true, Op, out long n, timeoutNs: timeout) < 0) return null;
            offset += (int)n;
            if (Signals.HandlePending() < 0) return null;
        }
        return Py.None;
    }

    internal static long NowNs() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    [PyMethod("sendto", Raw = "sendto(data[, flags], address): the optional argument sits in the middle")]
    static unsafe PyObject? SendTo(SocketObject s, ReadOnlySpan<StackRef> args, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Count > 0) return Errors.SetString(PyExc.TypeError, "sendto() takes no keyword arguments");
        if (args.Length != 2 && args.Length != 3)
            return Errors.SetString(PyExc.TypeError, $"sendto() takes 2 or 3 arguments ({args.Length} given)");
        int flags = 0;
        if (args.Length == 3 && !IntArg(args[1].AsBorrowed, out flags)) return null;
        var view = PyBuffer.Get(args[0].AsBorrowed, 0);
        if (view == null) return null;
        var bytes = view.Span.ToArray();
        view.Release();
        var sa = new byte[SockaddrStorageSize];
        int len = SocketAddress.Parse(s.Family, args[args.Length - 1].AsBorrowed, sa, "sendto");
        if (len < 0) return null;
        int fd = s.Fd;
        long Op() { fixed (byte* p = bytes) fixed (byte* a = sa) return sendto(fd, p, (nuint)bytes.Length, flags, a, (uint)len); }
        if (s.Call(true, Op, out long n) < 0) return null;
        return PyLong.FromLong(n);
    }

    [PyMethod("sendmsg", Doc = "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\nSend normal and ancillary data to the socket, gathering the\nnon-ancillary data from a series of buffers and concatenating it into\na single message.")]
    static unsafe PyObject? SendMsg(SocketObject s, PyObject buffers, PyObject? ancdata = null, int flags = 0, PyObject? address = null)
    {
        byte[]? sa = null;
        int salen = 0;
        if (address != null && address != Py.None)
        {
            sa = new byte[SockaddrStorageSize];
            salen = SocketAddress.Parse(s.Family, address, sa, "sendmsg");
            if (salen < 0) return null;
        }
        var parts = ReadBuffers(buffers, "sendmsg() argument 1 must be an iterable", false);
        if (parts == null) return null;
        byte[] control = [];
        if (ancdata != null && ancdata != Py.None)
        {
            var c = BuildControl(ancdata);
            if (c == null) return null;
            control = c;
        }
        int fd = s.Fd;
        long Op()
        {
            var handles = new System.Runtime.InteropServices.GCHandle[parts.Count];
            var iov = stackalloc IoVec[Math.Max(parts.Count, 1)];
            try
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    handles[i] = System.Runtime.InteropServices.GCHandle.Alloc(parts[i], System.Runtime.InteropServices.GCHandleType.Pinned);
                    iov[i].iov_base = (byte*)handles[i].AddrOfPinnedObject();
                    iov[i].iov_len = (nuint)parts[i].Length;
                }
                fixed (byte* a = sa) fixed (byte* ctl = control)
                {
                    var msg = new MsgHdr
                    {
                        msg_name = a, msg_namelen = (uint)salen, msg_iov = iov, msg_iovlen = (nuint)parts.Count,
                        msg_control = control.Length > 0 ? ctl : null, msg_controllen = (nuint)control.Length,
                    };
                    return sendmsg(fd, &msg, flags);
                }
            }
            finally
            {
                foreach (var h in handles) if (h.IsAllocated) h.Free();
            }
        }
        if (s.Call(true, Op, out long n) < 0) return null;
        return PyLong.FromLong(n);
    }

    /// <summary>The bytes of each bytes-like object of an iterable (writable ones for recvmsg_into); null with an error set.</summary>
    static List<byte[]>? ReadBuffers(PyObject iterable, string message, bool writable, List<PyBuffer>? views = null)
    {
        var seq = Abstract.GetIter(iterable);
        if (seq == null)
        {
            if (Errors.ExceptionMatches(PyExc.TypeError)) { Errors.Clear(); Errors.SetString(PyExc.TypeError, message); }
            return null;
        }
        var result = new List<byte[]>();
        try
        {
            while (true)
            {
                var item = Abstract.IterNext(seq);
                if (item == null)
                {
                    if (Errors.Occurred()) return null;
                    return result;
                }
                var view = PyBuffer.Get(item, writable ? PyBUF.WRITABLE : 0);
                Py.DECREF(item);
                if (view == null) return null;
                result.Add(writable ? new byte[view.WritableSpan.Length] : view.Span.ToArray());
                if (views != null) views.Add(view); else view.Release();
            }
        }
        finally
        {
            Py.DECREF(seq);
        }
    }

    /// <summary>The control buffer of sendmsg's ancdata: (level, type, data) items as cmsghdr records.</summary>
    static byte[]? BuildControl(PyObject ancdata)
    {
        var seq = Abstract.GetIter(ancdata);
        if (seq == null) return null;
        var items = new List<(int level, int type, byte[] data)>();
        try
        {
            while (true)
            {
                var item = Abstract.IterNext(seq);
                if (item == null)
                {
                    if (Errors.Occurred()) return null;
                    break;
                }
                try
                {
                    if (item is not PyTuple t || t.Count != 3)
                    {
                        Errors.SetString(PyExc.TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3, not " + item.ob_type.Name);
                        return null;
                    }
                    if (!IntArg(t.Items[0], out int level) || !IntArg(t.Items[1], out int type)) return null;
                    var view = PyBuffer.Get(t.Items[2], 0);
                    if (view == null) return null;
                    items.Add((level, type, view.Span.ToArray()));
                    view.Release();
                }
                finally
                {
                    Py.DECREF(item);
                }
            }
        }
        finally
        {
            Py.DECREF(seq);
        }
        int total = 0;
        foreach (var it in items) total += CmsgAlign(CmsgHeader + it.data.Length);
        var control = new byte[total];
        int off = 0;
        foreach (var it in items)
        {
            var span = control.AsSpan(off);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(span, (ulong)(CmsgHeader + it.data.Length));
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span.Slice(8), it.level);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(span.Slice(12), it.type);
            it.data.CopyTo(span.Slice(CmsgHeader));
            off += CmsgAlign(CmsgHeader + it.data.Length);
        }
        return control;
    }

    /// <summary>sock_recvmsg_guts: receive into <paramref name="parts"/>; (nbytes, ancdata, msg_flags, address) with nbytes as given by the caller.</summary>
    unsafe PyObject? RecvMsgGuts(List<byte[]> parts, long ancbufsize, int flags, Func<long, PyObject?> makeResult)
    {
        if (ancbufsize < 0 || ancbufsize > int.MaxValue) return Errors.SetString(PyExc.ValueError, "invalid ancillary data buffer length");
        var control = new byte[ancbufsize];
        var sa = new byte[SockaddrStorageSize];
        int fd = Fd;
        MsgHdr result = default;
        long Op()
        {
            var handles = new System.Runtime.InteropServices.GCHandle[parts.Count];
            var iov = stackalloc IoVec[Math.Max(parts.Count, 1)];
            try
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    handles[i] = System.Runtime.InteropServices.GCHandle.Alloc(parts[i], System.Runtime.InteropServices.GCHandleType.Pinned);
                    iov[i].iov_base = (byte*)handles[i].AddrOfPinnedObject();
                    iov[i].iov_len = (nuint)parts[i].Length;
                }
                fixed (byte* a = sa) fixed (byte* ctl = control)
                {
                    var msg = new MsgHdr
                    {
                        msg_name = a, msg_namelen = SockaddrStorageSize, msg_iov = iov, msg_iovlen = (nuint)parts.Count,
                        msg_control = control.Length > 0 ? ctl : null, msg_controllen = (nuint)control.Length,
                    };
                    long r = recvmsg(fd, &msg, flags);
                    result = msg;
                    return r;
                }
            }
            finally
            {
                foreach (var h in handles) if (h.IsAllocated) h.Free();
            }
        }
        if (Call(false, Op, out long n) < 0) return null;
        var anc = PyList.New();
        int off = 0, clen = (int)result.msg_controllen;
        while (off + CmsgHeader <= clen)
        {
            var span = control.AsSpan(off, clen - off);
            int cmsgLen = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(span);
            if (cmsgLen < CmsgHeader) break;
            int level = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(span.Slice(8));
            int type = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(span.Slice(12));
            int dlen = Math.Min(cmsgLen, span.Length) - CmsgHeader;
            var item = PyTuple.FromStolen([PyLong.FromLong(level), PyLong.FromLong(type), PyBytes.FromSpan(span.Slice(CmsgHeader, dlen))]);
            anc.Append(item);
            Py.DECREF(item);
            off += CmsgAlign(cmsgLen);
        }
        var addr = SocketAddress.Make(sa, (int)result.msg_namelen);
        if (addr == null) { Py.DECREF(anc); return null; }
        var first = makeResult(n);
        if (first == null) { Py.DECREF(anc); Py.DECREF(addr); return null; }
        return PyTuple.FromStolen([first, anc, PyLong.FromLong(result.msg_flags), addr]);
    }

    [PyMethod("recvmsg", Doc = "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\nReceive normal data (up to bufsize bytes) and ancillary data from the\nsocket.")]
    static PyObject? RecvMsg(SocketObject s, long bufsize, long ancbufsize = 0, int flags = 0)
    {
        if (bufsize < 0) return Errors.SetString(PyExc.ValueError, "negative buffer size in recvmsg()");
        var buf = new byte[bufsize];
        return s.RecvMsgGuts([buf], ancbufsize, flags, n => PyBytes.FromSpan(buf.AsSpan(0, (int)n)));
    }

    [PyMethod("recvmsg_into", Doc = "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)\n\nReceive normal data and ancillary data from the socket, scattering the\nnon-ancillary data into a series of buffers.")]
    static PyObject? RecvMsgInto(SocketObject s, PyObject buffers, long ancbufsize = 0, int flags = 0)
    {
        var views = new List<PyBuffer>();
        try
        {
            var parts = ReadBuffers(buffers, "recvmsg_into() argument 1 must be an iterable", true, views);
            if (parts == null) return null;
            return s.RecvMsgGuts(parts, ancbufsize, flags, n =>
            {
                // Scatter the received bytes into the caller's buffers in order.
                long left = n;
                for (int i = 0; i < parts.Count && left > 0; i++)
                {
                    int k = (int)Math.Min(left, parts[i].Length);
                    parts[i].AsSpan(0, k).CopyTo(views[i].WritableSpan);
                    left -= k;
                }
                return PyLong.FromLong(n);
            });
        }
        finally
        {
            foreach (var v in views) v.Release();
        }
    }
}
