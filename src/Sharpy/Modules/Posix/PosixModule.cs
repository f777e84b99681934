using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

/// <summary>
/// The `posix` module (Modules/posixmodule.c), what `os` is built on: libc through
/// P/Invoke (<see cref="Libc"/>), with CPython's names, signatures, errors and Linux
/// behaviour. Files and directories are in PosixModule.Files.cs, processes in
/// PosixModule.Process.cs, the configuration tables in PosixModule.Conf.cs, the integer
/// constants in PosixModule.Constants.cs. `fork` is left out: a forked .NET runtime has
/// none of its other threads, so the child could hang (os.fork is then absent, as on
/// platforms without it, and the stdlib takes its other paths).
/// </summary>
[PyModule("posix", Doc = "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.")]
public static unsafe partial class PosixModule
{
    /// <summary>What posixmodule.c's have_functions lists on Linux: os.py builds supports_fd and friends from it.</summary>
    static readonly string[] HaveFunctions =
    [
        "HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT",
        "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
        "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MEMFD_CREATE", "HAVE_MKDIRAT", "HAVE_MKFIFOAT",
        "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
        "HAVE_UTIMENSAT",
    ];

    public static int InitModule(PyModule m)
    {
        var d = m.Dict;
        d.SetItemString("error", PyExc.OSError);
        var env = ConvertEnviron();
        if (env == null) return -1;
        d.SetItemStringSteal("environ", env);
        var have = PyList.New();
        foreach (var h in HaveFunctions) have.AppendSteal(PyUnicode.FromString(h));
        d.SetItemStringSteal("_have_functions", have);
        d.SetItemString("stat_result", PosixTypes.StatResult);
        d.SetItemString("statvfs_result", PosixTypes.StatVfsResult);
        d.SetItemString("terminal_size", PosixTypes.TerminalSize);
        d.SetItemString("times_result", PosixTypes.TimesResult);
        d.SetItemString("uname_result", PosixTypes.UnameResult);
        d.SetItemString("DirEntry", DirEntry.Type);
        d.SetItemStringSteal("sysconf_names", NamesDict(SysconfNames));
        d.SetItemStringSteal("confstr_names", NamesDict(ConfstrNames));
        d.SetItemStringSteal("pathconf_names", NamesDict(PathconfNames));
        return 0;
    }

    /// <summary>_create_environ(): the process's environment read again (os.reload_environ).</summary>
    [PyMethod("_create_environ")]
    static PyObject? CreateEnviron() => ConvertEnviron();

    /// <summary>convertenviron: a dict of bytes to bytes from the process's environ.</summary>
    static PyDict? ConvertEnviron()
    {
        var d = PyDict.New();
        for (byte** e = Libc.Environ(); e != null && *e != null; e++)
        {
            var entry = new ReadOnlySpan<byte>(*e, Libc.StrLen(*e));
            int eq = entry.IndexOf((byte)'=');
            if (eq < 0) continue;
            var k = PyBytes.FromSpan(entry[..eq]);
            // The first definition of a name wins, as getenv() sees it.
            if (d.GetItemWithError(k) == null)
            {
                var v = PyBytes.FromSpan(entry[(eq + 1)..]);
                d.SetItem(k, v);
                Py.DECREF(v);
            }
            Py.DECREF(k);
        }
        return d;
    }

    /// <summary>PyUnicode_FSConverter for putenv/unsetenv: str (encoded) or bytes.</summary>
    static byte[]? EnvBytes(PyObject o, string fname)
    {
        var p = PathArg.FsPath(o);
        if (p == null) return null;
        byte[]? b = p is PyBytes pb ? pb.Value : PosixPath.EncodeStr(((PyUnicode)p).Value)?[..^1];
        Py.DECREF(p);
        if (b != null && Array.IndexOf(b, (byte)0) >= 0)
        {
            Errors.SetString(PyExc.ValueError, "embedded null byte");
            return null;
        }
        return b;
    }

    [PyMethod("putenv")]
    static PyObject? PutEnv(PyObject name, PyObject value)
    {
        var n = EnvBytes(name, "putenv");
        if (n == null) return null;
        var v = EnvBytes(value, "putenv");
        if (v == null) return null;
        if (Array.IndexOf(n, (byte)'=') >= 0)
            return Errors.SetString(PyExc.ValueError, "illegal environment variable name");
        int r;
        fixed (byte* pn = PosixPath.Terminate(n)) fixed (byte* pv = PosixPath.Terminate(v)) r = Libc.setenv(pn, pv, 1);
        return r != 0 ? Errors.SetFromErrno(Errno) : Py.None;
    }

    [PyMethod("unsetenv")]
    static PyObject? UnsetEnv(PyObject name)
    {
        var n = EnvBytes(name, "unsetenv");
        if (n == null) return null;
        int r;
        fixed (byte* pn = PosixPath.Terminate(n)) r = Libc.unsetenv(pn);
        return r != 0 ? Errors.SetFromErrno(Errno) : Py.None;
    }

