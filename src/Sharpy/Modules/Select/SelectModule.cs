using System;
using System.Collections.Generic;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Select;

/// <summary>
/// The `select` module (Modules/selectmodule.c) on Linux: select(), poll objects
/// (<see cref="PollObject"/>), epoll objects (<see cref="EpollObject"/>) and the constants.
/// Every wait releases the GIL; in the main thread it wakes every few milliseconds to run
/// Python signal handlers (signals reach Sharpy through the runtime, not as EINTR), and after
/// a handler returns it waits for the rest of the timeout (PEP 475).
/// </summary>
[PyModule("select", Doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.")]
public static unsafe partial class SelectModule
{
    [PyConstant] const int PIPE_BUF = 4096;
    [PyConstant] internal const int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32,
        POLLRDNORM = 64, POLLRDBAND = 128, POLLWRNORM = 256, POLLWRBAND = 512, POLLMSG = 1024, POLLRDHUP = 8192;
    [PyConstant] internal const int EPOLLIN = 1, EPOLLPRI = 2, EPOLLOUT = 4, EPOLLERR = 8, EPOLLHUP = 16,
        EPOLLRDNORM = 64, EPOLLRDBAND = 128, EPOLLWRNORM = 256, EPOLLWRBAND = 512, EPOLLMSG = 1024,
        EPOLLRDHUP = 8192, EPOLLEXCLUSIVE = 1 << 28, EPOLLONESHOT = 1 << 30, EPOLL_CLOEXEC = 0x80000;
    [PyConstant] const long EPOLLET = 1L << 31;

    const int EINTR = 4;

    public static void InitModule(PyModule m)
    {
        m.Dict.SetItemString("error", PyExc.OSError);
        m.Dict.SetItemString("epoll", EpollObject.Type);
    }

    [PyMethod("select", Doc = "Wait until one or more file descriptors are ready for some kind of I/O.\n\nThe first three arguments are iterables of file descriptors to be waited for:\nrlist -- wait until ready for reading\nwlist -- wait until ready for writing\nxlist -- wait for an \"exceptional condition\"\nIf only one kind of condition is required, pass [] for the other lists.\n\nA file descriptor is either a socket or file object, or a small integer\ngotten from a fileno() method call on one of those.\n\nThe optional 4th argument specifies a timeout in seconds; it may be\na floating point number to specify fractions of seconds.  If it is absent\nor None, the call will never time out.\n\nThe return value is a tuple of three lists corresponding to the first three\narguments; each contains the subset of the corresponding file descriptors\nthat are ready.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors\ncan be used.",
        TextSignature = "($module, rlist, wlist, xlist, timeout=None, /)")]
    static PyObject? Select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject? timeout = null)
    {
        long ns = -1;
        if (timeout != null && timeout != Py.None)
        {
            if (!TimeoutNs(timeout, 1_000_000_000, "timeout must be a float or None", out ns)) return null;
            if (ns < 0) return Errors.SetString(PyExc.ValueError, "timeout must be non-negative");
        }
        var lists = new List<(PyObject obj, int fd)>?[3];
        PyObject[] seqs = [rlist, wlist, xlist];
        int nfds = 0;
        for (int k = 0; k < 3; k++)
        {
            lists[k] = FdList(seqs[k], ref nfds);
            if (lists[k] == null) return null;
        }
        const int words = SelectLibc.FD_SETSIZE / 64;
        // The wanted sets, then the sets each select() call fills.
        var sets = (ulong*)NativeMemory.AllocZeroed(6 * words, sizeof(ulong));
        try
        {
            for (int k = 0; k < 3; k++)
                foreach (var (_, fd) in lists[k]!) sets[k * words + fd / 64] |= 1UL << (fd % 64);
            int n = Wait(ns, slice =>
            {
                Buffer.MemoryCopy(sets, sets + 3 * words, 3 * words * sizeof(ulong), 3 * words * sizeof(ulong));
                SelectLibc.TimeVal tv;
                tv.tv_sec = slice / 1_000_000_000;
                tv.tv_usec = (slice % 1_000_000_000 + 999) / 1000;
                return SelectLibc.select(nfds, sets + 3 * words, sets + 4 * words, sets + 5 * words, slice < 0 ? null : &tv);
            });
            if (n < 0) return null;
            var result = new PyObject[3];
            for (int k = 0; k < 3; k++)
            {
                var list = PyList.New();
                if (n > 0)
                {
                    ulong* got = sets + (3 + k) * words;
                    foreach (var (obj, fd) in lists[k]!)
                        if ((got[fd / 64] & (1UL << (fd % 64))) != 0) list.Append(obj);
                }
                result[k] = list;
            }
            return PyTuple.FromStolen(result);
        }
        finally { NativeMemory.Free(sets); }
    }

    /// <summary>seq2set: the objects of a select() argument and their fds; null with the exception set.</summary>
    static List<(PyObject, int)>? FdList(PyObject seq, ref int nfds)
    {
        var fast = SeqSupport.Fast(seq, "arguments 1-3 must be sequences");
        if (fast == null) return null;
        try
        {
            var res = new List<(PyObject, int)>();
            foreach (var o in SeqSupport.FastItems(fast))
            {
                if (!Fildes.Convert(o, default, out var f)) return null;
                if (f.Fd >= SelectLibc.FD_SETSIZE)
                {
                    Errors.SetString(PyExc.ValueError, "filedescriptor out of range in select()");
                    return null;
                }
                // The objects stay alive with the argument sequences the caller holds.
                res.Add((o, f.Fd));
                nfds = Math.Max(nfds, f.Fd + 1);
            }
            return res;
        }
        finally { Py.DECREF(fast); }
    }

    /// <summary>
    /// _PyTime_FromSecondsObject / _PyTime_FromMillisecondsObject with _PyTime_ROUND_TIMEOUT: a
    /// float or int count of units (<paramref name="unitNs"/> nanoseconds each) as
    /// nanoseconds, rounded away from zero; a TypeError becomes <paramref name="typeMessage"/>.
    /// </summary>
    internal static bool TimeoutNs(PyObject obj, long unitNs, string typeMessage, out long ns)
    {
        ns = 0;
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                Errors.SetString(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
            d *= unitNs;
            d = d >= 0 ? Math.Ceiling(d) : Math.Floor(d);
            if (!(d >= long.MinValue && d < long.MaxValue))
            {
                Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
                return false;
            }
            ns = (long)d;
            return true;
        }
        if (!ArgParse.ToSsize(obj, out long units))
        {
            if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, typeMessage);
            }
            else if (Errors.ExceptionMatches(PyExc.OverflowError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
            }
            return false;
        }
        if (units > long.MaxValue / unitNs || units < long.MinValue / unitNs)
        {
            Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C PyTime_t");
            return false;
        }
        ns = units * unitNs;
        return true;
    }

    /// <summary>
    /// A poll timeout in milliseconds as a C int, rounded away from zero (-1 waits forever);
    /// OverflowError "timeout is too large" beyond an int.
    /// </summary>
    internal static bool TimeoutMs(long ns, out int ms)
    {
        ms = -1;
        if (ns < 0) return true;
        long m = ns / 1_000_000 + (ns % 1_000_000 != 0 ? 1 : 0);
        if (m > int.MaxValue)
        {
            Errors.SetString(PyExc.OverflowError, "timeout is too large");
            return false;
        }
        ms = (int)m;
        return true;
    }

    /// <summary>One wait of at most sliceNs nanoseconds (-1: no limit): the ready count, 0 on timeout, -1 with errno.</summary>
    internal delegate int WaitCall(long sliceNs);

    /// <summary>The main thread waits at most this long before it looks for Python signal handlers to run.</summary>
    const long SignalPollNs = 20_000_000;

    /// <summary>
    /// Wait up to timeoutNs (-1: forever) with the GIL released: the ready count, 0 when the
    /// time ran out, or -1 with the exception set (OSError, or a signal handler's).
    /// </summary>
    internal static int Wait(long timeoutNs, WaitCall call)
    {
        bool main = ThreadState.Current == ThreadState.Main;
        long deadline = timeoutNs < 0 ? 0 : Stopwatch.GetTimestamp() + (long)(timeoutNs / 1e9 * Stopwatch.Frequency);
        while (true)
        {
            long left = timeoutNs < 0 ? -1
                : Math.Max(0, (long)((deadline - Stopwatch.GetTimestamp()) * 1e9 / Stopwatch.Frequency));
            long slice = main && (left < 0 || left > SignalPollNs) ? SignalPollNs : left;
            int n, errno = 0;
            using (Gil.AllowThreads())
            {
                n = call(slice);
                if (n < 0) errno = Marshal.GetLastPInvokeError();
            }
            if (n > 0) return n;
            if (n < 0 && errno != EINTR)
            {
                Errors.SetFromErrno(errno);
                return -1;
            }
            if (main && Signals.InterruptPending && Signals.HandlePending() < 0) return -1;
            if (n == 0 && slice == left) return 0;
            if (timeoutNs >= 0 && Stopwatch.GetTimestamp() >= deadline) return 0;
        }
    }

    [PyMethod("poll", Doc = "Returns a polling object.\n\nThis object supports registering and unregistering file descriptors, and then\npolling them for I/O events.")]
    static PyObject? Poll() => new PollObject();
}
