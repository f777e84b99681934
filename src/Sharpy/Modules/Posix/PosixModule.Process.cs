using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

// posix's process functions: ids, signals to processes, waiting, exec, priorities, times.
public static unsafe partial class PosixModule
{
    [PyMethod("getpid")] static long GetPid() => Libc.getpid();
    [PyMethod("getppid")] static long GetPPid() => Libc.getppid();
    [PyMethod("getuid")] static long GetUid() => Libc.getuid();
    [PyMethod("geteuid")] static long GetEUid() => Libc.geteuid();
    [PyMethod("getgid")] static long GetGid() => Libc.getgid();
    [PyMethod("getegid")] static long GetEGid() => Libc.getegid();
    [PyMethod("getpgrp")] static long GetPGrp() => Libc.getpgrp();

    /// <summary>A call that returns -1 and sets errno on failure: its result as an int, or OSError.</summary>
    static PyObject? IntOrErrno(long r) => r < 0 ? Errors.SetFromErrno(Errno) : PyLong.FromLong(r);

    static PyObject? NoneOrErrno(int r) => r != 0 ? Errors.SetFromErrno(Errno) : Py.None;

    [PyMethod("getpgid")] static PyObject? GetPGid([Keyword] int pid) => IntOrErrno(Libc.getpgid(pid));
    [PyMethod("setpgid")] static PyObject? SetPGid(int pid, int pgrp) => NoneOrErrno(Libc.setpgid(pid, pgrp));
    [PyMethod("setpgrp")] static PyObject? SetPGrp() => NoneOrErrno(Libc.setpgid(0, 0));
    [PyMethod("getsid")] static PyObject? GetSid(int pid) => IntOrErrno(Libc.getsid(pid));
    [PyMethod("setsid")] static PyObject? SetSid() => Libc.setsid() < 0 ? Errors.SetFromErrno(Errno) : Py.None;

    static PyObject? SetId(PyObject id, string what, Func<uint, int> call)
    {
        if (!IdConvert(id, what, out uint v)) return null;
        return NoneOrErrno(call(v));
    }

    [PyMethod("setuid")] static PyObject? SetUid(PyObject uid) => SetId(uid, "uid", u => Libc.setuid(u));
    [PyMethod("seteuid")] static PyObject? SetEUid(PyObject euid) => SetId(euid, "uid", u => Libc.seteuid(u));
    [PyMethod("setgid")] static PyObject? SetGid(PyObject gid) => SetId(gid, "gid", g => Libc.setgid(g));
    [PyMethod("setegid")] static PyObject? SetEGid(PyObject egid) => SetId(egid, "gid", g => Libc.setegid(g));

    static PyObject? SetIds(string what, PyObject[] ids, Func<uint[], int> call)
    {
        var v = new uint[ids.Length];
        for (int i = 0; i < ids.Length; i++)
            if (!IdConvert(ids[i], what, out v[i])) return null;
        return NoneOrErrno(call(v));
    }

    [PyMethod("setreuid")] static PyObject? SetREUid(PyObject ruid, PyObject euid) => SetIds("uid", [ruid, euid], v => Libc.setreuid(v[0], v[1]));
    [PyMethod("setregid")] static PyObject? SetREGid(PyObject rgid, PyObject egid) => SetIds("gid", [rgid, egid], v => Libc.setregid(v[0], v[1]));
    [PyMethod("setresuid")] static PyObject? SetRESUid(PyObject ruid, PyObject euid, PyObject suid) => SetIds("uid", [ruid, euid, suid], v => Libc.setresuid(v[0], v[1], v[2]));
    [PyMethod("setresgid")] static PyObject? SetRESGid(PyObject rgid, PyObject egid, PyObject sgid) => SetIds("gid", [rgid, egid, sgid], v => Libc.setresgid(v[0], v[1], v[2]));

    [PyMethod("setgroups")]
    static PyObject? SetGroups(PyObject groups)
    {
        var seq = SeqSupport.Fast(groups, "setgroups argument must be a sequence");
        if (seq == null) return null;
        var items = SeqSupport.FastItems(seq).ToArray();
        Py.DECREF(seq);
        return SetIds("gid", items, v => { fixed (uint* p = v) return Libc.setgroups((nuint)v.Length, p); });
    }

    [PyMethod("tcgetpgrp")] static PyObject? TcGetPgrp(int fd) => IntOrErrno(Libc.tcgetpgrp(fd));
    [PyMethod("tcsetpgrp")] static PyObject? TcSetPgrp(int fd, int pgid) => NoneOrErrno(Libc.tcsetpgrp(fd, pgid));

