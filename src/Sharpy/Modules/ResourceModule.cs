using System.Runtime.InteropServices;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules;

/// <summary>The `resource` module (Modules/resource.c): getrlimit/setrlimit/prlimit and getrusage through libc.</summary>
[PyModule("resource")]
public static unsafe partial class ResourceModule
{
    [StructLayout(LayoutKind.Sequential)]
    struct RLimit
    {
        public ulong rlim_cur, rlim_max;
    }

    [LibraryImport("libc", SetLastError = true)] private static partial int getrlimit(int resource, RLimit* rlim);
    [LibraryImport("libc", SetLastError = true)] private static partial int setrlimit(int resource, RLimit* rlim);
    [LibraryImport("libc", SetLastError = true)] private static partial int prlimit(int pid, int resource, RLimit* newLimit, RLimit* oldLimit);
    [LibraryImport("libc", SetLastError = true)] private static partial int getrusage(int who, Libc.RUsage* usage);
    [LibraryImport("libc")] private static partial int getpagesize();

    const int EPERM = 1, EINVAL = 22;
    // Linux's RLIM_NLIMITS: the resources are 0 .. RLIMIT_RTTIME.
    const int RLIM_NLIMITS = 16;

    [PyConstant] const int RLIMIT_CPU = 0;
    [PyConstant] const int RLIMIT_FSIZE = 1;
    [PyConstant] const int RLIMIT_DATA = 2;
    [PyConstant] const int RLIMIT_STACK = 3;
    [PyConstant] const int RLIMIT_CORE = 4;
    [PyConstant] const int RLIMIT_RSS = 5;
    [PyConstant] const int RLIMIT_NPROC = 6;
    [PyConstant] const int RLIMIT_NOFILE = 7;
    [PyConstant] const int RLIMIT_OFILE = 7;
    [PyConstant] const int RLIMIT_MEMLOCK = 8;
    [PyConstant] const int RLIMIT_AS = 9;
    [PyConstant] const int RLIMIT_SIGPENDING = 11;
    [PyConstant] const int RLIMIT_MSGQUEUE = 12;
    [PyConstant] const int RLIMIT_NICE = 13;
    [PyConstant] const int RLIMIT_RTPRIO = 14;
    [PyConstant] const int RLIMIT_RTTIME = 15;
    [PyConstant] const int RUSAGE_SELF = 0;
    [PyConstant] const int RUSAGE_CHILDREN = -1;
    [PyConstant] const int RUSAGE_THREAD = 1;
    /// <summary>RLIM_INFINITY (all ones) read as a C long, as CPython converts it.</summary>
    [PyConstant] const long RLIM_INFINITY = -1;

    [PyConstant("error")] static PyObject Error => Py.NewRef(PyExc.OSError);

    static PyType? s_rusageType;

    static PyType StructRUsageType => s_rusageType ??= PyStructSequence.NewType("resource.struct_rusage",
    [
        new("ru_utime", "user time used"), new("ru_stime", "system time used"), new("ru_maxrss", "max. resident set size"),
        new("ru_ixrss", "shared memory size"), new("ru_idrss", "unshared data size"), new("ru_isrss", "unshared stack size"),
        new("ru_minflt", "page faults not requiring I/O"), new("ru_majflt", "page faults requiring I/O"),
        new("ru_nswap", "number of swap outs"), new("ru_inblock", "block input operations"),
        new("ru_oublock", "block output operations"), new("ru_msgsnd", "IPC messages sent"),
        new("ru_msgrcv", "IPC messages received"), new("ru_nsignals", "signals received"),
        new("ru_nvcsw", "voluntary context switches"), new("ru_nivcsw", "involuntary context switches"),
    ], doc: "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.");

    [PyConstant("struct_rusage")] static PyObject StructRUsageConst => Py.NewRef(StructRUsageType);

    /// <summary>A resource.struct_rusage of <paramref name="ru"/> (also what os.wait3/wait4 return).</summary>
    internal static PyObject NewRUsage(in Libc.RUsage ru) => PyStructSequence.New(StructRUsageType,
    [
        PyFloat.FromDouble(ru.ru_utime_sec + ru.ru_utime_usec * 0.000001), PyFloat.FromDouble(ru.ru_stime_sec + ru.ru_stime_usec * 0.000001),
        PyLong.FromLong(ru.ru_maxrss), PyLong.FromLong(ru.ru_ixrss), PyLong.FromLong(ru.ru_idrss), PyLong.FromLong(ru.ru_isrss),
        PyLong.FromLong(ru.ru_minflt), PyLong.FromLong(ru.ru_majflt), PyLong.FromLong(ru.ru_nswap), PyLong.FromLong(ru.ru_inblock),
        PyLong.FromLong(ru.ru_oublock), PyLong.FromLong(ru.ru_msgsnd), PyLong.FromLong(ru.ru_msgrcv), PyLong.FromLong(ru.ru_nsignals),
        PyLong.FromLong(ru.ru_nvcsw), PyLong.FromLong(ru.ru_nivcsw),
    ]);

