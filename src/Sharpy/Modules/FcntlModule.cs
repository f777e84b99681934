using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `fcntl` module (Modules/fcntlmodule.c): fcntl, ioctl, flock and lockf on file
/// descriptors, with Linux's constants. An int argument is passed as is; a bytes-like one
/// is copied into a buffer the call may fill, and the buffer comes back as bytes.
/// </summary>
[PyModule("fcntl", Doc = "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object.")]
public static unsafe partial class FcntlModule
{
    [PyConstant] const int DN_ACCESS = 1;
    [PyConstant] const int DN_ATTRIB = 32;
    [PyConstant] const int DN_CREATE = 4;
    [PyConstant] const int DN_DELETE = 8;
    [PyConstant] const int DN_MODIFY = 2;
    [PyConstant] const long DN_MULTISHOT = 2147483648;
    [PyConstant] const int DN_RENAME = 16;
    [PyConstant] const int FASYNC = 8192;
    [PyConstant] const int FD_CLOEXEC = 1;
    [PyConstant] const int FICLONE = 1074041865;
    [PyConstant] const int FICLONERANGE = 1075876877;
    [PyConstant] const int F_ADD_SEALS = 1033;
    [PyConstant] const int F_DUPFD = 0;
    [PyConstant] const int F_DUPFD_CLOEXEC = 1030;
    [PyConstant] const int F_EXLCK = 4;
    [PyConstant] const int F_GETFD = 1;
    [PyConstant] const int F_GETFL = 3;
    [PyConstant] const int F_GETLEASE = 1025;
    [PyConstant] const int F_GETLK = 5;
    [PyConstant] const int F_GETLK64 = 5;
    [PyConstant] const int F_GETOWN = 9;
    [PyConstant] const int F_GETOWN_EX = 16;
    [PyConstant] const int F_GETPIPE_SZ = 1032;
    [PyConstant] const int F_GETSIG = 11;
    [PyConstant] const int F_GET_FILE_RW_HINT = 1037;
    [PyConstant] const int F_GET_RW_HINT = 1035;
    [PyConstant] const int F_GET_SEALS = 1034;
    [PyConstant] const int F_NOTIFY = 1026;
    [PyConstant] const int F_OFD_GETLK = 36;
    [PyConstant] const int F_OFD_SETLK = 37;
    [PyConstant] const int F_OFD_SETLKW = 38;
    [PyConstant] const int F_OWNER_PGRP = 2;
    [PyConstant] const int F_OWNER_PID = 1;
    [PyConstant] const int F_OWNER_TID = 0;
    [PyConstant] const int F_RDLCK = 0;
    [PyConstant] const int F_SEAL_FUTURE_WRITE = 16;
    [PyConstant] const int F_SEAL_GROW = 4;
    [PyConstant] const int F_SEAL_SEAL = 1;
    [PyConstant] const int F_SEAL_SHRINK = 2;
    [PyConstant] const int F_SEAL_WRITE = 8;
    [PyConstant] const int F_SETFD = 2;
    [PyConstant] const int F_SETFL = 4;
    [PyConstant] const int F_SETLEASE = 1024;
    [PyConstant] const int F_SETLK = 6;
    [PyConstant] const int F_SETLK64 = 6;
    [PyConstant] const int F_SETLKW = 7;
    [PyConstant] const int F_SETLKW64 = 7;
    [PyConstant] const int F_SETOWN = 8;
    [PyConstant] const int F_SETOWN_EX = 15;
    [PyConstant] const int F_SETPIPE_SZ = 1031;
    [PyConstant] const int F_SETSIG = 10;
    [PyConstant] const int F_SET_FILE_RW_HINT = 1038;
    [PyConstant] const int F_SET_RW_HINT = 1036;
    [PyConstant] const int F_SHLCK = 8;
    [PyConstant] const int F_UNLCK = 2;
    [PyConstant] const int F_WRLCK = 1;
    [PyConstant] const int LOCK_EX = 2;
    [PyConstant] const int LOCK_MAND = 32;
    [PyConstant] const int LOCK_NB = 4;
    [PyConstant] const int LOCK_READ = 64;
    [PyConstant] const int LOCK_RW = 192;
    [PyConstant] const int LOCK_SH = 1;
    [PyConstant] const int LOCK_UN = 8;
    [PyConstant] const int LOCK_WRITE = 128;
    [PyConstant] const int RWH_WRITE_LIFE_EXTREME = 5;
    [PyConstant] const int RWH_WRITE_LIFE_LONG = 4;
    [PyConstant] const int RWH_WRITE_LIFE_MEDIUM = 3;
    [PyConstant] const int RWH_WRITE_LIFE_NONE = 1;
    [PyConstant] const int RWH_WRITE_LIFE_NOT_SET = 0;
    [PyConstant] const int RWH_WRITE_LIFE_SHORT = 2;

    [LibraryImport("libc", SetLastError = true)] private static partial int fcntl(int fd, int cmd, nint arg);
    [LibraryImport("libc", SetLastError = true)] private static partial int ioctl(int fd, nuint request, nint arg);
    [LibraryImport("libc", SetLastError = true)] private static partial int flock(int fd, int operation);

    /// <summary>struct flock on x86-64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct Flock
    {
        public short l_type, l_whence;
        public long l_start, l_len;
        public int l_pid;
    }

