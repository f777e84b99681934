using System;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

/// <summary>
/// `posix.DirEntry` (os.scandir's entries): the name and path of one directory entry, its
/// type from the directory listing (d_type) when the filesystem gives it, and its stat and
/// lstat results cached after the first call.
/// </summary>
[PyType("posix.DirEntry")]
public sealed unsafe partial class DirEntry : PyObject
{
    PyObject? _name, _path, _stat, _lstat;
    readonly byte _dType;
    readonly ulong _ino;
    /// <summary>The directory fd when scandir was given one (stat goes through fstatat), else -1.</summary>
    readonly int _dirFd;
    /// <summary>The encoded name and path, for the stat calls.</summary>
    readonly byte[] _nameZ, _pathZ;

    const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;
    const int S_IFMT = 0xf000, S_IFDIR = 0x4000, S_IFREG = 0x8000, S_IFLNK = 0xa000;

    DirEntry(PyObject name, PyObject path, byte dType, ulong ino, int dirFd, byte[] nameZ, byte[] pathZ) : base(Type)
    {
        _name = name;
        _path = path;
        _dType = dType;
        _ino = ino;
        _dirFd = dirFd;
        _nameZ = nameZ;
        _pathZ = pathZ;
    }

    /// <summary>DirEntry_from_posix_info: path is the scandir path joined with the name (just the name for an fd).</summary>
    internal static PyObject? Create(byte[]? dirPath, int dirFd, bool asBytes, ReadOnlySpan<byte> name, byte dType, ulong ino)
    {
        var nameZ = new byte[name.Length + 1];
        name.CopyTo(nameZ);
        byte[] pathZ;
        if (dirPath == null) pathZ = nameZ;
        else
        {
            var dir = dirPath;
            bool sep = dir.Length > 0 && dir[^1] != '/';
            pathZ = new byte[dir.Length + (sep ? 1 : 0) + name.Length + 1];
            dir.CopyTo(pathZ, 0);
            if (sep) pathZ[dir.Length] = (byte)'/';
            name.CopyTo(pathZ.AsSpan(dir.Length + (sep ? 1 : 0)));
        }
        var n = PosixPath.Result(name, asBytes);
        if (n == null) return null;
        var p = PosixPath.Result(pathZ.AsSpan(0, pathZ.Length - 1), asBytes);
        if (p == null) { Py.DECREF(n); return null; }
        return new DirEntry(n, p, dType, ino, dirFd, nameZ, pathZ);
    }

    [PyGetter("name")]
    static PyObject? GetName(DirEntry self) => Py.NewRef(self._name!);

    [PyGetter("path")]
    static PyObject? GetPath(DirEntry self) => Py.NewRef(self._path!);

    [PyMethod("inode")]
    static PyObject? Inode(DirEntry self) => PosixTypes.FromUnsigned(self._ino);

    [PyMethod("__fspath__")]
    static PyObject? FsPath(DirEntry self) => Py.NewRef(self._path!);

    [PySlot("tp_repr")]
    static PyObject? Repr(PyObject self)
    {
        var r = Abstract.ReprString(((DirEntry)self)._name!);
        return r == null ? null : PyUnicode.FromString($"<DirEntry {r}>");
    }

    [PyMethod("__class_getitem__", Class = true, Doc = "See PEP 585")]
    static PyObject? ClassGetItem(PyType cls, PyObject args) => PyGenericAlias.New(cls, args);

    /// <summary>DirEntry_fetch_stat: stat or lstat of the entry, through the directory fd when there is one.</summary>
    PyObject? FetchStat(bool followSymlinks)
    {
        Libc.Stat st;
        int r;
        if (_dirFd != -1)
            fixed (byte* p = _nameZ) r = Libc.fstatat(_dirFd, p, &st, followSymlinks ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        else
            fixed (byte* p = _pathZ) r = followSymlinks ? Libc.stat(p, &st) : Libc.lstat(p, &st);
        if (r != 0) return Errors.SetFromErrnoWithFilenameObject(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), _path);
        return PosixTypes.FromStat(st);
    }

    PyObject? GetLStat()
    {
        if (_lstat == null)
        {
            _lstat = FetchStat(false);
            if (_lstat == null) return null;
        }
        return Py.NewRef(_lstat);
    }

    [PyMethod("stat")]
    static PyObject? StatMethod(DirEntry self, [KeywordOnly] bool follow_symlinks = true)
    {
        if (!follow_symlinks) return self.GetLStat();
        if (self._stat == null)
        {
            int link = self.IsSymlink();
            if (link < 0) return null;
            if (link == 1) self._stat = self.FetchStat(true);
            else self._stat = self.GetLStat();
            if (self._stat == null) return null;
        }
        return Py.NewRef(self._stat);
    }

    /// <summary>1, 0, or -1 with an exception set.</summary>
    int IsSymlink()
    {
        if (_dType != DT_UNKNOWN) return _dType == DT_LNK ? 1 : 0;
        var st = GetLStat();
        if (st == null) return -1;
        int mode = StMode(st);
        Py.DECREF(st);
        return (mode & S_IFMT) == S_IFLNK ? 1 : 0;
    }

    /// <summary>DirEntry_test_mode: is the entry (or its target) of this type? A vanished file is not.</summary>
    PyObject? TestMode(bool followSymlinks, int modeBits)
    {
        bool needStat = _dType == DT_UNKNOWN || (followSymlinks && _dType == DT_LNK);
        if (!needStat) return ArgParse.FromBool(modeBits == S_IFDIR ? _dType == DT_DIR : _dType == DT_REG);
        var st = StatMethod(this, followSymlinks);
        if (st == null)
        {
            if (!Errors.ExceptionMatches(PyExc.FileNotFoundError)) return null;
            Errors.Clear();
            return ArgParse.FromBool(false);
        }
        int mode = StMode(st);
        Py.DECREF(st);
        return ArgParse.FromBool((mode & S_IFMT) == modeBits);
    }

    static int StMode(PyObject st)
    {
        ((PyLong)((PyTuple)st).Items[0]).TryGetLong(out long mode);
        return (int)mode;
    }

    [PyMethod("is_dir")]
    static PyObject? IsDir(DirEntry self, [KeywordOnly] bool follow_symlinks = true) => self.TestMode(follow_symlinks, S_IFDIR);

    [PyMethod("is_file")]
    static PyObject? IsFile(DirEntry self, [KeywordOnly] bool follow_symlinks = true) => self.TestMode(follow_symlinks, S_IFREG);

    [PyMethod("is_symlink")]
    static PyObject? IsSymlinkMethod(DirEntry self)
    {
        int r = self.IsSymlink();
        return r < 0 ? null : ArgParse.FromBool(r == 1);
    }

    [PyMethod("is_junction")]
    static bool IsJunction(DirEntry self) => false;

    protected internal override void Traverse(Visitor visit)
    {
        if (_name != null) visit(_name);
        if (_path != null) visit(_path);
        if (_stat != null) visit(_stat);
        if (_lstat != null) visit(_lstat);
    }

    protected internal override void ReleaseReferences()
    {
        Py.CLEAR(ref _name);
        Py.CLEAR(ref _path);
        Py.CLEAR(ref _stat);
        Py.CLEAR(ref _lstat);
    }
}
