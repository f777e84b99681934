using System;
using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

/// <summary>
/// posix's struct sequence types (stat_result, statvfs_result, terminal_size, times_result,
/// uname_result) and how each is filled from its C struct. Static types, shared by every
/// interpreter as CPython's static types are; made on first use.
/// </summary>
internal static class PosixTypes
{
    static PyType? s_stat, s_statvfs, s_terminalSize, s_times, s_uname;

    public static PyType StatResult => s_stat ??= PyStructSequence.NewType("os.stat_result",
    [
        new("st_mode", "protection bits"), new("st_ino", "inode"), new("st_dev", "device"),
        new("st_nlink", "number of hard links"), new("st_uid", "user ID of owner"), new("st_gid", "group ID of owner"),
        new("st_size", "total size, in bytes"),
        // The int times are tuple items 7 to 9 only; by name, st_atime and friends are floats.
        StructSeqField.Unnamed, StructSeqField.Unnamed, StructSeqField.Unnamed,
        new("st_atime", "time of last access"), new("st_mtime", "time of last modification"), new("st_ctime", "time of last change"),
        new("st_atime_ns", "time of last access in nanoseconds"), new("st_mtime_ns", "time of last modification in nanoseconds"),
        new("st_ctime_ns", "time of last change in nanoseconds"),
        new("st_blksize", "blocksize for filesystem I/O"), new("st_blocks", "number of blocks allocated"),
        new("st_rdev", "device type (if inode device)"),
    ], 10, StatResultDoc, StatResultNew);

    const string StatResultDoc = "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.";

    /// <summary>statresult_new: a stat_result made from a sequence takes its float times from the int ones when not given.</summary>
    static int StatResultNew(PyStructSequence r)
    {
        for (int i = 0; i < 3; i++)
        {
            if (r.Hidden[i] != Py.None) continue;
            var old = r.Hidden[i];
            r.Hidden[i] = Py.NewRef(r.Items[7 + i]);
            Py.DECREF(old);
        }
        return 0;
    }

    /// <summary>_pystat_fromstructstat.</summary>
    public static PyObject FromStat(in Libc.Stat st)
    {
        var f = new PyObject[19];
        f[0] = PyLong.FromLong(st.st_mode);
        f[1] = FromUnsigned(st.st_ino);
        f[2] = FromUnsigned(st.st_dev);
        f[3] = FromUnsigned(st.st_nlink);
        f[4] = PyLong.FromLong(st.st_uid);
        f[5] = PyLong.FromLong(st.st_gid);
        f[6] = PyLong.FromLong(st.st_size);
        FillTime(f, 7, st.st_atime, st.st_atime_nsec);
        FillTime(f, 8, st.st_mtime, st.st_mtime_nsec);
        FillTime(f, 9, st.st_ctime, st.st_ctime_nsec);
        f[16] = PyLong.FromLong(st.st_blksize);
        f[17] = PyLong.FromLong(st.st_blocks);
        f[18] = FromUnsigned(st.st_rdev);
        return PyStructSequence.New(StatResult, f);
    }

    /// <summary>fill_time: the int seconds (item), the float (attribute) and the nanoseconds.</summary>
    static void FillTime(PyObject[] f, int index, long sec, long nsec)
    {
        f[index] = PyLong.FromLong(sec);
        f[index + 3] = PyFloat.FromDouble(sec + nsec * 1e-9);
        f[index + 6] = PyLong.FromBigInteger(new BigInteger(sec) * 1_000_000_000 + nsec);
    }

    public static PyObject FromUnsigned(ulong v) => v <= long.MaxValue ? PyLong.FromLong((long)v) : PyLong.FromBigInteger(v);

    public static PyType StatVfsResult => s_statvfs ??= PyStructSequence.NewType("os.statvfs_result",
    [
        new("f_bsize"), new("f_frsize"), new("f_blocks"), new("f_bfree"), new("f_bavail"), new("f_files"),
        new("f_ffree"), new("f_favail"), new("f_flag"), new("f_namemax"), new("f_fsid"),
    ], 10, "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.");

    public static PyObject FromStatVfs(in Libc.StatVfs s) => PyStructSequence.New(StatVfsResult,
        FromUnsigned(s.f_bsize), FromUnsigned(s.f_frsize), FromUnsigned(s.f_blocks), FromUnsigned(s.f_bfree),
        FromUnsigned(s.f_bavail), FromUnsigned(s.f_files), FromUnsigned(s.f_ffree), FromUnsigned(s.f_favail),
        FromUnsigned(s.f_flag), FromUnsigned(s.f_namemax), FromUnsigned(s.f_fsid));

    public static PyType TerminalSize => s_terminalSize ??= PyStructSequence.NewType("os.terminal_size",
        [new("columns", "width of the terminal window in characters"), new("lines", "height of the terminal window in characters")],
        doc: "A tuple of (columns, lines) for holding terminal window size");

    public static PyType TimesResult => s_times ??= PyStructSequence.NewType("posix.times_result",
    [
        new("user", "user time"), new("system", "system time"), new("children_user", "user time of children"),
        new("children_system", "system time of children"), new("elapsed", "elapsed time since an arbitrary point in the past"),
    ], doc: "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user, children_system,\nand elapsed.\n\nSee os.times for more information.");

    public static PyType UnameResult => s_uname ??= PyStructSequence.NewType("posix.uname_result",
    [
        new("sysname", "operating system name"), new("nodename", "name of machine on network (implementation-defined)"),
        new("release", "operating system release"), new("version", "operating system version"),
        new("machine", "hardware identifier"),
    ], doc: "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.");
}
