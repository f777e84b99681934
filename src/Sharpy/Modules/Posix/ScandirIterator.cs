using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

/// <summary>
/// `posix.ScandirIterator` (os.scandir's result): reads a directory stream one entry at a
/// time and yields a <see cref="DirEntry"/> for each name but '.' and '..'. A context
/// manager; the stream is closed when exhausted, on close() or when the iterator dies.
/// </summary>
[PyType("posix.ScandirIterator")]
public sealed unsafe partial class ScandirIterator : PyObject
{
    nint _dir;
    /// <summary>The path given to scandir (its str/bytes form), or null for an fd.</summary>
    readonly PyObject? _path;
    /// <summary>The fd given to scandir, or -1.</summary>
    readonly int _fd;
    readonly bool _asBytes;
    /// <summary>The encoded path, joined with each name for DirEntry.path; null for an fd.</summary>
    readonly byte[]? _pathBytes;

    ScandirIterator(nint dir, PyObject? path, byte[]? pathBytes, int fd, bool asBytes) : base(Type)
    {
        _dir = dir;
        _path = path;
        _pathBytes = pathBytes;
        _fd = fd;
        _asBytes = asBytes;
    }

    internal static PyObject? Create(in PathArg p, bool noPath)
    {
        nint dir = PosixModule.OpenDir(p, noPath);
        if (dir == 0) return null;
        PyObject? path = p.IsFd ? null : noPath ? PyUnicode.FromString(".") : PosixPath.Object(p);
        byte[]? pathBytes = p.IsFd ? null : noPath ? [(byte)'.'] : p.Bytes ?? PosixPath.EncodeStr(p.Str!)![..^1];
        return new ScandirIterator(dir, path, pathBytes, p.IsFd ? p.Fd : -1, p.Bytes != null);
    }

    void CloseDir()
    {
        if (_dir == 0) return;
        var d = _dir;
        _dir = 0;
        Libc.closedir(d);
    }

    [PySlot("tp_iter")]
    static PyObject? Iter(PyObject self) => Py.NewRef(self);

    [PySlot("tp_iternext")]
    static PyObject? Next(PyObject self)
    {
        var it = (ScandirIterator)self;
        while (it._dir != 0)
        {
            Marshal.SetLastPInvokeError(0);
            byte* ent = Libc.readdir64(it._dir);
            if (ent == null)
            {
                int errno = Marshal.GetLastPInvokeError();
                it.CloseDir();
                if (errno != 0)
                {
                    if (it._path != null) return Errors.SetFromErrnoWithFilenameObject(errno, it._path);
                    return Errors.SetFromErrno(errno);
                }
                return null;
            }
            var name = PosixModule.DirentName(ent);
            if (PosixModule.IsDotOrDotDot(name)) continue;
            return DirEntry.Create(it._pathBytes, it._fd, it._asBytes, name, PosixModule.DirentType(ent), PosixModule.DirentIno(ent));
        }
        return null;
    }

    /// <summary>ScandirIterator_finalize: an iterator dropped before its end closes its stream and
    /// warns "unclosed scandir iterator" (a ResourceWarning); the exception being handled is kept.</summary>
    [PySlot("tp_finalize")]
    static void Finalize(PyObject op)
    {
        var it = (ScandirIterator)op;
        if (it._dir == 0) return;
        var saved = Errors.GetRaisedException();
        it.CloseDir();
        var repr = Abstract.ReprString(op);
        if (repr == null || Warnings.WarnWithSource(PyExc.ResourceWarning, "unclosed scandir iterator " + repr, 1, op) < 0)
        {
            // Spurious errors can appear at shutdown.
            if (Errors.ExceptionMatches(PyExc.Warning)) Interpreter.WriteUnraisable("while finalizing scandir iterator", op);
            Errors.Clear();
        }
        Errors.SetRaisedException(saved);
    }

    [PyMethod("close")]
    static void Close(ScandirIterator self) => self.CloseDir();

    [PyMethod("__enter__")]
    static PyObject? Enter(ScandirIterator self) => Py.NewRef(self);

    [PyMethod("__exit__")]
    static void Exit(ScandirIterator self, [VarArgs] PyTuple args) => self.CloseDir();

    protected internal override void ReleaseReferences()
    {
        CloseDir();
        if (_path != null) Py.DECREF(_path);
    }
}