    [PyMethod("strerror")]
    static PyObject? StrError(int code) => PyUnicode.FromString(Errors.StrError(code));

    [PyMethod("fspath")]
    static PyObject? FsPath([Keyword] PyObject path) => PathArg.FsPath(path);

    [PyMethod("urandom")]
    static PyObject? URandom(long size)
    {
        if (size < 0) return Errors.SetString(PyExc.ValueError, "negative argument not allowed");
        var b = new byte[size];
        BootstrapHash.URandom(b);
        return PyBytes.FromBytes(b);
    }

    [PyMethod("getrandom")]
    static PyObject? GetRandom([Keyword] long size, [Keyword] int flags = 0)
    {
        if (size < 0) return Errors.SetFromErrno(EINVAL);
        var b = new byte[size];
        nint n = Retry(() => { fixed (byte* p = b) return Libc.getrandom(p, (nuint)b.Length, (uint)flags); });
        return n < 0 ? null : PyBytes.FromSpan(b.AsSpan(0, (int)n));
    }

    const nuint TIOCGWINSZ = 0x5413;

    /// <summary>get_terminal_size(fd=1): the window size of the terminal on fd, as os.terminal_size.</summary>
    [PyMethod("get_terminal_size")]
    static PyObject? GetTerminalSize(int fd = 1)
    {
        Libc.WinSize w;
        if (Libc.ioctl(fd, TIOCGWINSZ, &w) != 0) return Errors.SetFromErrno(Errno);
        return PyStructSequence.New(PosixTypes.TerminalSize, PyLong.FromLong(w.ws_col), PyLong.FromLong(w.ws_row));
    }

    [PyMethod("uname")]
    static PyObject? UName()
    {
        Libc.UtsName u;
        if (Libc.uname(&u) != 0) return Errors.SetFromErrno(Errno);
        PyObject? F(byte* s) => PosixPath.FsDecode(new ReadOnlySpan<byte>(s, Libc.StrLen(s)));
        var f = new PyObject?[] { F(u.sysname), F(u.nodename), F(u.release), F(u.version), F(u.machine) };
        if (Array.IndexOf(f, null) >= 0)
        {
            foreach (var o in f) Py.XDECREF(o);
            return null;
        }
        return PyStructSequence.New(PosixTypes.UnameResult, f!);
    }

    /// <summary>
    /// cpu_count: -X cpu_count's number if given, else the processors online
    /// (sysconf(_SC_NPROCESSORS_ONLN)), not only those this process may use; None if unknown.
    /// </summary>
    [PyMethod("cpu_count")]
    static PyObject? CpuCount()
    {
        if (Interpreter.Config.CpuCount > 0) return PyLong.FromLong(Interpreter.Config.CpuCount);
        long n = Libc.sysconf(84);
        return n >= 1 ? PyLong.FromLong(n) : Py.None;
    }

    [PyMethod("getloadavg")]
    static PyObject? GetLoadAvg()
    {
        double* l = stackalloc double[3];
        if (Libc.getloadavg(l, 3) != 3) return Errors.SetString(PyExc.OSError, "Load averages are unobtainable");
        return PyTuple.FromStolen([PyFloat.FromDouble(l[0]), PyFloat.FromDouble(l[1]), PyFloat.FromDouble(l[2])]);
    }

    [PyMethod("major")]
    static long Major(long device) => (long)((((ulong)device >> 32) & 0xfffff000) | (((ulong)device >> 8) & 0xfff));

    [PyMethod("minor")]
    static long Minor(long device) => (long)((((ulong)device >> 12) & 0xffffff00) | ((ulong)device & 0xff));

    [PyMethod("makedev")]
    static PyObject? MakeDev(int major, int minor)
    {
        uint ma = (uint)major, mi = (uint)minor;
        ulong d = ((ulong)(ma & 0xfffff000) << 32) | ((ulong)(ma & 0xfff) << 8)
                | ((ulong)(mi & 0xffffff00) << 12) | (mi & 0xff);
        return PosixTypes.FromUnsigned(d);
    }

    /// <summary>register_at_fork(*, before, after_in_child, after_in_parent): there is no fork, so the callables are only checked.</summary>
    [PyMethod("register_at_fork")]
    static PyObject? RegisterAtFork([KeywordOnly] PyObject? before = null, [KeywordOnly] PyObject? after_in_child = null, [KeywordOnly] PyObject? after_in_parent = null)
    {
        if (before == null && after_in_child == null && after_in_parent == null)
            return Errors.SetString(PyExc.TypeError, "At least one argument is required.");
        foreach (var (name, f) in new[] { ("before", before), ("after_in_child", after_in_child), ("after_in_parent", after_in_parent) })
            if (f != null && f.ob_type.tp_call == null)
                return Errors.SetString(PyExc.TypeError, $"'{name}' must be callable, not {f.ob_type.tp_name}");
        return Py.None;
    }
}
