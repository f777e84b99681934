using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Termios;

/// <summary>
/// The `termios` module (Modules/termios.c) on Linux: tcgetattr/tcsetattr on glibc's
/// struct termios, tcsendbreak, tcdrain, tcflush, tcflow, and tcgetwinsize/tcsetwinsize
/// through the TIOCGWINSZ/TIOCSWINSZ ioctls. A failed call raises termios.error(errno,
/// strerror), a subclass of Exception (not OSError) kept in <see cref="TermiosState"/>.
/// The constants are in TermiosModule.Constants.cs.
/// </summary>
[PyModule("termios", Doc = "This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself.")]
public static unsafe partial class TermiosModule
{
    /// <summary>glibc's struct termios on x86-64 (60 bytes: c_line, then c_cc[NCCS], then the speeds at offset 52).</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct Termios
    {
        public uint c_iflag, c_oflag, c_cflag, c_lflag;
        public byte c_line;
        public fixed byte c_cc[NCCS];
        public uint c_ispeed, c_ospeed;
    }

    /// <summary>struct winsize.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct WinSize
    {
        public ushort ws_row, ws_col, ws_xpixel, ws_ypixel;
    }

    [LibraryImport("libc", SetLastError = true)] private static partial int tcgetattr(int fd, Termios* termios);
    [LibraryImport("libc", SetLastError = true)] private static partial int tcsetattr(int fd, int when, Termios* termios);
    [LibraryImport("libc", SetLastError = true)] private static partial int tcsendbreak(int fd, int duration);
    [LibraryImport("libc", SetLastError = true)] private static partial int tcdrain(int fd);
    [LibraryImport("libc", SetLastError = true)] private static partial int tcflush(int fd, int queue);
    [LibraryImport("libc", SetLastError = true)] private static partial int tcflow(int fd, int action);
    [LibraryImport("libc")] private static partial uint cfgetispeed(Termios* termios);
    [LibraryImport("libc")] private static partial uint cfgetospeed(Termios* termios);
    [LibraryImport("libc", SetLastError = true)] private static partial int cfsetispeed(Termios* termios, uint speed);
    [LibraryImport("libc", SetLastError = true)] private static partial int cfsetospeed(Termios* termios, uint speed);
    [LibraryImport("libc", SetLastError = true)] private static partial int ioctl(int fd, nuint request, WinSize* arg);

    static int InitModule(PyModule m)
    {
        var error = Errors.NewException("termios", "error", PyExc.Exception);
        if (error == null) return -1;
        ModuleState<TermiosState>.Set(Interpreter.Current, new TermiosState(error));
        return m.Add("error", Py.NewRef(error));
    }

    /// <summary>Raise termios.error(errno, strerror(errno)); returns null.</summary>
    static PyObject? Error(int errno) => Errors.SetFromErrno(errno, ModuleState<TermiosState>.Get().Error);

    /// <summary>Run a libc call without the GIL: its result, and errno when it failed.</summary>
    static int Call(Func<int> op, out int errno)
    {
        int r;
        errno = 0;
        using (Gil.AllowThreads())
        {
            r = op();
            if (r == -1) errno = Marshal.GetLastPInvokeError();
        }
        return r;
    }

