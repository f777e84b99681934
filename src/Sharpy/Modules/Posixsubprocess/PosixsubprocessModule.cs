using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Sharpy.Modules.Posix;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posixsubprocess;

/// <summary>
/// The `_posixsubprocess` module (Modules/_posixsubprocess.c): fork_exec, with 3.14's
/// arguments, for subprocess.Popen. CPython forks and runs the child's set-up (close the
/// parent's pipe ends, dup the standard fds, chdir, umask, signals, setsid, setpgid, close_fds,
/// exec along the PATH list) in C before exec. A .NET process may not run managed code in a
/// forked child (the runtime's other threads are gone and may hold its locks), so each step is
/// expressed as a posix_spawn file action or attribute that glibc performs in its vfork-style
/// child (<see cref="Spawn"/>), and the steps that can fail are checked in the parent first so
/// that errors carry the blame CPython's child gives them. A failure is reported through the
/// errpipe exactly as CPython's child reports it ("OSError:hex-errno:noexec" and friends),
/// which subprocess.py turns into the same exception. What posix_spawn cannot do raises
/// NotImplementedError: a preexec_fn other than os.setsid or os.setpgrp (which map onto
/// setsid and setpgid), and uid, gid or extra_groups that differ from the process's own.
/// </summary>
[PyModule("_posixsubprocess", Doc = "A POSIX helper for the subprocess module.")]
public static unsafe partial class PosixsubprocessModule
{
    const int EBADF = 9, ENOENT = 2, ENOTDIR = 20;
    const int F_GETFD = 1, F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1;
    const int O_PATH = 0x200000, O_DIRECTORY = 0x10000, O_CLOEXEC = 0x80000;
    const int X_OK = 1, F_OK = 0;
    const int SIGPIPE = 13, SIGXFSZ = 25;
    /// <summary>NGROUPS_MAX on Linux.</summary>
    const int MaxGroups = 65536;

    /// <summary>
    /// The pid fork_exec returns when no stand-in child could be started either. It is above
    /// Linux's PID_MAX_LIMIT (2**22), so subprocess's os.waitpid on it fails with
    /// ChildProcessError, which it accepts after a failure report.
    /// </summary>
    const int NoChildPid = int.MaxValue;