    [PyMethod("sched_get_priority_max")] static PyObject? SchedGetPriorityMax([Keyword] int policy) => IntOrErrno(Libc.sched_get_priority_max(policy));
    [PyMethod("sched_get_priority_min")] static PyObject? SchedGetPriorityMin([Keyword] int policy) => IntOrErrno(Libc.sched_get_priority_min(policy));
    [PyMethod("sched_getscheduler")] static PyObject? SchedGetScheduler(int pid) => IntOrErrno(Libc.sched_getscheduler(pid));

    [PyMethod("getgroups")]
    static PyObject? GetGroups()
    {
        int n = Libc.getgroups(0, null);
        if (n < 0) return Errors.SetFromErrno(Errno);
        var g = new uint[Math.Max(n, 1)];
        fixed (uint* p = g) n = Libc.getgroups(g.Length, p);
        if (n < 0) return Errors.SetFromErrno(Errno);
        var list = PyList.New(n);
        for (int i = 0; i < n; i++) list.AppendSteal(PyLong.FromLong(g[i]));
        return list;
    }

    [PyMethod("getresuid")]
    static PyObject? GetResUid()
    {
        uint r, e, s;
        if (Libc.getresuid(&r, &e, &s) != 0) return Errors.SetFromErrno(Errno);
        return PyTuple.FromStolen([PyLong.FromLong(r), PyLong.FromLong(e), PyLong.FromLong(s)]);
    }

    [PyMethod("getresgid")]
    static PyObject? GetResGid()
    {
        uint r, e, s;
        if (Libc.getresgid(&r, &e, &s) != 0) return Errors.SetFromErrno(Errno);
        return PyTuple.FromStolen([PyLong.FromLong(r), PyLong.FromLong(e), PyLong.FromLong(s)]);
    }

    [PyMethod("getlogin")]
    static PyObject? GetLogin()
    {
        Marshal.SetLastPInvokeError(0);
        nint p = Libc.getlogin();
        if (p == 0)
        {
            int errno = Errno;
            return errno != 0 ? Errors.SetFromErrno(errno) : Errors.SetString(PyExc.OSError, "unable to determine login name");
        }
        return PosixPath.FsDecode(new ReadOnlySpan<byte>((byte*)p, Libc.StrLen((byte*)p)));
    }

    [PyMethod("kill")]
    static PyObject? Kill(int pid, int signal)
    {
        long delivered = Signals.Delivered;
        if (Libc.kill(pid, signal) != 0) return Errors.SetFromErrno(Errno);
        // A signal sent to this process runs its Python handler before kill() returns.
        if (pid == 0 || pid == Libc.getpid()) Signals.AwaitDelivery(signal, delivered);
        if (Signals.HandlePending() < 0) return null;
        return Py.None;
    }

    [PyMethod("killpg")]
    static PyObject? KillPg(int pgid, int signal) => NoneOrErrno(Libc.killpg(pgid, signal));

    /// <summary>waitpid with the GIL released, retried on EINTR; -1 with an exception set.</summary>
    static int WaitPid(int pid, int* status, int options, Libc.RUsage* ru = null)
    {
        while (true)
        {
            int r;
            int st = 0;
            using (Gil.AllowThreads()) r = ru == null ? Libc.waitpid(pid, &st, options) : Libc.wait4(pid, &st, options, ru);
            *status = st;
            if (r >= 0) return r;
            int errno = Errno;
            if (errno != EINTR) { Errors.SetFromErrno(errno); return -1; }
            if (Signals.HandlePending() < 0) return -1;
        }
    }

    [PyMethod("waitpid")]
    static PyObject? WaitPidMethod(int pid, int options)
    {
        int status;
        int r = WaitPid(pid, &status, options);
        if (r < 0) return null;
        return PyTuple.FromStolen([PyLong.FromLong(r), PyLong.FromLong(status)]);
    }

    [PyMethod("wait")]
    static PyObject? Wait() => WaitPidMethod(-1, 0);

    static PyObject? RUsageResult(int pid, int status, in Libc.RUsage ru)
    {
        // wait3/wait4 return resource.struct_rusage.
        var rus = ResourceModule.NewRUsage(ru);
        return PyTuple.FromStolen([PyLong.FromLong(pid), PyLong.FromLong(status), rus]);
    }

    [PyMethod("wait3")]
    static PyObject? Wait3([Keyword] int options)
    {
        int status;
        Libc.RUsage ru;
        int r = WaitPid(-1, &status, options, &ru);
        return r < 0 ? null : RUsageResult(r, status, ru);
    }