    [PyMethod("tcgetattr", Doc = "Get the tty attributes for file descriptor fd.\n\nReturns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\nwhere cc is a list of the tty special characters (each a string of\nlength 1, except the items with indices VMIN and VTIME, which are\nintegers when these fields are defined).  The interpretation of the\nflags and the speeds as well as the indexing in the cc array must be\ndone using the symbolic constants defined in this module.")]
    static PyObject? TcGetAttr(Fildes fd)
    {
        int f = fd.Fd;
        var mode = new Termios();
        Termios* pm = &mode;
        if (Call(() => tcgetattr(f, pm), out int errno) == -1) return Error(errno);
        uint ispeed = cfgetispeed(&mode), ospeed = cfgetospeed(&mode);

        // MIN and TIME may share EOF's and EOL's slots, so they are ints only in noncanonical mode.
        bool minTimeInts = (mode.c_lflag & ICANON) == 0;
        var cc = PyList.New(NCCS);
        for (int i = 0; i < NCCS; i++)
            cc.AppendSteal(minTimeInts && (i == VMIN || i == VTIME) ? PyLong.FromLong(mode.c_cc[i]) : PyBytes.FromByte(mode.c_cc[i]));
        var v = PyList.New(7);
        v.AppendSteal(PyLong.FromLong(mode.c_iflag));
        v.AppendSteal(PyLong.FromLong(mode.c_oflag));
        v.AppendSteal(PyLong.FromLong(mode.c_cflag));
        v.AppendSteal(PyLong.FromLong(mode.c_lflag));
        v.AppendSteal(PyLong.FromLong(ispeed));
        v.AppendSteal(PyLong.FromLong(ospeed));
        v.AppendSteal(cc);
        return v;
    }

    [PyMethod("tcsetattr", Doc = "Set the tty attributes for file descriptor fd.\n\nThe attributes to be set are taken from the attributes argument, which\nis a list like the one returned by tcgetattr(). The when argument\ndetermines when the attributes are changed: termios.TCSANOW to\nchange immediately, termios.TCSADRAIN to change after transmitting all\nqueued output, or termios.TCSAFLUSH to change after transmitting all\nqueued output and discarding all queued input.")]
    static PyObject? TcSetAttr(Fildes fd, int when, PyObject attributes)
    {
        if (attributes is not PyList term || term.Count != 7)
            return Errors.SetString(PyExc.TypeError, "tcsetattr, arg 3: must be 7 element list");

        // Start from the current mode, so that fields the list does not carry (c_line) are kept.
        int f = fd.Fd;
        var mode = new Termios();
        Termios* pm = &mode;
        if (Call(() => tcgetattr(f, pm), out int errno) == -1) return Error(errno);

        Span<long> values = stackalloc long[6];
        for (int i = 0; i < 6; i++)
        {
            // An item's conversion can run Python code (__index__) that shrinks the list.
            if (i >= term.Count) return Errors.SetString(PyExc.IndexError, "list index out of range");
            var item = Py.NewRef(term.Items[i]);
            bool ok = Abstract.AsLong(item, out values[i]);
            Py.DECREF(item);
            if (!ok) return null;
        }
        mode.c_iflag = (uint)values[0];
        mode.c_oflag = (uint)values[1];
        mode.c_cflag = (uint)values[2];
        mode.c_lflag = (uint)values[3];
        uint ispeed = (uint)values[4], ospeed = (uint)values[5];

        if (term.Count != 7 || term.Items[6] is not PyList cc || cc.Count != NCCS)
            return Errors.SetString(PyExc.TypeError, $"tcsetattr: attributes[6] must be {NCCS} element list");
        Py.INCREF(cc);
        try
        {
            for (int i = 0; i < NCCS; i++)
            {
                if (i >= cc.Count) return Errors.SetString(PyExc.IndexError, "list index out of range");
                var v = cc.Items[i];
                if (v is PyBytes b && b.Length == 1) mode.c_cc[i] = b.Value[0];
                else if (v is PyLong)
                {
                    if (!Abstract.AsLong(v, out long num)) return null;
                    mode.c_cc[i] = (byte)num;
                }
                else return Errors.SetString(PyExc.TypeError, "tcsetattr: elements of attributes must be characters or integers");
            }
        }
        finally
        {
            Py.DECREF(cc);
        }

        if (cfsetispeed(&mode, ispeed) == -1) return Error(Marshal.GetLastPInvokeError());
        if (cfsetospeed(&mode, ospeed) == -1) return Error(Marshal.GetLastPInvokeError());
        if (Call(() => tcsetattr(f, when, pm), out errno) == -1) return Error(errno);
        return Py.None;
    }

