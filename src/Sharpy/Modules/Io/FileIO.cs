using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Io;

/// <summary>
/// `_io.FileIO` (Modules/_io/fileio.c): raw I/O on a file descriptor, through libc's
/// open/read/write/lseek/close/fstat (IoLibc). The file's name is the `name` attribute in
/// the instance __dict__, as CPython stores it.
/// </summary>
[PyType("_io.FileIO", BaseType = true)]
public sealed partial class PyFileIO : PyRawIOBase
{
    internal int Fd = -1;
    bool _created, _readable, _writable, _appending;
    /// <summary>-1 unknown, 0 no, 1 yes (seekable).</summary>
    int _seekable = -1;
    bool _closefd = true;
    internal bool Finalizing;
    long _blksize;

    public PyFileIO(PyType type) : base(type) { }

    [PySlot("tp_new")]
    static PyObject? New(PyType type, ReadOnlySpan<StackRef> args, PyTuple? kwnames) => new PyFileIO(type);

    [PySlot("tp_init")]
    static int Init(PyFileIO self, [Keyword] PyObject file, [Keyword] string mode = "r", [Keyword] bool closefd = true,
        [Keyword] PyObject? opener = null)
        => self.DoInit(file, mode, closefd, opener == Py.None ? null : opener);

    int DoInit(PyObject nameobj, string mode, bool closefd, PyObject? opener)
    {
        if (Fd >= 0)
        {
            if (_closefd) InternalClose();
            else Fd = -1;
        }
        int fd = -1;
        if (nameobj is PyFloat)
        {
            Errors.SetString(PyExc.TypeError, "integer argument expected, got float");
            return -1;
        }
        byte[]? path = null;
        if (nameobj is PyBool && Warnings.WarnEx(PyExc.RuntimeWarning, "bool is used as a file descriptor", 1) < 0) return -1;
        if (nameobj.ob_type.nb_index != null)
        {
            long v = Abstract.AsSsize(nameobj, PyExc.OverflowError);
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
        }
        else
        {
            var p = PathArg.FsPath(nameobj);
            if (p == null) return -1;
            byte[]? bytes = p is PyBytes pb ? pb.Value : UnicodeCodecs.EncodeBytes((PyUnicode)p, UnicodeCodecs.Codec.Utf8, "surrogateescape");
            Py.DECREF(p);
            if (bytes == null) return -1;
            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                Errors.SetString(PyExc.ValueError, "embedded null byte");
                return -1;
            }
            path = new byte[bytes.Length + 1];
            bytes.CopyTo(path, 0);
        }

