using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>
/// The `_stat` module (Modules/_stat.c): the S_IF*/S_I* mode constants, the file flags,
/// the stat_result indexes, the S_IS* tests, S_IMODE/S_IFMT and filemode, with Linux's
/// values (S_IFDOOR, S_IFPORT and S_IFWHT are 0 there).
/// </summary>
[PyModule("_stat", Doc = "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_SETTABLE: mask of owner changable flags\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: macOS: file is hfs-compressed\nUF_TRACKED: used for dealing with document IDs\nUF_DATAVAULT: entitlement required for reading and writing\nUF_HIDDEN: macOS: file should not be displayed\nSF_SETTABLE: mask of super user changeable flags\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_RESTRICTED: entitlement required for writing\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\nSF_FIRMLINK: file is a firmlink\nSF_DATALESS: file is a dataless object\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n")]
public static partial class StatModule
{
    [PyConstant] const int S_IFDIR = 0x4000;
    [PyConstant] const int S_IFCHR = 0x2000;
    [PyConstant] const int S_IFBLK = 0x6000;
    [PyConstant] const int S_IFREG = 0x8000;
    [PyConstant] const int S_IFIFO = 0x1000;
    [PyConstant] const int S_IFLNK = 0xa000;
    [PyConstant] const int S_IFSOCK = 0xc000;
    [PyConstant] const int S_IFDOOR = 0;
    [PyConstant] const int S_IFPORT = 0;
    [PyConstant] const int S_IFWHT = 0;
    [PyConstant] const int S_ISUID = 0x800;
    [PyConstant] const int S_ISGID = 0x400;
    [PyConstant] const int S_ISVTX = 0x200;
    [PyConstant] const int S_ENFMT = 0x400;
    [PyConstant] const int S_IREAD = 0x100;
    [PyConstant] const int S_IWRITE = 0x80;
    [PyConstant] const int S_IEXEC = 0x40;
    [PyConstant] const int S_IRWXU = 0x1c0;
    [PyConstant] const int S_IRUSR = 0x100;
    [PyConstant] const int S_IWUSR = 0x80;
    [PyConstant] const int S_IXUSR = 0x40;
    [PyConstant] const int S_IRWXG = 0x38;
    [PyConstant] const int S_IRGRP = 0x20;
    [PyConstant] const int S_IWGRP = 0x10;
    [PyConstant] const int S_IXGRP = 0x8;
    [PyConstant] const int S_IRWXO = 0x7;
    [PyConstant] const int S_IROTH = 0x4;
    [PyConstant] const int S_IWOTH = 0x2;
    [PyConstant] const int S_IXOTH = 0x1;

    [PyConstant] const int UF_SETTABLE = 0x0000ffff;
    [PyConstant] const int UF_NODUMP = 0x1;
    [PyConstant] const int UF_IMMUTABLE = 0x2;
    [PyConstant] const int UF_APPEND = 0x4;
    [PyConstant] const int UF_OPAQUE = 0x8;
    [PyConstant] const int UF_NOUNLINK = 0x10;
    [PyConstant] const int UF_COMPRESSED = 0x20;
    [PyConstant] const int UF_TRACKED = 0x40;
    [PyConstant] const int UF_DATAVAULT = 0x80;
    [PyConstant] const int UF_HIDDEN = 0x8000;
    [PyConstant] const long SF_SETTABLE = 0xffff0000;
    [PyConstant] const int SF_ARCHIVED = 0x10000;
    [PyConstant] const int SF_IMMUTABLE = 0x20000;
    [PyConstant] const int SF_APPEND = 0x40000;
    [PyConstant] const int SF_RESTRICTED = 0x80000;
    [PyConstant] const int SF_NOUNLINK = 0x100000;
    [PyConstant] const int SF_SNAPSHOT = 0x200000;
    [PyConstant] const int SF_FIRMLINK = 0x800000;
    [PyConstant] const int SF_DATALESS = 0x40000000;

    [PyConstant] const int ST_MODE = 0;
    [PyConstant] const int ST_INO = 1;
    [PyConstant] const int ST_DEV = 2;
    [PyConstant] const int ST_NLINK = 3;
    [PyConstant] const int ST_UID = 4;
    [PyConstant] const int ST_GID = 5;
    [PyConstant] const int ST_SIZE = 6;
    [PyConstant] const int ST_ATIME = 7;
    [PyConstant] const int ST_MTIME = 8;
    [PyConstant] const int ST_CTIME = 9;

    const int S_IFMT_ = 0xf000;

