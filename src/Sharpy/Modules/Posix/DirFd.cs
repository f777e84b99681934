using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Posix;

/// <summary>
/// Clinic's <c>dir_fd</c> converter (posixmodule.c dir_fd_converter): None (the current
/// directory, AT_FDCWD) or an int file descriptor.
/// </summary>
public readonly struct DirFd : IArgConverter<DirFd>
{
    public readonly int Fd;

    DirFd(int fd) => Fd = fd;

    public static bool Convert(PyObject arg, in ArgContext c, out DirFd value)
    {
        value = new DirFd(Libc.AT_FDCWD);
        if (arg == Py.None) return true;
        if (arg.ob_type.nb_index == null)
        {
            Errors.SetString(PyExc.TypeError, $"argument should be integer or None, not {arg.ob_type.tp_name}");
            return false;
        }
        if (!ArgParse.ToInt(arg, out int fd)) return false;
        value = new DirFd(fd);
        return true;
    }

    /// <summary>The fd to pass to an *at() call: AT_FDCWD when absent or None.</summary>
    public static int Of(DirFd? d) => d?.Fd ?? Libc.AT_FDCWD;

    /// <summary>A directory fd was given (not absent, not None).</summary>
    public static bool Given(DirFd? d) => Of(d) != Libc.AT_FDCWD;
}