    [PyMethod("wait4")]
    static PyObject? Wait4([Keyword] int pid, [Keyword] int options)
    {
        int status;
        Libc.RUsage ru;
        int r = WaitPid(pid, &status, options, &ru);
        return r < 0 ? null : RUsageResult(r, status, ru);
    }

    [PyMethod("WIFEXITED")] static bool WIfExited([Keyword] int status) => (status & 0x7f) == 0;
    [PyMethod("WEXITSTATUS")] static long WExitStatus([Keyword] int status) => (status >> 8) & 0xff;
    [PyMethod("WIFSIGNALED")] static bool WIfSignaled([Keyword] int status) => (sbyte)((status & 0x7f) + 1) >> 1 > 0;
    [PyMethod("WTERMSIG")] static long WTermSig([Keyword] int status) => status & 0x7f;
    [PyMethod("WIFSTOPPED")] static bool WIfStopped([Keyword] int status) => (status & 0xff) == 0x7f;
    [PyMethod("WSTOPSIG")] static long WStopSig([Keyword] int status) => (status >> 8) & 0xff;
    [PyMethod("WIFCONTINUED")] static bool WIfContinued([Keyword] int status) => status == 0xffff;
    [PyMethod("WCOREDUMP")] static bool WCoreDump(int status) => (status & 0x80) != 0;

    /// <summary>waitstatus_to_exitcode: the exit code, or minus the signal number that killed the process.</summary>
    [PyMethod("waitstatus_to_exitcode")]
    static PyObject? WaitStatusToExitCode([Keyword] int status)
    {
        if (WIfExited(status)) return PyLong.FromLong(WExitStatus(status));
        if (WIfSignaled(status)) return PyLong.FromLong(-WTermSig(status));
        return Errors.SetString(PyExc.ValueError, $"invalid wait status: {status}");
    }

    [PyMethod("_exit")]
    static void Exit([Keyword] int status) => Libc._exit(status);

    /// <summary>abort(): SIGABRT, which faulthandler reports first when enabled (not .NET's FailFast, which prints a .NET stack).</summary>
    [PyMethod("abort")]
    static void Abort() => Faulthandler.FatalErrors.FatalSignal(Faulthandler.FatalErrors.SIGABRT);

