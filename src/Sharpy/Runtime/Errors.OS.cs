using System.Runtime.InteropServices;
using Sharpy.Objects;

namespace Sharpy.Runtime;

// Raising OSError from a failed OS call (Python/errors.c PyErr_SetFromErrno and friends).
// The errno is passed in: read it with Marshal.GetLastPInvokeError() right after a P/Invoke
// declared SetLastError = true, before anything else can change it.
public static partial class Errors
{
    /// <summary>strerror(errno), as os.strerror and OSError's strerror give it.</summary>
    public static string StrError(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    /// <summary>PyErr_SetFromErrno(type): raise type(errno, strerror(errno)); returns null.</summary>
    public static PyObject? SetFromErrno(int errno, PyType? type = null)
        => SetFromErrnoWithFilenameObjects(errno, null, null, type);

    /// <summary>PyErr_SetFromErrnoWithFilenameObject: type(errno, strerror, filename) when a filename is given; returns null.</summary>
    public static PyObject? SetFromErrnoWithFilenameObject(int errno, PyObject? filename, PyType? type = null)
        => SetFromErrnoWithFilenameObjects(errno, filename, null, type);

    /// <summary>
    /// PyErr_SetFromErrnoWithFilenameObjects: raise type (OSError by default, which picks the
    /// subclass for the errno) with (errno, strerror[, filename[, None, filename2]]), so the
    /// message is "[Errno 2] No such file or directory: 'x'". On EINTR a pending signal's
    /// exception (KeyboardInterrupt) is raised instead, as CPython does. Returns null.
    /// </summary>
    public static PyObject? SetFromErrnoWithFilenameObjects(int errno, PyObject? filename, PyObject? filename2, PyType? type = null)
    {
        if (errno == EINTR && Signals.HandlePending() < 0) return null;
        var e = PyLong.FromLong(errno);
        var s = errno == 0 ? PyUnicode.FromString("Error") : PyUnicode.FromString(StrError(errno));
        PyTuple args = filename == null ? PyTuple.Pack(e, s)
            : filename2 == null ? PyTuple.Pack(e, s, filename)
            : PyTuple.Pack(e, s, filename, Py.None, filename2);
        Py.DECREF(e);
        Py.DECREF(s);
        SetObject(type ?? PyExc.OSError, args);
        Py.DECREF(args);
        return null;
    }

    const int EINTR = 4;
}