    [PyMethod("fork_exec", Doc = "Spawn a fresh new child process.\n\nFork a child process, close parent file descriptors as appropriate in the\nchild and duplicate the few that are needed before calling exec() in the\nchild process.\n\nIf close_fds is True, close file descriptors 3 and higher, except those listed\nin the sorted tuple pass_fds.\n\nThe preexec_fn, if supplied, will be called immediately before closing file\ndescriptors and exec.\n\nWARNING: preexec_fn is NOT SAFE if your application uses threads.\n         It may trigger infrequent, difficult to debug deadlocks.\n\nIf an error occurs in the child process before the exec, it is\nserialized and written to the errpipe_write fd per subprocess.py.\n\nReturns: the child process's PID.\n\nRaises: Only on an error in the parent process.",
        TextSignature = "($module, args, executable_list, close_fds, pass_fds, cwd, env,\n          p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,\n          errpipe_read, errpipe_write, restore_signals, call_setsid,\n          pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, /)")]
    static PyObject? ForkExec(PyObject args, PyObject executable_list, bool close_fds, PyTuple pass_fds,
        PyObject cwd, PyObject env, int p2cread, int p2cwrite, int c2pread, int c2pwrite, int errread, int errwrite,
        int errpipe_read, int errpipe_write, bool restore_signals, bool call_setsid, int pgid_to_set,
        PyObject gid, PyObject extra_groups, PyObject uid, int child_umask, PyObject preexec_fn)
    {
        if (close_fds && errpipe_write < 3)
            return Errors.SetString(PyExc.ValueError, "errpipe_write must be >= 3");
        var keep = FdsToKeep(pass_fds);
        if (keep == null)
            return Errors.SetString(PyExc.ValueError, "bad value(s) in fds_to_keep");
        var exec = BytesToCharpArray(executable_list);
        if (exec == null) return null;
        byte[][]? argv = null;
        if (args != Py.None)
        {
            argv = ConvertArgs(args);
            if (argv == null) return null;
        }
        byte[][]? envp = null;
        if (env != Py.None)
        {
            envp = BytesToCharpArray(env);
            if (envp == null) return null;
        }
        byte[]? cwdBytes = null;
        if (cwd != Py.None)
        {
            cwdBytes = FsConvert(cwd);
            if (cwdBytes == null) return null;
        }
        uint[]? groups = null;
        if (extra_groups != Py.None)
        {
            groups = ConvertGroups(extra_groups);
            if (groups == null) return null;
        }
        uint g = uint.MaxValue, u = uint.MaxValue;
        if (gid != Py.None && !PosixModule.IdConvert(gid, "gid", out g)) return null;
        if (uid != Py.None && !PosixModule.IdConvert(uid, "uid", out u)) return null;

        if (preexec_fn != Py.None)
        {
            int known = KnownPreexec(preexec_fn);
            if (known < 0) return null;
            if (known == 0)
                return Errors.SetString(PyExc.NotImplementedError,
                    "preexec_fn is not supported by Sharpy: a .NET process cannot run Python code between fork and exec "
                    + "(os.setsid and os.setpgrp are accepted; use start_new_session or process_group for those)");
            if (known == 1) call_setsid = true; else pgid_to_set = 0;
        }
        if (!SameIds(g, u, groups)) return null;

        var c = new Child
        {
            Exec = exec, Argv = argv, Envp = envp, Cwd = cwdBytes, Keep = keep, CloseFds = close_fds,
            P2CRead = p2cread, P2CWrite = p2cwrite, C2PRead = c2pread, C2PWrite = c2pwrite,
            ErrRead = errread, ErrWrite = errwrite, ErrpipeRead = errpipe_read, ErrpipeWrite = errpipe_write,
            RestoreSignals = restore_signals, CallSetsid = call_setsid, Pgid = pgid_to_set, Umask = child_umask,
        };
        int pid = c.Start(out int errno, out string blame);
        if (pid > 0) return PyLong.FromLong(pid);
        if (pid < 0) return Errors.SetFromErrno(errno);
        ReportToErrpipe(errpipe_write, errno, blame);
        return PyLong.FromLong(StandInChild());
    }

    static readonly byte[] s_sh = "/bin/sh\0"u8.ToArray();
    static readonly byte[][] s_exit255 = ["sh\0"u8.ToArray(), "-c\0"u8.ToArray(), "exit 255\0"u8.ToArray()];

    /// <summary>
    /// When the child cannot be started, posix_spawn has already reaped it; CPython's child
    /// instead writes its report and exits with status 255, which subprocess then reaps as
    /// the Popen's return code. A shell that exits 255 stands in for it, so subprocess sees
    /// the same (and __del__ finds no child left running). Its pid, or NoChildPid.
    /// </summary>
    static int StandInChild()
    {
        Spawn.FileActions fa;
        if (Spawn.posix_spawn_file_actions_init(&fa) != 0) return NoChildPid;
        var handles = new GCHandle[s_exit255.Length];
        var argv = stackalloc byte*[s_exit255.Length + 1];
        for (int i = 0; i < s_exit255.Length; i++)
        {
            handles[i] = GCHandle.Alloc(s_exit255[i], GCHandleType.Pinned);
            argv[i] = (byte*)handles[i].AddrOfPinnedObject();
        }
        argv[s_exit255.Length] = null;
        int pid = 0, e = Spawn.posix_spawn_file_actions_addclosefrom_np(&fa, 3);
        if (e == 0)
            fixed (byte* sh = s_sh) e = Spawn.posix_spawn(&pid, sh, &fa, null, argv, Libc.Environ());
        foreach (var h in handles) h.Free();
        Spawn.posix_spawn_file_actions_destroy(&fa);
        return e == 0 ? pid : NoChildPid;
    }