    /// <summary>The NUL-terminated encodings of argv's items for exec (a list or tuple of paths).</summary>
    static byte[][]? ExecArgs(PyObject argv, string fname, bool allowEmpty)
    {
        if (argv is not PyList && argv is not PyTuple)
        {
            Errors.SetString(PyExc.TypeError, $"{fname}() arg 2 must be a tuple or list");
            return null;
        }
        var items = SeqSupport.FastItems(argv);
        if (items.Length < 1 && !allowEmpty)
        {
            Errors.SetString(PyExc.ValueError, $"{fname}() arg 2 must not be empty");
            return null;
        }
        var res = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var z = EnvBytes(items[i], fname);
            if (z == null) return null;
            if (i == 0 && z.Length == 0 && !allowEmpty)
            {
                Errors.SetString(PyExc.ValueError, $"{fname}() arg 2 first element cannot be empty");
                return null;
            }
            res[i] = PosixPath.Terminate(z);
        }
        return res;
    }

    /// <summary>Pin each array and build the NULL-terminated char*[] exec wants; free the handles after.</summary>
    static byte** PinArgv(byte[][] args, GCHandle[] handles)
    {
        var argv = (byte**)NativeMemory.Alloc((nuint)(args.Length + 1), (nuint)sizeof(byte*));
        for (int i = 0; i < args.Length; i++)
        {
            handles[i] = GCHandle.Alloc(args[i], GCHandleType.Pinned);
            argv[i] = (byte*)handles[i].AddrOfPinnedObject();
        }
        argv[args.Length] = null;
        return argv;
    }

    static PyObject? Exec(string fname, in PathArg path, PyObject argv, PyObject? env)
    {
        var args = ExecArgs(argv, fname, false);
        if (args == null) return null;
        byte[][]? envs = null;
        if (env != null)
        {
            if (env is not PyDict ed)
            {
                if (Abstract.GetAttr(env, PyUnicode.Intern("keys")) is not { } keys)
                    return null;
                Py.DECREF(keys);
                ed = PyDict.New();
                if (ed.Merge(env, true) < 0) { Py.DECREF(ed); return null; }
                envs = EnvList(ed);
                Py.DECREF(ed);
            }
            else envs = EnvList(ed);
            if (envs == null) return null;
        }
        var z = PosixPath.Encode(path);
        if (z == null) return null;
        var h1 = new GCHandle[args.Length];
        var h2 = new GCHandle[envs?.Length ?? 0];
        byte** a = PinArgv(args, h1);
        byte** e = envs == null ? null : PinArgv(envs, h2);
        int errno;
        fixed (byte* p = z)
        {
            if (e == null) Libc.execv(p, a); else Libc.execve(p, a, e);
            errno = Errno;
        }
        foreach (var h in h1) h.Free();
        foreach (var h in h2) h.Free();
        NativeMemory.Free(a);
        if (e != null) NativeMemory.Free(e);
        return Errors.SetFromErrno(errno);
    }

    /// <summary>parse_envlist: "key=value" for each item of the mapping.</summary>
    static byte[][]? EnvList(PyDict env)
    {
        var list = new System.Collections.Generic.List<byte[]>();
        int pos = 0;
        while (env.Next(ref pos, out var k, out var v))
        {
            var kb = EnvBytes(k, "execve");
            if (kb == null) return null;
            var vb = EnvBytes(v, "execve");
            if (vb == null) return null;
            if (kb.Length == 0 || Array.IndexOf(kb, (byte)'=') >= 0)
            {
                Errors.SetString(PyExc.ValueError, "illegal environment variable name");
                return null;
            }
            var entry = new byte[kb.Length + 1 + vb.Length + 1];
            kb.CopyTo(entry, 0);
            entry[kb.Length] = (byte)'=';
            vb.CopyTo(entry, kb.Length + 1);
            list.Add(entry);
        }
        return list.ToArray();
    }

    [PyMethod("execv")]
    static PyObject? ExecV(PathArg path, PyObject argv) => Exec("execv", path, argv, null);

    [PyMethod("execve")]
    static PyObject? ExecVE([Keyword] PathArg path, [Keyword] PyObject argv, [Keyword] PyObject env) => Exec("execve", path, argv, env);

    [PyMethod("system")]
    static PyObject? SystemMethod([Keyword] PathArg command)
    {
        var z = PosixPath.Encode(command);
        if (z == null) return null;
        int r;
        fixed (byte* p = z) using (Gil.AllowThreads()) r = Libc.system(p);
        return PyLong.FromLong(r);
    }

    [PyMethod("nice")]
    static PyObject? Nice(int increment)
    {
        Marshal.SetLastPInvokeError(0);
        int r = Libc.nice(increment);
        if (r == -1 && Errno != 0) return Errors.SetFromErrno(Errno);
        return PyLong.FromLong(r);
    }

    [PyMethod("getpriority")]
    static PyObject? GetPriority([Keyword] int which, [Keyword] int who)
    {
        Marshal.SetLastPInvokeError(0);
        int r = Libc.getpriority(which, (uint)who);
        if (r == -1 && Errno != 0) return Errors.SetFromErrno(Errno);
        return PyLong.FromLong(r);
    }

    [PyMethod("setpriority")]
    static PyObject? SetPriority([Keyword] int which, [Keyword] int who, [Keyword] int priority)
        => NoneOrErrno(Libc.setpriority(which, (uint)who, priority));

    [PyMethod("times")]
    static PyObject? Times()
    {
        Libc.Tms t;
        long c = Libc.times(&t);
        if (c == -1) return Errors.SetFromErrno(Errno);
        double tick = Libc.sysconf(2); // _SC_CLK_TCK
        return PyStructSequence.New(PosixTypes.TimesResult,
            PyFloat.FromDouble(t.tms_utime / tick), PyFloat.FromDouble(t.tms_stime / tick),
            PyFloat.FromDouble(t.tms_cutime / tick), PyFloat.FromDouble(t.tms_cstime / tick), PyFloat.FromDouble(c / tick));
    }

    [PyMethod("sched_yield")]
    static void SchedYield() => Libc.sched_yield();

    [PyMethod("sched_getaffinity")]
    static PyObject? SchedGetAffinity(int pid)
    {
        const int size = 128;
        byte* mask = stackalloc byte[size];
        if (Libc.sched_getaffinity(pid, size, mask) != 0) return Errors.SetFromErrno(Errno);
        var set = PySet.NewEmpty();
        for (int i = 0; i < size * 8; i++)
        {
            if ((mask[i / 8] & (1 << (i % 8))) == 0) continue;
            var n = PyLong.FromLong(i);
            set.Add(n);
            Py.DECREF(n);
        }
        return set;
    }
}
