using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Multiprocessing;

/// <summary>
/// The `_posixshmem` module (Modules/_multiprocessing/posixshmem.c): POSIX shared memory
/// objects for multiprocessing.shared_memory. glibc's shm_open is open() on /dev/shm.
/// </summary>
[PyModule("_posixshmem", Doc = "POSIX shared memory module")]
public static unsafe partial class PosixShmemModule
{
    const int EINTR = 4;

    [PyMethod("shm_open", Doc = "Open a shared memory object.  Returns a file descriptor (integer).")]
    static PyObject? ShmOpen([Keyword] string path, [Keyword] int flags, [Keyword] int mode = 0x1ff /* 0o777 */)
    {
        var cname = SemLock.CName(path);
        if (cname == null) return null;
        while (true)
        {
            int fd;
            fixed (byte* p = cname) fd = shm_open(p, flags, (uint)mode);
            if (fd >= 0) return PyLong.FromLong(fd);
            int errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR) return PathError(errno, path);
            if (Signals.HandlePending() < 0) return null;
        }
    }

    [PyMethod("shm_unlink", Doc = "Remove a shared memory object (similar to unlink()).\n\nRemove a shared memory object.  Similar to unlink().\n\nReturns None on success, raises an OSError on failure.")]
    static PyObject? ShmUnlink([Keyword] string path)
    {
        var cname = SemLock.CName(path);
        if (cname == null) return null;
        int r;
        fixed (byte* p = cname) r = shm_unlink(p);
        return r == 0 ? Py.None : PathError(Marshal.GetLastPInvokeError(), path);
    }

    static PyObject? PathError(int errno, string path)
    {
        var filename = PyUnicode.FromString(path);
        Errors.SetFromErrnoWithFilenameObject(errno, filename);
        Py.DECREF(filename);
        return null;
    }

    [DllImport("libc", SetLastError = true)]
    static extern int shm_open(byte* name, int oflag, uint mode);

    [DllImport("libc", SetLastError = true)]
    static extern int shm_unlink(byte* name);
}