    /// <summary>_PyLong_AsMode_t: an int that fits mode_t (a C unsigned int).</summary>
    static bool AsMode(PyObject o, out uint mode)
    {
        mode = 0;
        var i = Abstract.Index(o);
        if (i == null) return false;
        var l = (PyLong)i;
        bool fits = l.TryGetLong(out long v);
        Py.DECREF(i);
        if (fits && v < 0)
        {
            Errors.SetString(PyExc.OverflowError, "can't convert negative value to unsigned int");
            return false;
        }
        if (!fits)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C unsigned long");
            return false;
        }
        if (v > uint.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, "mode out of range");
            return false;
        }
        mode = (uint)v;
        return true;
    }

    static PyObject? IsType(PyObject mode, uint type)
        => AsMode(mode, out uint m) ? ArgParse.FromBool((m & S_IFMT_) == type) : null;

    [PyMethod("S_ISDIR", Doc = "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.")]
    static PyObject? S_ISDIR(PyObject mode) => IsType(mode, S_IFDIR);

    [PyMethod("S_ISCHR", Doc = "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file.")]
    static PyObject? S_ISCHR(PyObject mode) => IsType(mode, S_IFCHR);

    [PyMethod("S_ISBLK", Doc = "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file.")]
    static PyObject? S_ISBLK(PyObject mode) => IsType(mode, S_IFBLK);

    [PyMethod("S_ISREG", Doc = "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.")]
    static PyObject? S_ISREG(PyObject mode) => IsType(mode, S_IFREG);

    [PyMethod("S_ISFIFO", Doc = "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe).")]
    static PyObject? S_ISFIFO(PyObject mode) => IsType(mode, S_IFIFO);

    [PyMethod("S_ISLNK", Doc = "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.")]
    static PyObject? S_ISLNK(PyObject mode) => IsType(mode, S_IFLNK);

    [PyMethod("S_ISSOCK", Doc = "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.")]
    static PyObject? S_ISSOCK(PyObject mode) => IsType(mode, S_IFSOCK);

    // Doors, event ports and whiteouts do not exist on Linux.
    [PyMethod("S_ISDOOR", Doc = "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.")]
    static PyObject? S_ISDOOR(PyObject mode) => AsMode(mode, out _) ? ArgParse.FromBool(false) : null;

    [PyMethod("S_ISPORT", Doc = "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.")]
    static PyObject? S_ISPORT(PyObject mode) => AsMode(mode, out _) ? ArgParse.FromBool(false) : null;

    [PyMethod("S_ISWHT", Doc = "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.")]
    static PyObject? S_ISWHT(PyObject mode) => AsMode(mode, out _) ? ArgParse.FromBool(false) : null;

    [PyMethod("S_IMODE", Doc = "Return the portion of the file's mode that can be set by os.chmod().")]
    static PyObject? S_IMODE(PyObject mode) => AsMode(mode, out uint m) ? PyLong.FromLong(m & 0xfff) : null;

    [PyMethod("S_IFMT", Doc = "Return the portion of the file's mode that describes the file type.")]
    static PyObject? S_IFMT(PyObject mode) => AsMode(mode, out uint m) ? PyLong.FromLong(m & S_IFMT_) : null;

    /// <summary>filemode: "-rwxr-xr-x" and friends, with the file type letter first.</summary>
    [PyMethod("filemode", Doc = "Convert a file's mode to a string of the form '-rwxrwxrwx'")]
    static PyObject? FileMode(PyObject mode)
    {
        if (!AsMode(mode, out uint m)) return null;
        var c = new char[10];
        c[0] = (m & S_IFMT_) switch
        {
            S_IFDIR => 'd', S_IFCHR => 'c', S_IFBLK => 'b', S_IFREG => '-', S_IFIFO => 'p',
            S_IFLNK => 'l', S_IFSOCK => 's', _ => '?',
        };
        c[1] = (m & S_IRUSR) != 0 ? 'r' : '-';
        c[2] = (m & S_IWUSR) != 0 ? 'w' : '-';
        c[3] = Exec(m, S_IXUSR, S_ISUID, 's', 'S');
        c[4] = (m & S_IRGRP) != 0 ? 'r' : '-';
        c[5] = (m & S_IWGRP) != 0 ? 'w' : '-';
        c[6] = Exec(m, S_IXGRP, S_ISGID, 's', 'S');
        c[7] = (m & S_IROTH) != 0 ? 'r' : '-';
        c[8] = (m & S_IWOTH) != 0 ? 'w' : '-';
        c[9] = Exec(m, S_IXOTH, S_ISVTX, 't', 'T');
        return PyUnicode.FromString(new string(c));
    }

    static char Exec(uint m, int x, int special, char both, char onlySpecial)
        => (m & special) != 0 ? ((m & x) != 0 ? both : onlySpecial) : ((m & x) != 0 ? 'x' : '-');
}
