using System.Runtime.InteropServices;

namespace Sharpy.Modules.Posixsubprocess;

/// <summary>
/// glibc's posix_spawn family (Linux x86-64, glibc 2.34 or later for addclosefrom_np). Its
/// child is made with clone(CLONE_VM | CLONE_VFORK) and runs only glibc's own code until
/// exec, which is what makes it safe in a multithreaded .NET process, where fork() followed
/// by managed code in the child is not. These functions return an error number instead of
/// setting errno.
/// </summary>
internal static unsafe partial class Spawn
{
    const string L = "libc";

    /// <summary>posix_spawn_file_actions_t (80 bytes on x86-64); initialised and freed by glibc.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 80)]
    public struct FileActions { }

    /// <summary>posix_spawnattr_t (336 bytes on x86-64); initialised by glibc.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 336)]
    public struct Attr { }

    /// <summary>sigset_t (1024 bits).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 128)]
    public struct SigSet { }

    public const short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSID = 0x80;

    [LibraryImport(L)] public static partial int posix_spawn(int* pid, byte* path, FileActions* actions, Attr* attr, byte** argv, byte** envp);
    [LibraryImport(L)] public static partial int posix_spawn_file_actions_init(FileActions* actions);
    [LibraryImport(L)] public static partial int posix_spawn_file_actions_destroy(FileActions* actions);
    [LibraryImport(L)] public static partial int posix_spawn_file_actions_addclose(FileActions* actions, int fd);
    [LibraryImport(L)] public static partial int posix_spawn_file_actions_adddup2(FileActions* actions, int fd, int newfd);
    [LibraryImport(L)] public static partial int posix_spawn_file_actions_addfchdir_np(FileActions* actions, int fd);
    [LibraryImport(L)] public static partial int posix_spawn_file_actions_addclosefrom_np(FileActions* actions, int from);
    [LibraryImport(L)] public static partial int posix_spawnattr_init(Attr* attr);
    [LibraryImport(L)] public static partial int posix_spawnattr_destroy(Attr* attr);
    [LibraryImport(L)] public static partial int posix_spawnattr_setflags(Attr* attr, short flags);
    [LibraryImport(L)] public static partial int posix_spawnattr_setpgroup(Attr* attr, int pgroup);
    [LibraryImport(L)] public static partial int posix_spawnattr_setsigdefault(Attr* attr, SigSet* sigdefault);
    [LibraryImport(L, SetLastError = true)] public static partial int sigemptyset(SigSet* set);
    [LibraryImport(L, SetLastError = true)] public static partial int sigaddset(SigSet* set, int signum);
}