    static int Errno => Marshal.GetLastPInvokeError();

    [PyMethod("getrusage", Doc = "getrusage($module, who, /)\n--\n\n")]
    static PyObject? GetRUsage(int who)
    {
        Libc.RUsage ru;
        if (getrusage(who, &ru) == -1)
        {
            int err = Errno;
            return err == EINVAL ? Errors.SetString(PyExc.ValueError, "invalid who parameter") : Errors.SetFromErrno(err);
        }
        return NewRUsage(ru);
    }

    static bool CheckResource(int resource)
    {
        if (resource >= 0 && resource < RLIM_NLIMITS) return true;
        Errors.SetString(PyExc.ValueError, "invalid resource specified");
        return false;
    }

    /// <summary>
    /// py2rlim: an rlim_t through __index__. -1 is RLIM_INFINITY; any other negative value is a
    /// ValueError (before 3.14 they wrapped around), and one past rlim_t an OverflowError.
    /// </summary>
    static bool ToRLim(PyObject v, out ulong x)
    {
        x = 0;
        var n = Abstract.Index(v);
        if (n == null) return false;
        var big = n.ToBigInteger();
        Py.DECREF(n);
        if (big == -1) { x = ulong.MaxValue; return true; }
        if (big.Sign < 0)
        {
            Errors.SetString(PyExc.ValueError, "Cannot convert negative int");
            return false;
        }
        if (big > ulong.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        x = (ulong)big;
        return true;
    }

    /// <summary>py2rlimit: any sequence of two ints.</summary>
    static bool ToRLimit(PyObject limits, out RLimit rl)
    {
        rl = default;
        var t = PyTuple.FromIterable(limits);
        if (t == null) return false;
        bool ok = false;
        if (t.Count != 2)
            Errors.SetString(PyExc.ValueError, "expected a tuple of 2 integers");
        else if (ToRLim(t.Items[0], out rl.rlim_cur) && ToRLim(t.Items[1], out rl.rlim_max))
            ok = true;
        Py.DECREF(t);
        return ok;
    }

    /// <summary>rlim2py: a limit as an unsigned int, except RLIM_INFINITY, which reads -1.</summary>
    static PyObject FromRLim(ulong v) => v == ulong.MaxValue ? PyLong.FromLong(-1) : PyLong.FromBigInteger(v);

    static PyObject FromRLimit(in RLimit rl) => PyTuple.FromStolen([FromRLim(rl.rlim_cur), FromRLim(rl.rlim_max)]);

    [PyMethod("getrlimit", Doc = "getrlimit($module, resource, /)\n--\n\n")]
    static PyObject? GetRLimit(int resource)
    {
        if (!CheckResource(resource)) return null;
        RLimit rl;
        if (getrlimit(resource, &rl) == -1) return Errors.SetFromErrno(Errno);
        return FromRLimit(rl);
    }

    [PyMethod("setrlimit", Doc = "setrlimit($module, resource, limits, /)\n--\n\n")]
    static PyObject? SetRLimit(int resource, PyObject limits)
    {
        if (!CheckResource(resource)) return null;
        if (!ToRLimit(limits, out var rl)) return null;
        if (setrlimit(resource, &rl) == -1)
        {
            int err = Errno;
            return err switch
            {
                EINVAL => Errors.SetString(PyExc.ValueError, "current limit exceeds maximum limit"),
                EPERM => Errors.SetString(PyExc.ValueError, "not allowed to raise maximum limit"),
                _ => Errors.SetFromErrno(err),
            };
        }
        return Py.None;
    }

    [PyMethod("prlimit", Doc = "prlimit($module, pid, resource, limits=None, /)\n--\n\n")]
    static PyObject? PrLimit(int pid, int resource, PyObject? limits = null)
    {
        if (!CheckResource(resource)) return null;
        limits ??= Py.None;
        RLimit oldLimit, newLimit = default;
        if (limits != Py.None && !ToRLimit(limits, out newLimit)) return null;
        if (prlimit(pid, resource, limits != Py.None ? &newLimit : null, &oldLimit) == -1)
        {
            int err = Errno;
            return err == EINVAL ? Errors.SetString(PyExc.ValueError, "current limit exceeds maximum limit") : Errors.SetFromErrno(err);
        }
        return FromRLimit(oldLimit);
    }

    [PyMethod("getpagesize", Doc = "getpagesize($module, /)\n--\n\n")]
    static int GetPageSize() => getpagesize();
}