    const int EINTR = 4, BufferSize = 1024;

    /// <summary>Call <paramref name="op"/> until it does not fail with EINTR (PEP 475); its result, or -1 with OSError set.</summary>
    static int Retry(Func<int> op)
    {
        while (true)
        {
            int r;
            using (Gil.AllowThreads()) r = op();
            if (r != -1) return r;
            int errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR) { Errors.SetFromErrno(errno); return -1; }
            if (Signals.HandlePending() < 0) return -1;
        }
    }

    /// <summary>Copy a bytes-like argument into a buffer for the call; null (no error) when it is not bytes-like.</summary>
    static byte[]? BufferArgument(PyObject arg, string fname, out bool failed)
    {
        failed = false;
        if (arg is PyLong || arg.ob_type.nb_index != null) return null;
        var view = PyBuffer.GetContiguous(arg);
        if (view == null)
        {
            if (arg is PyUnicode)
            {
                Errors.Clear();
                var z = System.Text.Encoding.UTF8.GetBytes(((PyUnicode)arg).Value);
                return z;
            }
            failed = true;
            return null;
        }
        var data = view.Span.ToArray();
        view.Release();
        if (data.Length > BufferSize)
        {
            Errors.SetString(PyExc.ValueError, $"{fname} argument 3 is too long");
            failed = true;
            return null;
        }
        return data;
    }

    [PyMethod("fcntl")]
    static PyObject? Fcntl(Fildes fd, int cmd, PyObject? arg = null)
    {
        int f = fd.Fd;
        if (arg != null && arg != Py.None)
        {
            var data = BufferArgument(arg, "fcntl", out bool failed);
            if (failed) return null;
            if (data != null)
            {
                var buf = new byte[BufferSize];
                data.CopyTo(buf, 0);
                if (Retry(() => { fixed (byte* p = buf) return fcntl(f, cmd, (nint)p); }) == -1) return null;
                return PyBytes.FromSpan(buf.AsSpan(0, data.Length));
            }
        }
        long v = 0;
        if (arg != null && arg != Py.None)
        {
            var idx = Abstract.Index(arg);
            if (idx == null) return null;
            bool ok = ((PyLong)idx).TryGetLong(out v);
            Py.DECREF(idx);
            if (!ok) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
        }
        int r = Retry(() => fcntl(f, cmd, (nint)v));
        return r == -1 ? null : PyLong.FromLong(r);
    }

    [PyMethod("ioctl")]
    static PyObject? Ioctl(Fildes fd, long request, PyObject? arg = null, bool mutate_flag = true)
    {
        int f = fd.Fd;
        nuint req = (nuint)(uint)request;
        if (arg != null && arg != Py.None)
        {
            var writable = mutate_flag && arg is not PyBytes ? PyBuffer.Get(arg, PyBUF.WRITABLE) : null;
            if (writable == null) Errors.Clear();
            else
            {
                try
                {
                    var buf = new byte[Math.Max(writable.Span.Length, BufferSize)];
                    writable.Span.CopyTo(buf);
                    int rw = Retry(() => { fixed (byte* p = buf) return ioctl(f, req, (nint)p); });
                    if (rw == -1) return null;
                    buf.AsSpan(0, writable.Span.Length).CopyTo(writable.WritableSpan);
                    return PyLong.FromLong(rw);
                }
                finally
                {
                    writable.Release();
                }
            }
            var data = BufferArgument(arg, "ioctl", out bool failed);
            if (failed) return null;
            if (data != null)
            {
                var buf = new byte[BufferSize];
                data.CopyTo(buf, 0);
                if (Retry(() => { fixed (byte* p = buf) return ioctl(f, req, (nint)p); }) == -1) return null;
                return PyBytes.FromSpan(buf.AsSpan(0, data.Length));
            }
        }
        long v = 0;
        if (arg != null && arg != Py.None)
        {
            var idx = Abstract.Index(arg);
            if (idx == null) return null;
            bool ok = ((PyLong)idx).TryGetLong(out v);
            Py.DECREF(idx);
            if (!ok) return Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
        }
        int r = Retry(() => ioctl(f, req, (nint)v));
        return r == -1 ? null : PyLong.FromLong(r);
    }

    [PyMethod("flock")]
    static PyObject? FlockMethod(Fildes fd, int operation)
    {
        int f = fd.Fd;
        return Retry(() => flock(f, operation)) == -1 ? null : Py.None;
    }

    /// <summary>lockf(fd, cmd, len=0, start=0, whence=0): a POSIX record lock through fcntl's F_SETLK/F_SETLKW.</summary>
    [PyMethod("lockf")]
    static PyObject? LockF(Fildes fd, int cmd, long len = 0, long start = 0, int whence = 0)
    {
        var l = new Flock { l_whence = (short)whence, l_start = start, l_len = len };
        if (cmd == LOCK_UN) l.l_type = F_UNLCK;
        else if ((cmd & LOCK_SH) != 0) l.l_type = F_RDLCK;
        else if ((cmd & LOCK_EX) != 0) l.l_type = F_WRLCK;
        else return Errors.SetString(PyExc.ValueError, "unrecognized lockf argument");
        int f = fd.Fd, op = (cmd & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
        var la = new[] { l };
        return Retry(() => { fixed (Flock* p = la) return fcntl(f, op, (nint)p); }) == -1 ? null : Py.None;
    }
}