    /// <summary>What the child's set-up is asked to do, and the spawning of it.</summary>
    sealed class Child
    {
        public required byte[][] Exec;
        public byte[][]? Argv, Envp;
        public byte[]? Cwd;
        public required int[] Keep;
        public bool CloseFds, RestoreSignals, CallSetsid;
        public int P2CRead, P2CWrite, C2PRead, C2PWrite, ErrRead, ErrWrite, ErrpipeRead, ErrpipeWrite, Pgid, Umask;

        /// <summary>Descriptors the parent opened for the set-up (close-on-exec), closed after the spawn.</summary>
        readonly List<int> _temps = [];

        /// <summary>
        /// Spawn the child: its pid; 0 when the child's set-up or exec failed (errno and the
        /// errpipe blame: "noexec", "noexec:chdir" or "" for exec); -1 when the parent failed
        /// (errno set, no child).
        /// </summary>
        public int Start(out int errno, out string blame)
        {
            Spawn.FileActions fa;
            Spawn.Attr attr;
            errno = Spawn.posix_spawn_file_actions_init(&fa);
            blame = "noexec";
            if (errno != 0) return -1;
            errno = Spawn.posix_spawnattr_init(&attr);
            if (errno != 0)
            {
                Spawn.posix_spawn_file_actions_destroy(&fa);
                return -1;
            }
            try
            {
                errno = Prepare(&fa, &attr, out blame, out bool parentFailure);
                if (errno != 0) return parentFailure ? -1 : 0;
                blame = "";
                return Run(&fa, &attr, out errno);
            }
            finally
            {
                foreach (int fd in _temps) Libc.close(fd);
                Spawn.posix_spawnattr_destroy(&attr);
                Spawn.posix_spawn_file_actions_destroy(&fa);
            }
        }

