using System;
using System.Runtime.InteropServices;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

// posix's file and directory functions (Modules/posixmodule.c). Paths are path_t
// (PathArg), dir_fd is None or an fd, and failures raise OSError with the path.
public static unsafe partial class PosixModule
{
    static int Errno => Marshal.GetLastPInvokeError();

    /// <summary>fd_and_follow_symlinks_invalid / dir_fd_and_fd_invalid / follow_symlinks_specified checks.</summary>
    static bool CheckPathOptions(string fname, in PathArg path, DirFd? dirFd, bool followSymlinks)
    {
        if (path.IsFd && DirFd.Given(dirFd))
        {
            Errors.SetString(PyExc.ValueError, $"{fname}: can't specify dir_fd without matching path");
            return false;
        }
        if (path.IsFd && !followSymlinks)
        {
            Errors.SetString(PyExc.ValueError, $"{fname}: cannot use fd and follow_symlinks together");
            return false;
        }
        return true;
    }

    /// <summary>posix_do_stat: stat, lstat or fstatat by path, fstat by fd.</summary>
    static PyObject? DoStat(string fname, in PathArg path, DirFd? dirFd, bool followSymlinks)
    {
        if (!CheckPathOptions(fname, path, dirFd, followSymlinks)) return null;
        Libc.Stat st;
        int r;
        if (path.IsFd)
        {
            r = Libc.fstat(path.Fd, &st);
        }
        else
        {
            var z = PosixPath.Encode(path);
            if (z == null) return null;
            fixed (byte* p = z)
                r = !DirFd.Given(dirFd)
                    ? (followSymlinks ? Libc.stat(p, &st) : Libc.lstat(p, &st))
                    : Libc.fstatat(DirFd.Of(dirFd), p, &st, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        }
        if (r != 0) return PosixPath.Error(Errno, path);
        return PosixTypes.FromStat(st);
    }

    [PyMethod("stat")]
    static PyObject? Stat([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path, [KeywordOnly] DirFd? dir_fd = null, [KeywordOnly] bool follow_symlinks = true)
        => DoStat("stat", path, dir_fd, follow_symlinks);

    [PyMethod("lstat")]
    static PyObject? LStat([Keyword] PathArg path, [KeywordOnly] DirFd? dir_fd = null)
        => DoStat("lstat", path, dir_fd, false);

    [PyMethod("fstat")]
    static PyObject? FStat([Keyword] int fd)
    {
        Libc.Stat st;
        if (Libc.fstat(fd, &st) != 0) return Errors.SetFromErrno(Errno);
        return PosixTypes.FromStat(st);
    }

    [PyMethod("statvfs")]
    static PyObject? StatVfs([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path)
    {
        Libc.StatVfs s;
        int r;
        if (path.IsFd) r = Libc.fstatvfs(path.Fd, &s);
        else
        {
            var z = PosixPath.Encode(path);
            if (z == null) return null;
            fixed (byte* p = z) r = Libc.statvfs(p, &s);
        }
        if (r != 0) return PosixPath.Error(Errno, path);
        return PosixTypes.FromStatVfs(s);
    }

    [PyMethod("fstatvfs")]
    static PyObject? FStatVfs(int fd)
    {
        Libc.StatVfs s;
        if (Libc.fstatvfs(fd, &s) != 0) return Errors.SetFromErrno(Errno);
        return PosixTypes.FromStatVfs(s);
    }

    // ---- file descriptors ----

    [PyMethod("open")]
    static PyObject? Open([Keyword] PathArg path, [Keyword] int flags, [Keyword] int mode = 0x1ff, [KeywordOnly] DirFd? dir_fd = null)
    {
        var z = PosixPath.Encode(path);
        if (z == null) return null;
        // PEP 446: new file descriptors are non-inheritable.
        flags |= O_CLOEXEC;
        int fd, errno;
        fixed (byte* p = z)
        {
            while (true)
            {
                using (Gil.AllowThreads()) fd = Libc.openat(DirFd.Of(dir_fd), p, flags, mode);
                if (fd >= 0) break;
                errno = Errno;
                if (errno != EINTR || Signals.HandlePending() < 0) return errno == EINTR ? null : PosixPath.Error(errno, path);
            }
        }
        return PyLong.FromLong(fd);
    }

    [PyMethod("close")]
    static PyObject? Close([Keyword] int fd)
    {
        // close() is not retried on EINTR: on Linux the descriptor is released anyway.
        if (Libc.close(fd) != 0) return Errors.SetFromErrno(Errno);
        return Py.None;
    }

    [PyMethod("closerange")]
    static void CloseRange(int fd_low, int fd_high)
    {
        for (int fd = Math.Max(fd_low, 0); fd < fd_high; fd++) Libc.close(fd);
    }

    /// <summary>Call <paramref name="op"/> with the GIL released, retrying on EINTR (PEP 475); -1 with an exception set on failure.</summary>
    static nint Retry(Func<nint> op)
    {
        while (true)
        {
            nint n;
            using (Gil.AllowThreads()) n = op();
            if (n >= 0) return n;
            int errno = Errno;
            if (errno != EINTR) { Errors.SetFromErrno(errno); return -1; }
            if (Signals.HandlePending() < 0) return -1;
        }
    }

    [PyMethod("read")]
    static PyObject? Read(int fd, long length)
    {
        if (length < 0) return Errors.SetFromErrno(EINVAL);
        var buf = new byte[length];
        nint n = Retry(() => { fixed (byte* p = buf) return Libc.read(fd, p, (nuint)buf.Length); });
        if (n < 0) return null;
        return PyBytes.FromSpan(buf.AsSpan(0, (int)n));
    }

    /// <summary>readinto(fd, buffer): read into a writable buffer; the number of bytes read.</summary>
    [PyMethod("readinto")]
    static PyObject? ReadInto(int fd, PyObject buffer)
    {
        var view = PyBuffer.GetWritable(buffer, "readinto", "argument 2");
        if (view == null) return null;
        try
        {
            var buf = new byte[view.Span.Length];
            nint n = Retry(() => { fixed (byte* p = buf) return Libc.read(fd, p, (nuint)buf.Length); });
            if (n < 0) return null;
            buf.AsSpan(0, (int)n).CopyTo(view.WritableSpan);
            return PyLong.FromLong(n);
        }
        finally
        {
            view.Release();
        }
    }

    [PyMethod("write")]
    static PyObject? Write(int fd, BufferArg data)
    {
        var bytes = data.Span.ToArray();
        nint n = Retry(() => { fixed (byte* p = bytes) return Libc.write(fd, p, (nuint)bytes.Length); });
        return n < 0 ? null : PyLong.FromLong(n);
    }

    [PyMethod("pread")]
    static PyObject? PRead(int fd, long length, long offset)
    {
        if (length < 0) return Errors.SetFromErrno(EINVAL);
        var buf = new byte[length];
        nint n = Retry(() => { fixed (byte* p = buf) return Libc.pread(fd, p, (nuint)buf.Length, offset); });
        if (n < 0) return null;
        return PyBytes.FromSpan(buf.AsSpan(0, (int)n));
    }

    [PyMethod("pwrite")]
    static PyObject? PWrite(int fd, BufferArg buffer, long offset)
    {
        var bytes = buffer.Span.ToArray();
        nint n = Retry(() => { fixed (byte* p = bytes) return Libc.pwrite(fd, p, (nuint)bytes.Length, offset); });
        return n < 0 ? null : PyLong.FromLong(n);
    }

    /// <summary>readv(fd, buffers): fill each writable buffer in turn; the number of bytes read.</summary>
    [PyMethod("readv")]
    static PyObject? ReadV(int fd, PyObject buffers)
    {
        var seq = SeqSupport.Fast(buffers, "readv() arg 2 must be a sequence");
        if (seq == null) return null;
        var items = SeqSupport.FastItems(seq).ToArray();
        Py.DECREF(seq);
        var views = new PyBuffer[items.Length];
        int got = 0;
        try
        {
            for (; got < items.Length; got++)
            {
                var v = PyBuffer.GetWritable(items[got], "readv");
                if (v == null) return null;
                views[got] = v;
            }
            var arrays = Array.ConvertAll(views, v => new byte[v.Span.Length]);
            nint n = Retry(() => IoVecCall(arrays, (iov, cnt) => Libc.readv(fd, iov, cnt)));
            if (n < 0) return null;
            long left = n;
            for (int i = 0; i < views.Length && left > 0; i++)
            {
                int k = (int)Math.Min(left, arrays[i].Length);
                arrays[i].AsSpan(0, k).CopyTo(views[i].WritableSpan);
                left -= k;
            }
            return PyLong.FromLong(n);
        }
        finally
        {
            for (int i = 0; i < got; i++) views[i].Release();
        }
    }

    [PyMethod("writev")]
    static PyObject? WriteV(int fd, PyObject buffers)
    {
        var seq = SeqSupport.Fast(buffers, "writev() arg 2 must be a sequence");
        if (seq == null) return null;
        var items = SeqSupport.FastItems(seq);
        var arrays = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var v = PyBuffer.GetContiguous(items[i]);
            if (v == null) { Py.DECREF(seq); return null; }
            arrays[i] = v.Span.ToArray();
            v.Release();
        }
        Py.DECREF(seq);
        nint n = Retry(() => IoVecCall(arrays, (iov, cnt) => Libc.writev(fd, iov, cnt)));
        return n < 0 ? null : PyLong.FromLong(n);
    }

    delegate nint IoVecOp(Libc.IoVec* iov, int count);

    static nint IoVecCall(byte[][] arrays, IoVecOp op)
    {
        var handles = new GCHandle[arrays.Length];
        var iov = new Libc.IoVec[arrays.Length];
        try
        {
            for (int i = 0; i < arrays.Length; i++)
            {
                handles[i] = GCHandle.Alloc(arrays[i], GCHandleType.Pinned);
                iov[i].iov_base = (byte*)handles[i].AddrOfPinnedObject();
                iov[i].iov_len = (nuint)arrays[i].Length;
            }
            fixed (Libc.IoVec* p = iov) return op(p, arrays.Length);
        }
        finally
        {
            foreach (var h in handles) if (h.IsAllocated) h.Free();
        }
    }

    [PyMethod("lseek")]
    static PyObject? LSeek(int fd, long position, int whence)
    {
        long r = Libc.lseek(fd, position, whence);
        if (r < 0) return Errors.SetFromErrno(Errno);
        return PyLong.FromLong(r);
    }

    [PyMethod("ftruncate")]
    static PyObject? FTruncate(int fd, long length)
    {
        if (Retry(() => Libc.ftruncate(fd, length)) < 0) return null;
        return Py.None;
    }

    [PyMethod("truncate")]
    static PyObject? Truncate([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path, [Keyword] long length)
    {
        if (path.IsFd) return FTruncate(path.Fd, length);
        var z = PosixPath.Encode(path);
        if (z == null) return null;
        int r;
        fixed (byte* p = z) r = Libc.truncate(p, length);
        return r != 0 ? PosixPath.Error(Errno, path) : Py.None;
    }

    [PyMethod("fsync")]
    static PyObject? FSync([Keyword] Fildes fd)
    {
        int f = fd.Fd;
        return Retry(() => Libc.fsync(f)) < 0 ? null : Py.None;
    }

    [PyMethod("fdatasync")]
    static PyObject? FDataSync([Keyword] Fildes fd)
    {
        int f = fd.Fd;
        return Retry(() => Libc.fdatasync(f)) < 0 ? null : Py.None;
    }

    [PyMethod("sync")]
    static void Sync() => Libc.sync();

    [PyMethod("pipe")]
    static PyObject? Pipe() => Pipe2(O_CLOEXEC);

    [PyMethod("pipe2")]
    static PyObject? Pipe2(int flags)
    {
        int* fds = stackalloc int[2];
        if (Libc.pipe2(fds, flags) != 0) return Errors.SetFromErrno(Errno);
        return PyTuple.FromStolen([PyLong.FromLong(fds[0]), PyLong.FromLong(fds[1])]);
    }

    [PyMethod("dup")]
    static PyObject? Dup(int fd)
    {
        int r = Libc.fcntl(fd, F_DUPFD_CLOEXEC, 0);
        if (r < 0) return Errors.SetFromErrno(Errno);
        return PyLong.FromLong(r);
    }

    [PyMethod("dup2")]
    static PyObject? Dup2([Keyword] int fd, [Keyword] int fd2, [Keyword] bool inheritable = true)
    {
        if (fd < 0 || fd2 < 0) return Errors.SetFromErrno(EBADF);
        int r = inheritable || fd == fd2 ? Libc.dup2(fd, fd2) : Libc.dup3(fd, fd2, O_CLOEXEC);
        if (r < 0) return Errors.SetFromErrno(Errno);
        return PyLong.FromLong(r);
    }

    const int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1, F_DUPFD_CLOEXEC = 1030;
    const int EINTR = 4, EBADF = 9, EINVAL = 22, ERANGE = 34;

    /// <summary>_Py_get_inheritable: 1, 0, or -1 with an exception set.</summary>
    static int GetInheritable(int fd)
    {
        int flags = Libc.fcntl(fd, F_GETFD, 0);
        if (flags < 0) { Errors.SetFromErrno(Errno); return -1; }
        return (flags & FD_CLOEXEC) == 0 ? 1 : 0;
    }

    [PyMethod("get_inheritable")]
    static PyObject? GetInheritableMethod(int fd)
    {
        int r = GetInheritable(fd);
        return r < 0 ? null : ArgParse.FromBool(r == 1);
    }

    [PyMethod("set_inheritable")]
    static PyObject? SetInheritable(int fd, bool inheritable)
    {
        int flags = Libc.fcntl(fd, F_GETFD, 0);
        if (flags < 0) return Errors.SetFromErrno(Errno);
        int nf = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        if (nf != flags && Libc.fcntl(fd, F_SETFD, nf) < 0) return Errors.SetFromErrno(Errno);
        return Py.None;
    }

    [PyMethod("get_blocking")]
    static PyObject? GetBlocking(int fd)
    {
        int flags = Libc.fcntl(fd, F_GETFL, 0);
        if (flags < 0) return Errors.SetFromErrno(Errno);
        return ArgParse.FromBool((flags & O_NONBLOCK) == 0);
    }

    [PyMethod("set_blocking")]
    static PyObject? SetBlocking(int fd, bool blocking)
    {
        int flags = Libc.fcntl(fd, F_GETFL, 0);
        if (flags < 0) return Errors.SetFromErrno(Errno);
        int nf = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        if (nf != flags && Libc.fcntl(fd, F_SETFL, nf) < 0) return Errors.SetFromErrno(Errno);
        return Py.None;
    }

    [PyMethod("isatty")]
    static bool IsATty(int fd) => Libc.isatty(fd) == 1;

    [PyMethod("ttyname")]
    static PyObject? TtyName(int fd)
    {
        byte* buf = stackalloc byte[256];
        int r = Libc.ttyname_r(fd, buf, 256);
        if (r != 0) return Errors.SetFromErrno(r);
        return PosixPath.FsDecode(new ReadOnlySpan<byte>(buf, Libc.StrLen(buf)));
    }

    [PyMethod("openpty")]
    static PyObject? OpenPty()
    {
        int master, slave;
        if (Libc.openpty(&master, &slave, null, null, null) != 0) return Errors.SetFromErrno(Errno);
        Libc.fcntl(master, F_SETFD, FD_CLOEXEC);
        Libc.fcntl(slave, F_SETFD, FD_CLOEXEC);
        return PyTuple.FromStolen([PyLong.FromLong(master), PyLong.FromLong(slave)]);
    }

    /// <summary>device_encoding: the locale's encoding for a terminal (UTF-8 under the UTF-8 mode Sharpy runs in), else None.</summary>
    [PyMethod("device_encoding")]
    static PyObject? DeviceEncoding([Keyword] int fd)
        => Libc.isatty(fd) == 1 ? PyUnicode.FromString("UTF-8") : Py.None;

    [PyMethod("posix_fallocate")]
    static PyObject? PosixFallocate(int fd, long offset, long length)
    {
        int r;
        while ((r = Libc.posix_fallocate(fd, offset, length)) == EINTR)
            if (Signals.HandlePending() < 0) return null;
        return r != 0 ? Errors.SetFromErrno(r) : Py.None;
    }

    [PyMethod("posix_fadvise")]
    static PyObject? PosixFadvise(int fd, long offset, long length, int advice)
    {
        int r;
        while ((r = Libc.posix_fadvise(fd, offset, length, advice)) == EINTR)
            if (Signals.HandlePending() < 0) return null;
        return r != 0 ? Errors.SetFromErrno(r) : Py.None;
    }

    [PyMethod("sendfile")]
    static PyObject? SendFile([Keyword] int out_fd, [Keyword] int in_fd, [Keyword] PyObject offset, [Keyword] long count)
    {
        var off = new long[1];
        bool hasOffset = offset != Py.None;
        if (hasOffset && !ArgParse.ToSsize(offset, out off[0])) return null;
        nint n = Retry(() => { fixed (long* po = off) return Libc.sendfile(out_fd, in_fd, hasOffset ? po : null, (nuint)count); });
        return n < 0 ? null : PyLong.FromLong(n);
    }

    [PyMethod("copy_file_range")]
    static PyObject? CopyFileRange([Keyword] int src, [Keyword] int dst, [Keyword] long count, [Keyword] PyObject? offset_src = null, [Keyword] PyObject? offset_dst = null)
    {
        var off = new long[2];
        bool hasIn = offset_src != null && offset_src != Py.None, hasOut = offset_dst != null && offset_dst != Py.None;
        if (hasIn && !ArgParse.ToSsize(offset_src!, out off[0])) return null;
        if (hasOut && !ArgParse.ToSsize(offset_dst!, out off[1])) return null;
        if (count < 0) return Errors.SetString(PyExc.ValueError, "negative value not allowed");
        nint n = Retry(() => { fixed (long* po = off) return Libc.copy_file_range(src, hasIn ? po : null, dst, hasOut ? po + 1 : null, (nuint)count, 0); });
        return n < 0 ? null : PyLong.FromLong(n);
    }

    [PyMethod("memfd_create")]
    static PyObject? MemfdCreate([Keyword] PathArg name, [Keyword] int flags = 1)
    {
        var z = PosixPath.Encode(name);
        if (z == null) return null;
        int fd;
        fixed (byte* p = z) fd = Libc.memfd_create(p, (uint)flags);
        return fd < 0 ? Errors.SetFromErrno(Errno) : PyLong.FromLong(fd);
    }

    [PyMethod("eventfd")]
    static PyObject? EventFd([Keyword] long initval, [Keyword] int flags = 0x80000)
    {
        int fd = Libc.eventfd((uint)initval, flags);
        return fd < 0 ? Errors.SetFromErrno(Errno) : PyLong.FromLong(fd);
    }

    [PyMethod("eventfd_read")]
    static PyObject? EventFdRead([Keyword] Fildes fd)
    {
        var value = new ulong[1];
        int f = fd.Fd;
        if (Retry(() => { fixed (ulong* p = value) return Libc.read(f, (byte*)p, 8); }) < 0) return null;
        return PosixTypes.FromUnsigned(value[0]);
    }

    [PyMethod("eventfd_write")]
    static PyObject? EventFdWrite([Keyword] Fildes fd, [Keyword] PyObject value)
    {
        // clinic's unsigned_long_long converter: the full 64-bit counter range.
        if (value is PyLong neg && neg.ToBigInteger().Sign < 0) return Errors.SetString(PyExc.ValueError, "value must be positive");
        var index = Abstract.Index(value);
        if (index == null) return null;
        var big = index.ToBigInteger();
        Py.DECREF(index);
        if (big.Sign < 0) return Errors.SetString(PyExc.ValueError, "value must be positive");
        if (big > ulong.MaxValue) return Errors.SetString(PyExc.OverflowError, "int too big to convert");
        int f = fd.Fd;
        var v = new[] { (ulong)big };
        if (Retry(() => { fixed (ulong* p = v) return Libc.write(f, (byte*)p, 8); }) < 0) return null;
        return Py.None;
    }

    // ---- the working directory ----

    static PyObject? GetCwd(bool asBytes)
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* p = buf)
            {
                if (Libc.getcwd(p, (nuint)size) != null) return PosixPath.Result(buf.AsSpan(0, Libc.StrLen(p)), asBytes);
            }
            int errno = Errno;
            if (errno != ERANGE) return Errors.SetFromErrno(errno);
        }
    }