        bool rwa = false, plus = false;
        int flags = 0;
        _created = _readable = _writable = _appending = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x':
                    if (rwa) goto bad_mode;
                    rwa = true; _created = true; _writable = true;
                    flags |= IoLibc.O_EXCL | IoLibc.O_CREAT;
                    break;
                case 'r':
                    if (rwa) goto bad_mode;
                    rwa = true; _readable = true;
                    break;
                case 'w':
                    if (rwa) goto bad_mode;
                    rwa = true; _writable = true;
                    flags |= IoLibc.O_CREAT | IoLibc.O_TRUNC;
                    break;
                case 'a':
                    if (rwa) goto bad_mode;
                    rwa = true; _writable = true; _appending = true;
                    flags |= IoLibc.O_APPEND | IoLibc.O_CREAT;
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) goto bad_mode;
                    _readable = _writable = true;
                    plus = true;
                    break;
                default:
                    Errors.SetString(PyExc.ValueError, $"invalid mode: {mode}");
                    return -1;
            }
        }
        if (!rwa) goto bad_mode;
        flags |= _readable && _writable ? IoLibc.O_RDWR : _readable ? IoLibc.O_RDONLY : IoLibc.O_WRONLY;
        flags |= IoLibc.O_CLOEXEC;

        bool ownFd = false;
        if (fd >= 0)
        {
            Fd = fd;
            _closefd = closefd;
        }
        else
        {
            _closefd = true;
            if (!closefd)
            {
                Errors.SetString(PyExc.ValueError, "Cannot use closefd=False with file name");
                return -1;
            }
            if (opener == null)
            {
                int errno;
                while (true)
                {
                    using (Gil.AllowThreads())
                    {
                        fd = IoLibc.Open(path!, flags, 438); // 0666
                        errno = fd < 0 ? IoLibc.Errno : 0;
                    }
                    if (fd >= 0 || errno != IoLibc.EINTR) break;
                    if (Signals.HandlePending() < 0) return -1;
                }
                if (fd < 0)
                {
                    Errors.SetFromErrnoWithFilenameObject(errno, nameobj);
                    return -1;
                }
            }
            else
            {
                var flagsObj = PyLong.FromLong(flags);
                var fdobj = Calls.CallArgs(opener, nameobj, flagsObj);
                Py.DECREF(flagsObj);
                if (fdobj == null) return -1;
                if (fdobj is not PyLong)
                {
                    Py.DECREF(fdobj);
                    Errors.SetString(PyExc.TypeError, "expected integer from opener");
                    return -1;
                }
                long v = Abstract.AsSsize(fdobj, PyExc.OverflowError);
                Py.DECREF(fdobj);
                if (v == -1 && Errors.Occurred()) return -1;
                if (v < 0)
                {
                    Errors.SetString(PyExc.ValueError, $"opener returned {v}");
                    return -1;
                }
                fd = (int)v;
            }
            Fd = fd;
            ownFd = true;
        }
        _blksize = IoModule.DEFAULT_BUFFER_SIZE;
        if (IoLibc.FStat(Fd, out int stmode, out _, out long blksize) < 0)
        {
            int errno = IoLibc.Errno;
            if (errno == IoLibc.EBADF)
            {
                Errors.SetFromErrno(errno);
                return InitFailed(ownFd);
            }
        }
        else
        {
            if ((stmode & IoLibc.S_IFMT) == IoLibc.S_IFDIR)
            {
                Errors.SetFromErrnoWithFilenameObject(IoLibc.EISDIR, nameobj);
                return InitFailed(ownFd);
            }
            if (blksize > 1) _blksize = blksize;
        }
        if (Abstract.SetAttr(this, PyUnicode.Intern("name"), nameobj) < 0) return InitFailed(ownFd);
        if (_appending)
        {
            // For consistent behaviour, explicitly seek to the end of file (the OS may not do it).
            if (IoLibc.lseek(Fd, 0, 2) < 0 && IoLibc.Errno != IoLibc.ESPIPE)
            {
                Errors.SetFromErrnoWithFilenameObject(IoLibc.Errno, nameobj);
                return InitFailed(ownFd);
            }
        }
        return 0;

    bad_mode:
        Errors.SetString(PyExc.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }

    int InitFailed(bool ownFd)
    {
        if (ownFd && Fd >= 0) IoLibc.close(Fd);
        Fd = -1;
        return -1;
    }

    /// <summary>internal_close: close the descriptor; 0, or -1 with OSError set.</summary>
    int InternalClose()
    {
        int fd = Fd;
        if (fd < 0) return 0;
        Fd = -1;
        int r, errno;
        using (Gil.AllowThreads())
        {
            r = IoLibc.close(fd);
            errno = r < 0 ? IoLibc.Errno : 0;
        }
        if (r < 0) { Errors.SetFromErrno(errno); return -1; }
        return 0;
    }

    PyObject? ErrClosed() => Errors.SetString(PyExc.ValueError, "I/O operation on closed file");

    static PyObject? ErrMode(string action) => IoErrors.Unsupported($"File not open for {action}");

    /// <summary>
    /// _io.FileIO._dealloc_warn: an open file that is being finalized warns "unclosed file"
    /// (a ResourceWarning, which the default filters ignore); the exception being handled is
    /// kept, and a warning made an error is reported as unraisable.
    /// </summary>
    internal override void DeallocWarn(PyObject source)
    {
        if (Fd < 0 || !_closefd) return;
        var saved = Errors.GetRaisedException();
        var repr = Abstract.ReprString(source);
        if (repr == null || Warnings.WarnWithSource(PyExc.ResourceWarning, "unclosed file " + repr, 1, source) < 0)
        {
            // Spurious errors can appear at shutdown.
            if (Errors.ExceptionMatches(PyExc.Warning)) Interpreter.WriteUnraisable("while finalizing file", this);
            Errors.Clear();
        }
        Errors.SetRaisedException(saved);
    }

    [PyMethod("_dealloc_warn")]
    static void DeallocWarnMethod(PyFileIO self, PyObject source) => self.DeallocWarn(source);

    [PyMethod("close")]
    static PyObject? Close(PyFileIO self)
    {
        if (!self._closefd)
        {
            self.Fd = -1;
            return Calls.Call(TypeLookup.Lookup(PyRawIOBase.Type, "close")!, [StackRef.FromBorrow(self)], null);
        }
        var closeFn = TypeLookup.Lookup(PyIOBase.Type, "close")!;
        var res = Calls.Call(closeFn, [StackRef.FromBorrow(self)], null);
        PyBaseException? exc = res == null ? Errors.GetRaisedException() : null;
        if (self.Finalizing) self.DeallocWarn(self);
        int rc = self.InternalClose();
        if (res == null)
        {
            if (rc < 0) Errors.ChainExceptions(exc); else Errors.SetRaisedException(exc);
            return null;
        }
        if (rc < 0) { Py.DECREF(res); return null; }
        return res;
    }

    [PyMethod("seekable")]
    static PyObject? Seekable(PyFileIO self)
    {
        if (self.Fd < 0) return self.ErrClosed();
        if (self._seekable < 0)
        {
            long pos = IoLibc.lseek(self.Fd, 0, 1);
            self._seekable = pos < 0 ? 0 : 1;
        }
        return Py.NewBool(self._seekable == 1);
    }

    [PyMethod("readable")]
    static PyObject? Readable(PyFileIO self) => self.Fd < 0 ? self.ErrClosed() : Py.NewBool(self._readable);

    [PyMethod("writable")]
    static PyObject? Writable(PyFileIO self) => self.Fd < 0 ? self.ErrClosed() : Py.NewBool(self._writable);

    [PyMethod("fileno")]
    static PyObject? Fileno(PyFileIO self) => self.Fd < 0 ? self.ErrClosed() : PyLong.FromLong(self.Fd);

    [PyMethod("isatty")]
    static PyObject? Isatty(PyFileIO self)
    {
        if (self.Fd < 0) return self.ErrClosed();
        return Py.NewBool(IoLibc.isatty(self.Fd) == 1);
    }

    /// <summary>isatty() for open(), which asks right after opening (3.14 skips a system call on some platforms; the same call here).</summary>
    [PyMethod("_isatty_open_only")]
    static PyObject? IsattyOpenOnly(PyFileIO self) => Isatty(self);

    /// <summary>read(2) with the GIL released, retried on EINTR (PEP 475): bytes read, or -1 with errno in <paramref name="errno"/> (-2: an exception is set).</summary>
    internal static unsafe long ReadFd(int fd, Span<byte> buf, out int errno)
    {
        while (true)
        {
            nint n;
            fixed (byte* p = buf)
            {
                using (Gil.AllowThreads())
                {
                    n = IoLibc.read(fd, p, buf.Length);
                    errno = n < 0 ? IoLibc.Errno : 0;
                }
            }
            if (n >= 0 || errno != IoLibc.EINTR) return n;
            if (Signals.HandlePending() < 0) return -2;
        }
    }

    internal static unsafe long WriteFd(int fd, ReadOnlySpan<byte> buf, out int errno)
    {
        while (true)
        {
            nint n;
            fixed (byte* p = buf)
            {
                using (Gil.AllowThreads())
                {
                    n = IoLibc.write(fd, p, buf.Length);
                    errno = n < 0 ? IoLibc.Errno : 0;
                }
            }
            if (n >= 0 || errno != IoLibc.EINTR) return n;
            if (Signals.HandlePending() < 0) return -2;
        }
    }

    [PyMethod("readinto", TextSignature = "($self, buffer, /)")]
    static PyObject? ReadInto(PyFileIO self, PyObject buffer)
    {
        if (self.Fd < 0) return self.ErrClosed();
        if (!self._readable) return ErrMode("reading");
        var view = PyBuffer.GetWritable(buffer, "readinto");
        if (view == null) return null;
        try
        {
            long n = ReadFd(self.Fd, view.WritableSpan, out int errno);
            if (n == -2) return null;
            if (n < 0)
            {
                if (errno == IoLibc.EAGAIN) return Py.None;
                return Errors.SetFromErrno(errno);
            }
            return PyLong.FromLong(n);
        }
        finally { view.Release(); }
    }

    [PyMethod("readall")]
    static PyObject? ReadAll(PyFileIO self)
    {
        if (self.Fd < 0) return self.ErrClosed();
        // Sized by what fstat says is left: a regular file's rest is read into one array that
        // becomes the bytes object (no copy), and a one-byte read then confirms the end.
        long bufsize = 8 * 1024;
        if (IoLibc.FStat(self.Fd, out _, out long end, out _) == 0)
        {
            long pos = IoLibc.lseek(self.Fd, 0, 1);
            if (end > 0 && pos >= 0 && end > pos && end - pos < Array.MaxLength) bufsize = end - pos;
        }
        var buf = IoErrors.NewBuffer(bufsize);
        if (buf == null) return null;
        long total = 0;
        while (true)
        {
            long n;
            int errno;
            if (total == buf.Length)
            {
                byte one = 0;
                n = ReadFd(self.Fd, new Span<byte>(ref one), out errno);
                if (n > 0)
                {
                    long newSize = total + Math.Max(total >> 3, 8 * 1024) + 8 * 1024;
                    if (newSize > Array.MaxLength) return Errors.SetString(PyExc.OverflowError, "unbounded read returned more bytes than a Python bytes object can hold");
                    if (!IoErrors.Resize(ref buf, newSize)) return null;
                    buf[total] = one;
                }
            }
            else n = ReadFd(self.Fd, buf.AsSpan((int)total), out errno);
            if (n == -2) return null;
            if (n < 0)
            {
                if (errno == IoLibc.EAGAIN)
                {
                    if (total > 0) break;
                    return Py.None;
                }
                return Errors.SetFromErrno(errno);
            }
            if (n == 0) break;
            total += n;
        }
        return total == buf.Length ? PyBytes.FromBytes(buf) : PyBytes.FromSpan(buf.AsSpan(0, (int)total));
    }

    [PyMethod("read", TextSignature = "($self, size=-1, /)")]
    static PyObject? Read(PyFileIO self, PyObject? size = null)
    {
        long n = -1;
        if (size != null && size != Py.None && !ArgParse.ToSsize(size, out n)) return null;
        if (self.Fd < 0) return self.ErrClosed();
        if (!self._readable) return ErrMode("reading");
        if (n < 0) return ReadAll(self);
        var buf = IoErrors.NewBuffer(n);
        if (buf == null) return null;
        long got = ReadFd(self.Fd, buf, out int errno);
        if (got == -2) return null;
        if (got < 0)
        {
            if (errno == IoLibc.EAGAIN) return Py.None;
            return Errors.SetFromErrno(errno);
        }
        return got == n ? PyBytes.FromBytes(buf) : PyBytes.FromSpan(buf.AsSpan(0, (int)got));
    }

    [PyMethod("write", TextSignature = "($self, b, /)")]
    static PyObject? Write(PyFileIO self, BufferArg b)
    {
        if (self.Fd < 0) return self.ErrClosed();
        if (!self._writable) return ErrMode("writing");
        long n = WriteFd(self.Fd, b.Span, out int errno);
        if (n == -2) return null;
        if (n < 0)
        {
            if (errno == IoLibc.EAGAIN) return Py.None;
            return Errors.SetFromErrno(errno);
        }
        return PyLong.FromLong(n);
    }

    internal PyObject? PortableLseek(PyObject? posobj, int whence, bool suppressPipeError)
    {
        long pos = 0;
        if (posobj != null)
        {
            if (posobj is PyFloat) return Errors.SetString(PyExc.TypeError, "an integer is required");
            pos = Abstract.AsSsize(posobj, PyExc.OverflowError);
            if (pos == -1 && Errors.Occurred()) return null;
        }
        long res = IoLibc.lseek(Fd, pos, whence);
        if (_seekable < 0) _seekable = res >= 0 ? 1 : 0;
        if (res < 0)
        {
            int errno = IoLibc.Errno;
            if (suppressPipeError && errno == IoLibc.ESPIPE) res = 0;
            else return Errors.SetFromErrno(errno);
        }
        return PyLong.FromLong(res);
    }

    [PyMethod("seek", TextSignature = "($self, pos, whence=0, /)")]
    static PyObject? Seek(PyFileIO self, PyObject pos, int whence = 0)
    {
        if (self.Fd < 0) return self.ErrClosed();
        return self.PortableLseek(pos, whence, false);
    }

    [PyMethod("tell")]
    static PyObject? Tell(PyFileIO self)
    {
        if (self.Fd < 0) return self.ErrClosed();
        return self.PortableLseek(null, 1, false);
    }

    [PyMethod("truncate", TextSignature = "($self, size=None, /)")]
    static PyObject? Truncate(PyFileIO self, PyObject? size = null)
    {
        if (self.Fd < 0) return self.ErrClosed();
        if (!self._writable) return ErrMode("writing");
        PyObject posobj;
        if (size == null || size == Py.None)
        {
            var p = self.PortableLseek(null, 1, false);
            if (p == null) return null;
            posobj = p;
        }
        else posobj = Py.NewRef(size);
        long pos = Abstract.AsSsize(posobj, PyExc.OverflowError);
        if (pos == -1 && Errors.Occurred()) { Py.DECREF(posobj); return null; }
        if (IoLibc.ftruncate(self.Fd, pos) < 0)
        {
            Py.DECREF(posobj);
            return Errors.SetFromErrno(IoLibc.Errno);
        }
        return posobj;
    }

    internal string ModeString()
    {
        if (_created) return _readable ? "xb+" : "xb";
        if (_appending) return _readable ? "ab+" : "ab";
        if (_readable) return _writable ? "rb+" : "rb";
        return "wb";
    }

    [PyGetter("closed", Doc = "True if the file is closed")] static PyObject? GetClosed(PyFileIO self) => Py.NewBool(self.Fd < 0);
    [PyGetter("closefd", Doc = "True if the file descriptor will be closed by close().")] static PyObject? GetClosefd(PyFileIO self) => Py.NewBool(self._closefd);
    [PyGetter("mode", Doc = "String giving the file mode")] static PyObject? GetMode(PyFileIO self) => PyUnicode.FromString(self.ModeString());
    [PyGetter("_blksize", Doc = "Stat st_blksize if available")] static PyObject? GetBlksize(PyFileIO self) => PyLong.FromLong(self._blksize);
    [PyGetter("_finalizing")] static PyObject? GetFinalizing(PyFileIO self) => Py.NewBool(self.Finalizing);

    [PyMethod("__getstate__")]
    static PyObject? GetState(PyFileIO self) => Errors.SetString(PyExc.TypeError, $"cannot pickle '{self.ob_type.tp_name}' instances");

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject op)
    {
        var self = (PyFileIO)op;
        var typeName = op.ob_type.tp_name;
        if (self.Fd < 0) return PyUnicode.FromString($"<{typeName} [closed]>");
        int r = Abstract.LookupAttr(op, PyUnicode.Intern("name"), out var name);
        if (r < 0) return null;
        string closefd = self._closefd ? "True" : "False";
        if (name == null)
            return PyUnicode.FromString($"<{typeName} fd={self.Fd} mode='{self.ModeString()}' closefd={closefd}>");
        var nameRepr = IoErrors.ReprGuarded(op, name, typeName);
        Py.DECREF(name);
        if (nameRepr == null) return null;
        return PyUnicode.FromString($"<{typeName} name={nameRepr} mode='{self.ModeString()}' closefd={closefd}>");
    }
}
