using System.Runtime.InteropServices;

namespace Sharpy.Modules.Select;

/// <summary>The libc calls the select module makes (Linux x86-64). Each sets errno on failure.</summary>
internal static unsafe partial class SelectLibc
{
    const string L = "libc";

    /// <summary>FD_SETSIZE: select() handles fds below it.</summary>
    public const int FD_SETSIZE = 1024;

    [StructLayout(LayoutKind.Sequential)]
    public struct TimeVal
    {
        public long tv_sec, tv_usec;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int fd;
        public short events, revents;
    }

    /// <summary>struct epoll_event: packed on x86-64 (12 bytes).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    public struct EpollEvent
    {
        public uint events;
        public ulong data;
    }

    public const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3;

    /// <summary>fd_set arguments are FD_SETSIZE bits (128 bytes) each.</summary>
    [LibraryImport(L, SetLastError = true)] public static partial int select(int nfds, ulong* readfds, ulong* writefds, ulong* exceptfds, TimeVal* timeout);
    [LibraryImport(L, SetLastError = true)] public static partial int poll(PollFd* fds, nuint nfds, int timeout);
    [LibraryImport(L, SetLastError = true)] public static partial int epoll_create1(int flags);
    [LibraryImport(L, SetLastError = true)] public static partial int epoll_ctl(int epfd, int op, int fd, EpollEvent* ev);
    [LibraryImport(L, SetLastError = true)] public static partial int epoll_wait(int epfd, EpollEvent* events, int maxevents, int timeout);
}