    [PyMethod("getcwd")]
    static PyObject? GetCwdMethod() => GetCwd(false);

    [PyMethod("getcwdb")]
    static PyObject? GetCwdB() => GetCwd(true);

    [PyMethod("chdir")]
    static PyObject? ChDir([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path)
    {
        int r;
        if (path.IsFd) r = Libc.fchdir(path.Fd);
        else
        {
            var z = PosixPath.Encode(path);
            if (z == null) return null;
            fixed (byte* p = z) r = Libc.chdir(p);
        }
        return r != 0 ? PosixPath.Error(Errno, path) : Py.None;
    }

    [PyMethod("fchdir")]
    static PyObject? FChDir([Keyword] Fildes fd) => Libc.fchdir(fd.Fd) != 0 ? Errors.SetFromErrno(Errno) : Py.None;

    [PyMethod("chroot")]
    static PyObject? ChRoot([Keyword] PathArg path) => PathCall(path, p => Libc.chroot((byte*)p));

    [PyMethod("lockf")]
    static PyObject? LockF(Fildes fd, int command, long length)
    {
        int f = fd.Fd;
        return Retry(() => Libc.lockf(f, command, length)) < 0 ? null : Py.None;
    }

    [PyMethod("umask")]
    static long UMask(int mask) => Libc.umask((uint)mask);

    // ---- names in directories ----

    /// <summary>Run a libc call on one encoded path: None, or OSError naming the path.</summary>
    static PyObject? PathCall(in PathArg path, Func<IntPtr, int> call)
    {
        var z = PosixPath.Encode(path);
        if (z == null) return null;
        int r;
        fixed (byte* p = z) r = call((IntPtr)p);
        return r != 0 ? PosixPath.Error(Errno, path) : Py.None;
    }

    [PyMethod("mkdir")]
    static PyObject? MkDir([Keyword] PathArg path, [Keyword] int mode = 0x1ff, [KeywordOnly] DirFd? dir_fd = null)
        => PathCall(path, p => Libc.mkdirat(DirFd.Of(dir_fd), (byte*)p, (uint)mode));

    [PyMethod("rmdir")]
    static PyObject? RmDir([Keyword] PathArg path, [KeywordOnly] DirFd? dir_fd = null)
        => PathCall(path, p => Libc.unlinkat(DirFd.Of(dir_fd), (byte*)p, Libc.AT_REMOVEDIR));

    [PyMethod("unlink")]
    static PyObject? Unlink([Keyword] PathArg path, [KeywordOnly] DirFd? dir_fd = null)
        => PathCall(path, p => Libc.unlinkat(DirFd.Of(dir_fd), (byte*)p, 0));

    [PyMethod("remove")]
    static PyObject? Remove([Keyword] PathArg path, [KeywordOnly] DirFd? dir_fd = null) => Unlink(path, dir_fd);

    [PyMethod("mkfifo")]
    static PyObject? MkFifo([Keyword] PathArg path, [Keyword] int mode = 0x1b6, [KeywordOnly] DirFd? dir_fd = null)
        => PathCall(path, p => Libc.mkfifoat(DirFd.Of(dir_fd), (byte*)p, (uint)mode));

    [PyMethod("mknod")]
    static PyObject? MkNod([Keyword] PathArg path, [Keyword] int mode = 0x180, [Keyword] long device = 0, [KeywordOnly] DirFd? dir_fd = null)
        => PathCall(path, p => Libc.mknodat(DirFd.Of(dir_fd), (byte*)p, (uint)mode, (ulong)device));

    static PyObject? Rename2(in PathArg src, in PathArg dst, DirFd? srcDirFd, DirFd? dstDirFd)
    {
        var zs = PosixPath.Encode(src);
        if (zs == null) return null;
        var zd = PosixPath.Encode(dst);
        if (zd == null) return null;
        int r;
        fixed (byte* s = zs) fixed (byte* d = zd)
            r = Libc.renameat(DirFd.Of(srcDirFd), s, DirFd.Of(dstDirFd), d);
        return r != 0 ? PosixPath.Error2(Errno, src, dst) : Py.None;
    }

    [PyMethod("rename")]
    static PyObject? Rename([Keyword] PathArg src, [Keyword] PathArg dst, [KeywordOnly] DirFd? src_dir_fd = null, [KeywordOnly] DirFd? dst_dir_fd = null)
        => Rename2(src, dst, src_dir_fd, dst_dir_fd);

    [PyMethod("replace")]
    static PyObject? Replace([Keyword] PathArg src, [Keyword] PathArg dst, [KeywordOnly] DirFd? src_dir_fd = null, [KeywordOnly] DirFd? dst_dir_fd = null)
        => Rename2(src, dst, src_dir_fd, dst_dir_fd);

    [PyMethod("link")]
    static PyObject? Link([Keyword] PathArg src, [Keyword] PathArg dst, [KeywordOnly] DirFd? src_dir_fd = null, [KeywordOnly] DirFd? dst_dir_fd = null, [KeywordOnly] bool follow_symlinks = true)
    {
        var zs = PosixPath.Encode(src);
        if (zs == null) return null;
        var zd = PosixPath.Encode(dst);
        if (zd == null) return null;
        int r;
        fixed (byte* s = zs) fixed (byte* d = zd)
            r = Libc.linkat(DirFd.Of(src_dir_fd), s, DirFd.Of(dst_dir_fd), d, follow_symlinks ? Libc.AT_SYMLINK_FOLLOW : 0);
        return r != 0 ? PosixPath.Error2(Errno, src, dst) : Py.None;
    }

    [PyMethod("symlink")]
    static PyObject? Symlink([Keyword] PathArg src, [Keyword] PathArg dst, [Keyword] bool target_is_directory = false, [KeywordOnly] DirFd? dir_fd = null)
    {
        var zs = PosixPath.Encode(src);
        if (zs == null) return null;
        var zd = PosixPath.Encode(dst);
        if (zd == null) return null;
        int r;
        fixed (byte* s = zs) fixed (byte* d = zd) r = Libc.symlinkat(s, DirFd.Of(dir_fd), d);
        return r != 0 ? PosixPath.Error2(Errno, src, dst) : Py.None;
    }

    [PyMethod("readlink")]
    static PyObject? ReadLink([Keyword] PathArg path, [KeywordOnly] DirFd? dir_fd = null)
    {
        var z = PosixPath.Encode(path);
        if (z == null) return null;
        for (int size = 4096; ; size *= 4)
        {
            var buf = new byte[size];
            nint n;
            fixed (byte* p = z) fixed (byte* b = buf) n = Libc.readlinkat(DirFd.Of(dir_fd), p, b, (nuint)size);
            if (n < 0) return PosixPath.Error(Errno, path);
            if (n < size) return PosixPath.Result(buf.AsSpan(0, (int)n), path.Bytes != null);
        }
    }

    [PyMethod("access")]
    static PyObject? Access([Keyword] PathArg path, [Keyword] int mode, [KeywordOnly] DirFd? dir_fd = null, [KeywordOnly] bool effective_ids = false, [KeywordOnly] bool follow_symlinks = true)
    {
        var z = PosixPath.Encode(path);
        if (z == null) return null;
        int flags = (follow_symlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW) | (effective_ids ? Libc.AT_EACCESS : 0);
        int r;
        fixed (byte* p = z) r = Libc.faccessat(DirFd.Of(dir_fd), p, mode, flags);
        return ArgParse.FromBool(r == 0);
    }

    [PyMethod("chmod")]
    static PyObject? ChMod([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path, [Keyword] int mode, [KeywordOnly] DirFd? dir_fd = null, [KeywordOnly] bool follow_symlinks = true)
    {
        if (!CheckPathOptions("chmod", path, dir_fd, follow_symlinks)) return null;
        if (path.IsFd) return Libc.fchmod(path.Fd, (uint)mode) != 0 ? PosixPath.Error(Errno, path) : Py.None;
        return PathCall(path, p => Libc.fchmodat(DirFd.Of(dir_fd), (byte*)p, (uint)mode, follow_symlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW));
    }

    [PyMethod("fchmod")]
    static PyObject? FChMod([Keyword] int fd, [Keyword] int mode)
        => Libc.fchmod(fd, (uint)mode) != 0 ? Errors.SetFromErrno(Errno) : Py.None;

    /// <summary>
    /// _Py_Uid_Converter / _Py_Gid_Converter: an int, where -1 means "unchanged". An int that
    /// fits a C long but not uid_t is reported as "less than minimum", as CPython does.
    /// </summary>
    internal static bool IdConvert(PyObject o, string what, out uint id)
    {
        id = 0;
        if (o.ob_type.nb_index == null)
        {
            Errors.SetString(PyExc.TypeError, $"{what} should be integer, not {o.ob_type.tp_name}");
            return false;
        }
        var idx = Abstract.Index(o);
        if (idx == null) return false;
        bool fits = ((PyLong)idx).TryGetLong(out long v);
        Py.DECREF(idx);
        if (!fits)
        {
            Errors.SetString(PyExc.OverflowError, $"{what} is greater than maximum");
            return false;
        }
        if (v < -1 || v > uint.MaxValue - 1)
        {
            Errors.SetString(PyExc.OverflowError, $"{what} is less than minimum");
            return false;
        }
        id = (uint)v;
        return true;
    }

    [PyMethod("chown")]
    static PyObject? ChOwn([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path, [Keyword] PyObject uid, [Keyword] PyObject gid, [KeywordOnly] DirFd? dir_fd = null, [KeywordOnly] bool follow_symlinks = true)
    {
        if (!IdConvert(uid, "uid", out uint u) || !IdConvert(gid, "gid", out uint g)) return null;
        if (!CheckPathOptions("chown", path, dir_fd, follow_symlinks)) return null;
        if (path.IsFd) return Libc.fchown(path.Fd, u, g) != 0 ? PosixPath.Error(Errno, path) : Py.None;
        return PathCall(path, p => Libc.fchownat(DirFd.Of(dir_fd), (byte*)p, u, g, follow_symlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW));
    }

    [PyMethod("lchown")]
    static PyObject? LChOwn([Keyword] PathArg path, [Keyword] PyObject uid, [Keyword] PyObject gid)
    {
        if (!IdConvert(uid, "uid", out uint u) || !IdConvert(gid, "gid", out uint g)) return null;
        return PathCall(path, p => Libc.fchownat(Libc.AT_FDCWD, (byte*)p, u, g, Libc.AT_SYMLINK_NOFOLLOW));
    }

    [PyMethod("fchown")]
    static PyObject? FChOwn([Keyword] int fd, [Keyword] PyObject uid, [Keyword] PyObject gid)
    {
        if (!IdConvert(uid, "uid", out uint u) || !IdConvert(gid, "gid", out uint g)) return null;
        return Libc.fchown(fd, u, g) != 0 ? Errors.SetFromErrno(Errno) : Py.None;
    }

    /// <summary>utime(path, times=None, *, ns, dir_fd, follow_symlinks): times as (atime, mtime) seconds or ns as nanoseconds.</summary>
    [PyMethod("utime")]
    static PyObject? UTime([Keyword, ConverterFlags(PathArg.AllowFd)] PathArg path, [Keyword] PyObject? times = null, [KeywordOnly] PyObject? ns = null,
        [KeywordOnly] DirFd? dir_fd = null, [KeywordOnly] bool follow_symlinks = true)
    {
        var ts = stackalloc Libc.TimeSpec[2];
        bool now = false;
        if (times != null && times != Py.None)
        {
            if (ns != null) return Errors.SetString(PyExc.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
            if (times is not PyTuple t || t.Count != 2)
                return Errors.SetString(PyExc.TypeError, "utime: 'times' must be either a tuple of two ints or None");
            for (int i = 0; i < 2; i++)
                if (!ObjectToTimeSpec(t.Items[i], out ts[i])) return null;
        }
        else if (ns != null)
        {
            if (ns is not PyTuple t || t.Count != 2)
                return Errors.SetString(PyExc.TypeError, "utime: 'ns' must be a tuple of two ints");
            for (int i = 0; i < 2; i++)
            {
                var sec = Abstract.BinaryOp(t.Items[i], s_billion, NbOp.FLOOR_DIVIDE);
                if (sec == null) return null;
                var rem = Abstract.BinaryOp(t.Items[i], s_billion, NbOp.REMAINDER);
                if (rem == null) { Py.DECREF(sec); return null; }
                bool ok = ArgParse.ToSsize(sec, out ts[i].tv_sec) && ArgParse.ToSsize(rem, out ts[i].tv_nsec);
                Py.DECREF(sec);
                Py.DECREF(rem);
                if (!ok) return null;
            }
        }
        else now = true;
        if (!CheckPathOptions("utime", path, dir_fd, follow_symlinks)) return null;
        int r;
        if (path.IsFd) r = Libc.futimens(path.Fd, now ? null : ts);
        else
        {
            var z = PosixPath.Encode(path);
            if (z == null) return null;
            fixed (byte* p = z) r = Libc.utimensat(DirFd.Of(dir_fd), p, now ? null : ts, follow_symlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        }
        return r != 0 ? PosixPath.Error(Errno, path) : Py.None;
    }

    static readonly PyObject s_billion = MakeImmortal(PyLong.FromLong(1_000_000_000));

    static PyObject MakeImmortal(PyObject o)
    {
        o.SetImmortal();
        return o;
    }

    /// <summary>_PyTime_ObjectToTimespec (rounding toward negative infinity): an int or a float of seconds.</summary>
    static bool ObjectToTimeSpec(PyObject o, out Libc.TimeSpec ts)
    {
        ts = default;
        if (o is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d)) { Errors.SetString(PyExc.ValueError, "Invalid value NaN (not a number)"); return false; }
            double floor = Math.Floor(d);
            long ns = (long)Math.Floor((d - floor) * 1e9);
            if (floor < long.MinValue || floor > long.MaxValue)
            {
                Errors.SetString(PyExc.OverflowError, "timestamp out of range for platform time_t");
                return false;
            }
            ts.tv_sec = (long)floor;
            ts.tv_nsec = ns;
            if (ts.tv_nsec >= 1_000_000_000) { ts.tv_sec++; ts.tv_nsec -= 1_000_000_000; }
            return true;
        }
        if (!ArgParse.ToSsize(o, out ts.tv_sec)) return false;
        return true;
    }

    // ---- listing directories ----

    /// <summary>listdir(path=None): the names in a directory (not '.' or '..'), as str, or as bytes for a bytes path.</summary>
    [PyMethod("listdir")]
    static PyObject? ListDir([Keyword, ConverterFlags(PathArg.AllowFd | PathArg.Nullable)] PathArg? path = null)
    {
        var p = path ?? default;
        bool asBytes = p.Bytes != null;
        nint dir = OpenDir(p, path == null || p.IsNone);
        if (dir == 0) return null;
        var list = PyList.New();
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                byte* ent = Libc.readdir64(dir);
                if (ent == null)
                {
                    int errno = Errno;
                    if (errno != 0) { Py.DECREF(list); return PosixPath.Error(errno, p); }
                    break;
                }
                var name = DirentName(ent);
                if (IsDotOrDotDot(name)) continue;
                var o = PosixPath.Result(name, asBytes);
                if (o == null) { Py.DECREF(list); return null; }
                list.AppendSteal(o);
            }
            return list;
        }
        finally
        {
            Libc.closedir(dir);
        }
    }

    /// <summary>Open a directory stream for listdir/scandir: "." when no path, a dup of an fd (rewound), else the path; 0 with OSError set.</summary>
    internal static nint OpenDir(in PathArg p, bool noPath)
    {
        nint dir;
        if (p.IsFd)
        {
            int fd = Libc.fcntl(p.Fd, F_DUPFD_CLOEXEC, 0);
            if (fd < 0) { PosixPath.Error(Errno, p); return 0; }
            dir = Libc.fdopendir(fd);
            if (dir == 0)
            {
                int errno = Errno;
                Libc.close(fd);
                PosixPath.Error(errno, p);
                return 0;
            }
            Libc.rewinddir(dir);
            return dir;
        }
        byte[]? z = noPath ? s_dot : PosixPath.Encode(p);
        if (z == null) return 0;
        fixed (byte* b = z) dir = Libc.opendir(b);
        if (dir == 0)
        {
            if (noPath)
            {
                int errno = Errno;
                var dot = PyUnicode.FromString(".");
                Errors.SetFromErrnoWithFilenameObject(errno, dot);
                Py.DECREF(dot);
            }
            else PosixPath.Error(Errno, p);
        }
        return dir;
    }

    /// <summary>The name in a struct dirent64 (after d_ino, d_off, d_reclen and d_type).</summary>
    internal static ReadOnlySpan<byte> DirentName(byte* ent) => new(ent + 19, Libc.StrLen(ent + 19));

    internal static byte DirentType(byte* ent) => ent[18];

    internal static ulong DirentIno(byte* ent) => *(ulong*)ent;

    internal static bool IsDotOrDotDot(ReadOnlySpan<byte> name)
        => name.Length == 1 && name[0] == '.' || name.Length == 2 && name[0] == '.' && name[1] == '.';

    static readonly byte[] s_dot = [(byte)'.', 0];

    [PyMethod("scandir")]
    static PyObject? ScanDir([Keyword, ConverterFlags(PathArg.AllowFd | PathArg.Nullable)] PathArg? path = null)
        => ScandirIterator.Create(path ?? default, path == null || path.Value.IsNone);
}