        /// <summary>Fill the file actions and attributes in child_exec's order; an errno (and its blame) if a step fails.</summary>
        int Prepare(Spawn.FileActions* fa, Spawn.Attr* attr, out string blame, out bool parentFailure)
        {
            blame = "noexec";
            parentFailure = false;
            int e;
            // The parent's pipe ends.
            foreach (int fd in (ReadOnlySpan<int>)[P2CWrite, C2PRead, ErrRead, ErrpipeRead])
            {
                if (fd == -1) continue;
                if (!IsOpen(fd)) return EBADF;
                if ((e = Spawn.posix_spawn_file_actions_addclose(fa, fd)) != 0) { parentFailure = true; return e; }
            }
            // pass_fds, then the standard fds; every target loses close-on-exec. errpipe_write
            // stays close-on-exec: it must close when exec succeeds.
            foreach (int fd in Keep)
            {
                if (fd != ErrpipeWrite && (e = DupTo(fa, fd, fd, overwritten: false)) != 0) return e;
            }
            int targetsDone = 0;
            foreach (var (fd, target) in (ReadOnlySpan<(int, int)>)[(P2CRead, 0), (C2PWrite, 1), (ErrWrite, 2)])
            {
                if (fd == -1) continue;
                // A source among the standard fds already replaced (c2pwrite 0, errwrite 0 or 1).
                bool overwritten = fd < 3 && (targetsDone & 1 << fd) != 0;
                if ((e = DupTo(fa, fd, target, overwritten)) != 0) return e;
                targetsDone |= 1 << target;
            }
            if (Cwd != null)
            {
                int dir;
                fixed (byte* p = Cwd) dir = Libc.openat(Libc.AT_FDCWD, p, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
                if (dir < 0) { blame = "noexec:chdir"; return Marshal.GetLastPInvokeError(); }
                _temps.Add(dir);
                int r;
                fixed (byte* p = Cwd) r = Libc.faccessat(Libc.AT_FDCWD, p, X_OK, Libc.AT_EACCESS);
                if (r != 0) { blame = "noexec:chdir"; return Marshal.GetLastPInvokeError(); }
                if ((e = Spawn.posix_spawn_file_actions_addfchdir_np(fa, dir)) != 0) { parentFailure = true; return e; }
            }
            if (CloseFds && (e = AddCloseFds(fa)) != 0) { parentFailure = true; return e; }

            short flags = 0;
            if (RestoreSignals)
            {
                // _Py_RestoreSignals: the signals Python ignores at start-up get their default action back.
                Spawn.SigSet set;
                Spawn.sigemptyset(&set);
                Spawn.sigaddset(&set, SIGPIPE);
                Spawn.sigaddset(&set, SIGXFSZ);
                if ((e = Spawn.posix_spawnattr_setsigdefault(attr, &set)) != 0) { parentFailure = true; return e; }
                flags |= Spawn.POSIX_SPAWN_SETSIGDEF;
            }
            if (CallSetsid) flags |= Spawn.POSIX_SPAWN_SETSID;
            if (Pgid >= 0)
            {
                if ((e = Spawn.posix_spawnattr_setpgroup(attr, Pgid)) != 0) { parentFailure = true; return e; }
                flags |= Spawn.POSIX_SPAWN_SETPGROUP;
            }
            if ((e = Spawn.posix_spawnattr_setflags(attr, flags)) != 0) { parentFailure = true; return e; }
            return 0;
        }

        /// <summary>
        /// Make the child's <paramref name="target"/> an inheritable copy of <paramref name="fd"/>.
        /// A dup2 onto another fd clears close-on-exec by itself. The source goes through a
        /// close-on-exec copy made here only when an earlier dup2 replaced it, or when it is its
        /// own target and close-on-exec: the parent then needs no spare descriptor in the
        /// common case (test_no_leaking spawns with a few fds left).
        /// </summary>
        int DupTo(Spawn.FileActions* fa, int fd, int target, bool overwritten)
        {
            // A source that is not open fails here, as CPython's child fails its dup2 (EBADF, no filename).
            int fl = Libc.fcntl(fd, F_GETFD, 0);
            if (fl < 0) return Marshal.GetLastPInvokeError();
            if (!overwritten)
            {
                if (fd != target) return Spawn.posix_spawn_file_actions_adddup2(fa, fd, target);
                if ((fl & FD_CLOEXEC) == 0) return 0;
            }
            int copy = Libc.fcntl(fd, F_DUPFD_CLOEXEC, 3);
            if (copy < 0) return Marshal.GetLastPInvokeError();
            _temps.Add(copy);
            return Spawn.posix_spawn_file_actions_adddup2(fa, copy, target);
        }

        /// <summary>
        /// close_fds: close 3 and up except the fds to keep. The gaps below the highest kept fd
        /// are closed one by one (only the inheritable ones: the rest close at exec anyway),
        /// the rest with one closefrom.
        /// </summary>
        int AddCloseFds(Spawn.FileActions* fa)
        {
            int start = 3, e;
            foreach (int k in Keep)
            {
                for (int fd = start; fd < k; fd++)
                {
                    int fl = Libc.fcntl(fd, F_GETFD, 0);
                    if (fl < 0 || (fl & FD_CLOEXEC) != 0) continue;
                    if ((e = Spawn.posix_spawn_file_actions_addclose(fa, fd)) != 0) return e;
                }
                start = Math.Max(start, k + 1);
            }
            return Spawn.posix_spawn_file_actions_addclosefrom_np(fa, start);
        }

        /// <summary>
        /// Exec along the list as child_exec does: the first executable that starts wins; the
        /// error reported is the first that is not ENOENT or ENOTDIR, else the last.
        /// </summary>
        int Run(Spawn.FileActions* fa, Spawn.Attr* attr, out int errno)
        {
            var handles = new List<GCHandle>();
            byte** argv = null, envp = null;
            uint oldUmask = 0;
            try
            {
                argv = Pin(Argv, handles);
                envp = Pin(Envp, handles);
                int pid = 0, saved = 0;
                // posix_spawn has no umask action: the child inherits the parent's, set only
                // for the spawn. The GIL stays held then, so no Python thread sees it.
                if (Umask >= 0)
                {
                    oldUmask = Libc.umask((uint)Umask);
                    errno = SpawnAlongList(fa, attr, argv, envp, &pid, &saved);
                    Libc.umask(oldUmask);
                }
                else
                {
                    using (Gil.AllowThreads()) errno = SpawnAlongList(fa, attr, argv, envp, &pid, &saved);
                }
                if (errno == 0) return pid;
                if (saved != 0) errno = saved;
                return 0;
            }
            finally
            {
                foreach (var h in handles) h.Free();
                if (argv != null) NativeMemory.Free(argv);
                if (envp != null) NativeMemory.Free(envp);
            }
        }

        int SpawnAlongList(Spawn.FileActions* fa, Spawn.Attr* attr, byte** argv, byte** envp, int* pid, int* saved)
        {
            int errno = 0;
            foreach (var exe in Exec)
            {
                fixed (byte* path = exe)
                {
                    // An absolute path that does not exist fails the same in the child: no spawn
                    // (each costs a process) for the PATH entries before the one that holds it.
                    if (exe.Length > 0 && exe[0] == (byte)'/' && Libc.faccessat(Libc.AT_FDCWD, path, F_OK, 0) != 0
                        && Marshal.GetLastPInvokeError() is ENOENT or ENOTDIR)
                    {
                        errno = Marshal.GetLastPInvokeError();
                        continue;
                    }
                    errno = Spawn.posix_spawn(pid, path, fa, attr, argv, envp != null ? envp : Libc.Environ());
                }
                if (errno == 0) break;
                if (errno != ENOENT && errno != ENOTDIR && *saved == 0) *saved = errno;
            }
            return errno;
        }

        static byte** Pin(byte[][]? items, List<GCHandle> handles)
        {
            if (items == null) return null;
            var a = (byte**)NativeMemory.Alloc((nuint)(items.Length + 1), (nuint)sizeof(byte*));
            for (int i = 0; i < items.Length; i++)
            {
                var h = GCHandle.Alloc(items[i], GCHandleType.Pinned);
                handles.Add(h);
                a[i] = (byte*)h.AddrOfPinnedObject();
            }
            a[items.Length] = null;
            return a;
        }
    }

