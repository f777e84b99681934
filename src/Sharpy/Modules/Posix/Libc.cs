using System;
using System.Runtime.InteropServices;

namespace Sharpy.Modules.Posix;

/// <summary>
/// The libc functions the posix module calls (Linux x86-64, glibc 2.33 or later for the
/// stat family). Each sets errno on failure: read it with Marshal.GetLastPInvokeError()
/// straight after the call. Paths are NUL-terminated bytes (<see cref="PosixPath"/>).
/// </summary>
internal static unsafe partial class Libc
{
    const string L = "libc";

    /// <summary>struct stat on x86-64 (144 bytes).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Stat
    {
        public ulong st_dev, st_ino, st_nlink;
        public uint st_mode, st_uid, st_gid;
        int _pad0;
        public ulong st_rdev;
        public long st_size, st_blksize, st_blocks;
        public long st_atime, st_atime_nsec, st_mtime, st_mtime_nsec, st_ctime, st_ctime_nsec;
        long _r0, _r1, _r2;
    }

    /// <summary>struct statvfs on x86-64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct StatVfs
    {
        public ulong f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid, f_flag, f_namemax;
        fixed int _spare[6];
    }

    /// <summary>struct utsname (Linux: six 65-byte fields).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct UtsName
    {
        public fixed byte sysname[65], nodename[65], release[65], version[65], machine[65], domainname[65];
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort ws_row, ws_col, ws_xpixel, ws_ypixel;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeSpec
    {
        public long tv_sec, tv_nsec;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct Tms
    {
        public long tms_utime, tms_stime, tms_cutime, tms_cstime;
    }

    /// <summary>struct rusage (wait4): two timevals then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct RUsage
    {
        public long ru_utime_sec, ru_utime_usec, ru_stime_sec, ru_stime_usec;
        public long ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, ru_minflt, ru_majflt, ru_nswap,
            ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
    }

    /// <summary>struct iovec.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct IoVec
    {
        public byte* iov_base;
        public nuint iov_len;
    }

    public const int AT_FDCWD = -100;
    public const int AT_SYMLINK_NOFOLLOW = 0x100;
    public const int AT_REMOVEDIR = 0x200;
    public const int AT_SYMLINK_FOLLOW = 0x400;
    public const int AT_EACCESS = 0x200;
    public const long UTIME_NOW = (1L << 30) - 1, UTIME_OMIT = (1L << 30) - 2;

    // ---- files ----
    [LibraryImport(L, SetLastError = true)] public static partial int stat(byte* path, Stat* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int lstat(byte* path, Stat* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int fstat(int fd, Stat* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int fstatat(int dirfd, byte* path, Stat* buf, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int statvfs(byte* path, StatVfs* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int fstatvfs(int fd, StatVfs* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int openat(int dirfd, byte* path, int flags, int mode);
    [LibraryImport(L, SetLastError = true)] public static partial int close(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial nint read(int fd, byte* buf, nuint count);
    [LibraryImport(L, SetLastError = true)] public static partial nint write(int fd, byte* buf, nuint count);
    [LibraryImport(L, SetLastError = true)] public static partial nint pread(int fd, byte* buf, nuint count, long offset);
    [LibraryImport(L, SetLastError = true)] public static partial nint pwrite(int fd, byte* buf, nuint count, long offset);
    [LibraryImport(L, SetLastError = true)] public static partial nint readv(int fd, IoVec* iov, int iovcnt);
    [LibraryImport(L, SetLastError = true)] public static partial nint writev(int fd, IoVec* iov, int iovcnt);
    [LibraryImport(L, SetLastError = true)] public static partial long lseek(int fd, long offset, int whence);
    [LibraryImport(L, SetLastError = true)] public static partial int ftruncate(int fd, long length);
    [LibraryImport(L, SetLastError = true)] public static partial int truncate(byte* path, long length);
    [LibraryImport(L, SetLastError = true)] public static partial int fsync(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int fdatasync(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int faccessat(int dirfd, byte* path, int mode, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial byte* getcwd(byte* buf, nuint size);
    [LibraryImport(L, SetLastError = true)] public static partial int chdir(byte* path);
    [LibraryImport(L, SetLastError = true)] public static partial int fchdir(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int mkdirat(int dirfd, byte* path, uint mode);
    [LibraryImport(L, SetLastError = true)] public static partial int unlinkat(int dirfd, byte* path, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int renameat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath);
    [LibraryImport(L, SetLastError = true)] public static partial int linkat(int olddirfd, byte* oldpath, int newdirfd, byte* newpath, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int symlinkat(byte* target, int newdirfd, byte* linkpath);
    [LibraryImport(L, SetLastError = true)] public static partial nint readlinkat(int dirfd, byte* path, byte* buf, nuint size);
    [LibraryImport(L, SetLastError = true)] public static partial int fchmodat(int dirfd, byte* path, uint mode, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int fchmod(int fd, uint mode);
    [LibraryImport(L, SetLastError = true)] public static partial int fchownat(int dirfd, byte* path, uint owner, uint group, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int fchown(int fd, uint owner, uint group);
    [LibraryImport(L, SetLastError = true)] public static partial int utimensat(int dirfd, byte* path, TimeSpec* times, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int futimens(int fd, TimeSpec* times);
    [LibraryImport(L, SetLastError = true)] public static partial int mkfifoat(int dirfd, byte* path, uint mode);
    [LibraryImport(L, SetLastError = true)] public static partial int mknodat(int dirfd, byte* path, uint mode, ulong dev);
    [LibraryImport(L, SetLastError = true)] public static partial uint umask(uint mask);
    [LibraryImport(L, SetLastError = true)] public static partial int pipe2(int* fds, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int dup(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int dup3(int fd, int fd2, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int dup2(int fd, int fd2);
    [LibraryImport(L, SetLastError = true)] public static partial int fcntl(int fd, int cmd, nint arg);
    [LibraryImport(L, SetLastError = true)] public static partial int ioctl(int fd, nuint request, void* arg);
    [LibraryImport(L, SetLastError = true)] public static partial int isatty(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int ttyname_r(int fd, byte* buf, nuint size);
    [LibraryImport(L, SetLastError = true)] public static partial int openpty(int* amaster, int* aslave, byte* name, void* termp, void* winp);
    [LibraryImport(L, SetLastError = true)] public static partial int posix_fallocate(int fd, long offset, long len);
    [LibraryImport(L, SetLastError = true)] public static partial int posix_fadvise(int fd, long offset, long len, int advice);
    [LibraryImport(L, SetLastError = true)] public static partial nint sendfile(int outFd, int inFd, long* offset, nuint count);
    [LibraryImport(L, SetLastError = true)] public static partial nint copy_file_range(int fdIn, long* offIn, int fdOut, long* offOut, nuint len, uint flags);
    [LibraryImport(L, SetLastError = true)] public static partial int memfd_create(byte* name, uint flags);
    [LibraryImport(L, SetLastError = true)] public static partial int eventfd(uint initval, int flags);
    [LibraryImport(L, SetLastError = true)] public static partial nint opendir(byte* name);
    [LibraryImport(L, SetLastError = true)] public static partial nint fdopendir(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial byte* readdir64(nint dir);
    [LibraryImport(L, SetLastError = true)] public static partial int closedir(nint dir);
    [LibraryImport(L, SetLastError = true)] public static partial void rewinddir(nint dir);
    [LibraryImport(L, SetLastError = true)] public static partial nint pathconf(byte* path, int name);
    [LibraryImport(L, SetLastError = true)] public static partial nint fpathconf(int fd, int name);
    [LibraryImport(L, SetLastError = true)] public static partial int sync();

    // ---- processes ----
    [LibraryImport(L)] public static partial int getpid();
    [LibraryImport(L)] public static partial int getppid();
    [LibraryImport(L)] public static partial uint getuid();
    [LibraryImport(L)] public static partial uint geteuid();
    [LibraryImport(L)] public static partial uint getgid();
    [LibraryImport(L)] public static partial uint getegid();
    [LibraryImport(L)] public static partial int getpgrp();
    [LibraryImport(L, SetLastError = true)] public static partial int getgroups(int size, uint* list);
    [LibraryImport(L, SetLastError = true)] public static partial int getpgid(int pid);
    [LibraryImport(L, SetLastError = true)] public static partial int setpgid(int pid, int pgid);
    [LibraryImport(L, SetLastError = true)] public static partial int getsid(int pid);
    [LibraryImport(L, SetLastError = true)] public static partial int setsid();
    [LibraryImport(L, SetLastError = true)] public static partial int setuid(uint uid);
    [LibraryImport(L, SetLastError = true)] public static partial int seteuid(uint uid);
    [LibraryImport(L, SetLastError = true)] public static partial int setgid(uint gid);
    [LibraryImport(L, SetLastError = true)] public static partial int setegid(uint gid);
    [LibraryImport(L, SetLastError = true)] public static partial int setreuid(uint r, uint e);
    [LibraryImport(L, SetLastError = true)] public static partial int setregid(uint r, uint e);
    [LibraryImport(L, SetLastError = true)] public static partial int setresuid(uint r, uint e, uint s);
    [LibraryImport(L, SetLastError = true)] public static partial int setresgid(uint r, uint e, uint s);
    [LibraryImport(L, SetLastError = true)] public static partial int setgroups(nuint size, uint* list);
    [LibraryImport(L, SetLastError = true)] public static partial int chroot(byte* path);
    [LibraryImport(L, SetLastError = true)] public static partial int tcgetpgrp(int fd);
    [LibraryImport(L, SetLastError = true)] public static partial int tcsetpgrp(int fd, int pgrp);
    [LibraryImport(L, SetLastError = true)] public static partial int lockf(int fd, int cmd, long len);
    [LibraryImport(L, SetLastError = true)] public static partial int sched_get_priority_max(int policy);
    [LibraryImport(L, SetLastError = true)] public static partial int sched_get_priority_min(int policy);
    [LibraryImport(L, SetLastError = true)] public static partial int sched_getscheduler(int pid);
    [LibraryImport(L, SetLastError = true)] public static partial int getresuid(uint* r, uint* e, uint* s);
    [LibraryImport(L, SetLastError = true)] public static partial int getresgid(uint* r, uint* e, uint* s);
    [LibraryImport(L, SetLastError = true)] public static partial int kill(int pid, int sig);
    [LibraryImport(L, SetLastError = true)] public static partial int killpg(int pgrp, int sig);
    [LibraryImport(L, SetLastError = true)] public static partial int waitpid(int pid, int* status, int options);
    [LibraryImport(L, SetLastError = true)] public static partial int wait4(int pid, int* status, int options, RUsage* rusage);
    [LibraryImport(L, SetLastError = true)] public static partial int execv(byte* path, byte** argv);
    [LibraryImport(L, SetLastError = true)] public static partial int execve(byte* path, byte** argv, byte** envp);
    [LibraryImport(L)] public static partial void _exit(int status);
    [LibraryImport(L, SetLastError = true)] public static partial int nice(int inc);
    [LibraryImport(L, SetLastError = true)] public static partial int getpriority(int which, uint who);
    [LibraryImport(L, SetLastError = true)] public static partial int setpriority(int which, uint who, int prio);
    [LibraryImport(L, SetLastError = true)] public static partial long times(Tms* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int uname(UtsName* buf);
    [LibraryImport(L, SetLastError = true)] public static partial int getloadavg(double* loadavg, int nelem);
    [LibraryImport(L, SetLastError = true)] public static partial int sched_getaffinity(int pid, nuint size, byte* mask);
    [LibraryImport(L, SetLastError = true)] public static partial int sched_yield();
    [LibraryImport(L, SetLastError = true)] public static partial nint getlogin();
    [LibraryImport(L, SetLastError = true)] public static partial long sysconf(int name);
    [LibraryImport(L, SetLastError = true)] public static partial int system(byte* command);
    [LibraryImport(L, SetLastError = true)] public static partial nuint confstr(int name, byte* buf, nuint len);
    [LibraryImport(L, SetLastError = true)] public static partial nint getrandom(byte* buf, nuint len, uint flags);

    // ---- environment ----
    [LibraryImport(L)] public static partial byte* getenv(byte* name);
    [LibraryImport(L, SetLastError = true)] public static partial int setenv(byte* name, byte* value, int overwrite);
    [LibraryImport(L, SetLastError = true)] public static partial int unsetenv(byte* name);

    /// <summary>The process's `environ` array (NULL-terminated "NAME=value" strings).</summary>
    public static byte** Environ()
    {
        var lib = NativeLibrary.Load("libc.so.6");
        return *(byte***)NativeLibrary.GetExport(lib, "environ");
    }

    /// <summary>Length of a NUL-terminated byte string.</summary>
    public static int StrLen(byte* s)
    {
        int n = 0;
        while (s[n] != 0) n++;
        return n;
    }

    public static byte[] CString(byte* s) => new ReadOnlySpan<byte>(s, StrLen(s)).ToArray();
}