    [PyMethod("tcsendbreak", Doc = "Send a break on file descriptor fd.\n\nA zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\nhas a system dependent meaning.")]
    static PyObject? TcSendBreak(Fildes fd, int duration)
    {
        int f = fd.Fd;
        return Call(() => tcsendbreak(f, duration), out int errno) == -1 ? Error(errno) : Py.None;
    }

    [PyMethod("tcdrain", Doc = "Wait until all output written to file descriptor fd has been transmitted.")]
    static PyObject? TcDrain(Fildes fd)
    {
        int f = fd.Fd;
        return Call(() => tcdrain(f), out int errno) == -1 ? Error(errno) : Py.None;
    }

    [PyMethod("tcflush", Doc = "Discard queued data on file descriptor fd.\n\nThe queue selector specifies which queue: termios.TCIFLUSH for the input\nqueue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\nboth queues.")]
    static PyObject? TcFlush(Fildes fd, int queue)
    {
        int f = fd.Fd;
        return Call(() => tcflush(f, queue), out int errno) == -1 ? Error(errno) : Py.None;
    }

    [PyMethod("tcflow", Doc = "Suspend or resume input or output on file descriptor fd.\n\nThe action argument can be termios.TCOOFF to suspend output,\ntermios.TCOON to restart output, termios.TCIOFF to suspend input,\nor termios.TCION to restart input.")]
    static PyObject? TcFlow(Fildes fd, int action)
    {
        int f = fd.Fd;
        return Call(() => tcflow(f, action), out int errno) == -1 ? Error(errno) : Py.None;
    }

    [PyMethod("tcgetwinsize", Doc = "Get the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col).")]
    static PyObject? TcGetWinSize(Fildes fd)
    {
        int f = fd.Fd;
        var w = new WinSize();
        WinSize* pw = &w;
        if (Call(() => ioctl(f, TIOCGWINSZ, pw), out int errno) == -1) return Error(errno);
        return PyTuple.FromStolen([PyLong.FromLong(w.ws_row), PyLong.FromLong(w.ws_col)]);
    }

    [PyMethod("tcsetwinsize", Doc = "Set the tty winsize for file descriptor fd.\n\nThe winsize to be set is taken from the winsize argument, which\nis a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize().")]
    static PyObject? TcSetWinSize(Fildes fd, PyObject winsize)
    {
        if (!Abstract.SequenceCheck(winsize) || SequenceSize(winsize) != 2)
            return Errors.SetString(PyExc.TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
        if (!WinSizeItem(winsize, 0, out long rows) || !WinSizeItem(winsize, 1, out long cols)) return null;

        // Start from the current winsize, which also has the pixel sizes.
        int f = fd.Fd;
        var w = new WinSize();
        if (ioctl(f, TIOCGWINSZ, &w) == -1) return Error(Marshal.GetLastPInvokeError());
        w.ws_row = (ushort)rows;
        w.ws_col = (ushort)cols;
        if (w.ws_row != rows || w.ws_col != cols)
            return Errors.SetString(PyExc.OverflowError, "winsize value(s) out of range.");
        WinSize* pw = &w;
        if (Call(() => ioctl(f, TIOCSWINSZ, pw), out int errno) == -1) return Error(errno);
        return Py.None;
    }

    /// <summary>PySequence_Size: sq_length, then mp_length; -1 (the error cleared, as the caller replaces it) without either.</summary>
    static long SequenceSize(PyObject o)
    {
        long n = Abstract.Length(o);
        if (n < 0) Errors.Clear();
        return n;
    }

    static bool WinSizeItem(PyObject winsize, int index, out long value)
    {
        value = -1;
        var item = Abstract.SequenceGetItem(winsize, index);
        if (item == null) return false;
        bool ok = Abstract.AsLong(item, out value);
        Py.DECREF(item);
        return ok;
    }
}

/// <summary>termios's module state: the termios.error class.</summary>
internal sealed class TermiosState(PyType error)
{
    public readonly PyType Error = error;
}