    static bool IsOpen(int fd) => Libc.fcntl(fd, F_GETFD, 0) >= 0;

    /// <summary>What CPython's child writes to the errpipe when it fails: "OSError:hex-errno:blame".</summary>
    static void ReportToErrpipe(int fd, int errno, string blame)
    {
        var msg = System.Text.Encoding.ASCII.GetBytes(errno != 0 ? $"OSError:{errno:x}:{blame}" : "SubprocessError:0:");
        fixed (byte* p = msg)
        {
            nint done = 0;
            while (done < msg.Length)
            {
                nint n = Libc.write(fd, p + done, (nuint)(msg.Length - done));
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == 4) continue;
                    return;
                }
                done += n;
            }
        }
    }

    /// <summary>_sanity_check_python_fd_sequence: ints, non-negative, strictly increasing, within int; null otherwise.</summary>
    static int[]? FdsToKeep(PyTuple fds)
    {
        var items = fds.Items;
        var res = new int[items.Length];
        long prev = -1;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not PyLong l || !l.TryGetLong(out long fd)) return null;
            if (fd < 0 || fd <= prev || fd > int.MaxValue) return null;
            res[i] = (int)fd;
            prev = fd;
        }
        return res;
    }

    /// <summary>_PySequence_BytesToCharpArray: the NUL-terminated bytes of each item of a sequence of bytes.</summary>
    static byte[][]? BytesToCharpArray(PyObject seq)
    {
        long n = Abstract.Length(seq);
        if (n < 0) return null;
        var res = new byte[n][];
        for (long i = 0; i < n; i++)
        {
            var item = Abstract.SequenceGetItem(seq, i);
            if (item == null) return null;
            if (item is not PyBytes b)
            {
                Errors.SetString(PyExc.TypeError, $"expected bytes, {item.ob_type.tp_name} found");
                Py.DECREF(item);
                return null;
            }
            var v = b.Value;
            Py.DECREF(item);
            if (Array.IndexOf(v, (byte)0) >= 0)
            {
                Errors.SetString(PyExc.ValueError, "embedded null byte");
                return null;
            }
            res[i] = PosixPath.Terminate(v);
        }
        return res;
    }

    /// <summary>tuple(PyUnicode_FSConverter(arg) for arg in args), with "argv must be a tuple" for a non-sequence.</summary>
    static byte[][]? ConvertArgs(PyObject args)
    {
        var fast = SeqSupport.Fast(args, "argv must be a tuple");
        if (fast == null) return null;
        try
        {
            var items = SeqSupport.FastItems(fast);
            var res = new byte[items.Length][];
            for (int i = 0; i < items.Length; i++)
            {
                var z = FsConvert(items[i]);
                if (z == null) return null;
                res[i] = z;
            }
            return res;
        }
        finally { Py.DECREF(fast); }
    }

    /// <summary>PyUnicode_FSConverter: str (encoded with surrogateescape), bytes or os.PathLike, NUL-terminated.</summary>
    static byte[]? FsConvert(PyObject o)
    {
        var p = PathArg.FsPath(o);
        if (p == null) return null;
        byte[]? z = p is PyBytes b ? PosixPath.Terminate(b.Value) : PosixPath.EncodeStr(((PyUnicode)p).Value);
        Py.DECREF(p);
        if (z != null && Array.IndexOf(z, (byte)0) < z.Length - 1)
        {
            Errors.SetString(PyExc.ValueError, "embedded null byte");
            return null;
        }
        return z;
    }

    static uint[]? ConvertGroups(PyObject groups)
    {
        if (groups is not PyList list)
        {
            Errors.SetString(PyExc.TypeError, "setgroups argument must be a list");
            return null;
        }
        if (list.Count > MaxGroups)
        {
            Errors.SetString(PyExc.ValueError, "too many extra_groups");
            return null;
        }
        var res = new uint[list.Count];
        for (int i = 0; i < res.Length; i++)
        {
            var item = list.Items[i];
            if (item is not PyLong)
            {
                Errors.SetString(PyExc.TypeError, "extra_groups must be integers");
                return null;
            }
            if (!PosixModule.IdConvert(item, "gid", out res[i]))
            {
                Errors.Clear();
                Errors.SetString(PyExc.ValueError, "invalid group id");
                return null;
            }
        }
        return res;
    }

    /// <summary>
    /// posix_spawn cannot change credentials, so uid, gid and extra_groups are accepted only
    /// when they are what the child would have anyway; false with NotImplementedError otherwise.
    /// </summary>
    static bool SameIds(uint gid, uint uid, uint[]? groups)
    {
        bool same = true;
        if (gid != uint.MaxValue)
        {
            uint r, e, s;
            Libc.getresgid(&r, &e, &s);
            same &= r == gid && e == gid && s == gid;
        }
        if (uid != uint.MaxValue)
        {
            uint r, e, s;
            Libc.getresuid(&r, &e, &s);
            same &= r == uid && e == uid && s == uid;
        }
        if (groups != null)
        {
            int n = Libc.getgroups(0, null);
            var cur = new uint[Math.Max(n, 1)];
            fixed (uint* p = cur) n = Libc.getgroups(cur.Length, p);
            var want = new HashSet<uint>(groups);
            same &= n >= 0 && want.SetEquals(cur.AsSpan(0, Math.Max(n, 0)).ToArray());
        }
        if (!same)
            Errors.SetString(PyExc.NotImplementedError,
                "user, group and extra_groups other than the current ones are not supported by Sharpy "
                + "(the child is started with posix_spawn, which cannot change credentials)");
        return same;
    }

    /// <summary>A preexec_fn posix_spawn can honour: 1 for os.setsid, 2 for os.setpgrp, 0 for any other, -1 on error.</summary>
    static int KnownPreexec(PyObject fn)
    {
        var posix = Import.ImportModule("posix");
        if (posix == null) return -1;
        try
        {
            foreach (var (name, kind) in (ReadOnlySpan<(string, int)>)[("setsid", 1), ("setpgrp", 2)])
            {
                if (Abstract.LookupAttr(posix, PyUnicode.Intern(name), out var f) < 0) return -1;
                Py.XDECREF(f);
                if (f == fn) return kind;
            }
            return 0;
        }
        finally { Py.DECREF(posix); }
    }
}
