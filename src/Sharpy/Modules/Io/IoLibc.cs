using System;
using System.Runtime.InteropServices;

namespace Sharpy.Modules.Io;

/// <summary>
/// The libc calls FileIO makes (Modules/_io/fileio.c calls them directly): errno comes from
/// Marshal.GetLastPInvokeError. Linux x86-64 layouts and flag values.
/// </summary>
internal static unsafe partial class IoLibc
{
    public const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
        O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    public const int EINTR = 4, EBADF = 9, EAGAIN = 11, EISDIR = 21, EINVAL = 22, ESPIPE = 29;
    public const int S_IFMT = 0xF000, S_IFDIR = 0x4000;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    static extern int open_(byte* path, int flags, int mode);

    public static int Open(byte[] pathZ, int flags, int mode)
    {
        fixed (byte* p = pathZ) return open_(p, flags, mode);
    }

    [DllImport("libc", SetLastError = true)]
    public static extern nint read(int fd, byte* buf, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern nint write(int fd, byte* buf, nint count);

    [DllImport("libc", SetLastError = true)]
    public static extern long lseek(int fd, long offset, int whence);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int isatty(int fd);

    [DllImport("libc", SetLastError = true)]
    public static extern int ftruncate(int fd, long length);

    [DllImport("libc", SetLastError = true)]
    static extern int fstat(int fd, byte* buf);

    /// <summary>struct stat's st_mode, st_size and st_blksize (x86-64 layout); 0, or -1 with errno.</summary>
    public static int FStat(int fd, out int mode, out long size, out long blksize)
    {
        byte* buf = stackalloc byte[256];
        int r = fstat(fd, buf);
        mode = *(int*)(buf + 24);
        size = *(long*)(buf + 48);
        blksize = *(long*)(buf + 56);
        return r;
    }

    public static int Errno => Marshal.GetLastPInvokeError();
}
