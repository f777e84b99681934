using System;
using System.Runtime.InteropServices;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Time;

/// <summary>
/// The `time` module (Modules/timemodule.c) on Linux: the clocks are clock_gettime's, the
/// calendar conversions libc's gmtime_r / localtime_r / mktime / strftime (so the TZ
/// variable and tzset behave as in CPython), strptime is Lib's _strptime.
/// </summary>
[PyModule("time")]
public static partial class TimeModule
{
    [PyConstant] public const int CLOCK_REALTIME = TimeLibc.CLOCK_REALTIME;
    [PyConstant] public const int CLOCK_MONOTONIC = TimeLibc.CLOCK_MONOTONIC;
    [PyConstant] public const int CLOCK_PROCESS_CPUTIME_ID = TimeLibc.CLOCK_PROCESS_CPUTIME_ID;
    [PyConstant] public const int CLOCK_THREAD_CPUTIME_ID = TimeLibc.CLOCK_THREAD_CPUTIME_ID;
    [PyConstant] public const int CLOCK_MONOTONIC_RAW = TimeLibc.CLOCK_MONOTONIC_RAW;
    [PyConstant] public const int CLOCK_BOOTTIME = TimeLibc.CLOCK_BOOTTIME;
    [PyConstant] public const int CLOCK_TAI = TimeLibc.CLOCK_TAI;
    [PyConstant] public const int _STRUCT_TM_ITEMS = 11;

    [PyConstant("struct_time")]
    static PyObject StructTimeType => Py.NewRef(StructTime.Type);

    static void InitModule(PyModule m) => InitTimezone(m);

    // ---- clocks ----

    /// <summary>The clock's reading in nanoseconds; false with OSError.</summary>
    static bool ReadClock(int clk, out long ns)
    {
        if (TimeLibc.clock_gettime(clk, out var ts) != 0)
        {
            ns = 0;
            Errors.SetFromErrno(Marshal.GetLastPInvokeError());
            return false;
        }
        ns = ts.tv_sec * 1_000_000_000L + ts.tv_nsec;
        return true;
    }

    /// <summary>_PyTime_AsSecondsDouble.</summary>
    static double Seconds(long ns) => ns % 1_000_000_000 == 0 ? ns / 1_000_000_000 : ns / 1e9;

    static PyObject? ClockSeconds(int clk) => ReadClock(clk, out long ns) ? PyFloat.FromDouble(Seconds(ns)) : null;

    static PyObject? ClockNs(int clk) => ReadClock(clk, out long ns) ? PyLong.FromLong(ns) : null;

    [PyMethod("time")] static PyObject? Time() => ClockSeconds(TimeLibc.CLOCK_REALTIME);
    [PyMethod("time_ns")] static PyObject? TimeNs() => ClockNs(TimeLibc.CLOCK_REALTIME);
    [PyMethod("monotonic")] static PyObject? Monotonic() => ClockSeconds(TimeLibc.CLOCK_MONOTONIC);
    [PyMethod("monotonic_ns")] static PyObject? MonotonicNs() => ClockNs(TimeLibc.CLOCK_MONOTONIC);
    [PyMethod("perf_counter")] static PyObject? PerfCounter() => ClockSeconds(TimeLibc.CLOCK_MONOTONIC);
    [PyMethod("perf_counter_ns")] static PyObject? PerfCounterNs() => ClockNs(TimeLibc.CLOCK_MONOTONIC);
    [PyMethod("process_time")] static PyObject? ProcessTime() => ClockSeconds(TimeLibc.CLOCK_PROCESS_CPUTIME_ID);
    [PyMethod("process_time_ns")] static PyObject? ProcessTimeNs() => ClockNs(TimeLibc.CLOCK_PROCESS_CPUTIME_ID);
    [PyMethod("thread_time")] static PyObject? ThreadTime() => ClockSeconds(TimeLibc.CLOCK_THREAD_CPUTIME_ID);
    [PyMethod("thread_time_ns")] static PyObject? ThreadTimeNs() => ClockNs(TimeLibc.CLOCK_THREAD_CPUTIME_ID);

    [PyMethod("clock_gettime")] static PyObject? ClockGettime(int clk_id) => ClockSeconds(clk_id);
    [PyMethod("clock_gettime_ns")] static PyObject? ClockGettimeNs(int clk_id) => ClockNs(clk_id);

    [PyMethod("clock_getres")]
    static PyObject? ClockGetres(int clk_id)
    {
        if (TimeLibc.clock_getres(clk_id, out var ts) != 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        return PyFloat.FromDouble(ts.tv_sec + ts.tv_nsec * 1e-9);
    }

    static PyObject? SetClock(int clk, long ns)
    {
        var ts = new TimeLibc.Timespec { tv_sec = Math.DivRem(ns, 1_000_000_000L, out long rem), tv_nsec = rem };
        if (ts.tv_nsec < 0) { ts.tv_sec--; ts.tv_nsec += 1_000_000_000L; }
        if (TimeLibc.clock_settime(clk, ts) != 0) return Errors.SetFromErrno(Marshal.GetLastPInvokeError());
        return Py.None;
    }

    [PyMethod("clock_settime")]
    static PyObject? ClockSettime(int clk_id, PyObject time)
        => SecondsArg(time, out long ns, roundFloor: true) ? SetClock(clk_id, ns) : null;

    [PyMethod("clock_settime_ns")]
    static PyObject? ClockSettimeNs(int clk_id, PyObject time)
    {
        if (!ArgParse.ToSsize(time, out long ns)) return null;
        return SetClock(clk_id, ns);
    }

    /// <summary>
    /// _PyTime_FromSecondsObject: an int or float number of seconds as nanoseconds (NaN is
    /// a ValueError, too large an OverflowError "timestamp too large to convert to C _PyTime_t").
    /// </summary>
    internal static bool SecondsArg(PyObject obj, out long ns, bool roundFloor)
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
            d *= 1e9;
            d = roundFloor ? Math.Floor(d) : Math.Ceiling(d);
            if (!(d >= long.MinValue && d < long.MaxValue))
            {
                Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = (long)d;
            return true;
        }
        if (!ArgParse.ToSsize(obj, out long secs))
        {
            if (Errors.ExceptionMatches(PyExc.OverflowError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
            }
            else if (Errors.ExceptionMatches(PyExc.TypeError))
            {
                Errors.Clear();
                Errors.SetString(PyExc.TypeError, $"'{obj.ob_type.tp_name}' object cannot be interpreted as an integer or float");
            }
            return false;
        }
        if (secs > long.MaxValue / 1_000_000_000L || secs < long.MinValue / 1_000_000_000L)
        {
            Errors.SetString(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
            return false;
        }
        ns = secs * 1_000_000_000L;
        return true;
    }

    /// <summary>sleep(secs): releases the GIL and wakes for signals in the main thread (PEP 475: then sleeps the rest).</summary>
    [PyMethod("sleep")]
    static PyObject? Sleep(PyObject secs)
    {
        if (!SecondsArg(secs, out long ns, roundFloor: false)) return null;
        if (ns < 0) return Errors.SetString(PyExc.ValueError, "sleep length must be non-negative");
        bool main = ThreadState.Current == ThreadState.Main;
        long deadline = System.Diagnostics.Stopwatch.GetTimestamp()
            + (long)(ns / 1e9 * System.Diagnostics.Stopwatch.Frequency);
        while (true)
        {
            long left = deadline - System.Diagnostics.Stopwatch.GetTimestamp();
            if (left > 0)
            {
                var wait = TimeSpan.FromSeconds((double)left / System.Diagnostics.Stopwatch.Frequency);
                if (main && wait > SignalPoll) wait = SignalPoll;
                using (Gil.AllowThreads()) System.Threading.Thread.Sleep(wait);
            }
            else if (ns != 0 || left < 0) break;
            if (main && Signals.InterruptPending && Signals.HandlePending() < 0) return null;
            if (left <= 0) break;
        }
        return Py.None;
    }

    static readonly TimeSpan SignalPoll = TimeSpan.FromMilliseconds(20);

    [PyMethod("get_clock_info")]
    static PyObject? GetClockInfo(string name)
    {
        (string impl, int clk, bool monotonic, bool adjustable) info = name switch
        {
            "time" => ("clock_gettime(CLOCK_REALTIME)", TimeLibc.CLOCK_REALTIME, false, true),
            "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", TimeLibc.CLOCK_MONOTONIC, true, false),
            "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", TimeLibc.CLOCK_PROCESS_CPUTIME_ID, true, false),
            "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", TimeLibc.CLOCK_THREAD_CPUTIME_ID, true, false),
            _ => ("", -1, false, false),
        };
        if (info.clk < 0) return Errors.SetString(PyExc.ValueError, "unknown clock");
        var res = ClockGetres(info.clk);
        if (res == null) return null;
        var ns = PyNamespace.New();
        ns.Dict.SetItemStringSteal("implementation", PyUnicode.FromString(info.impl));
        ns.Dict.SetItemString("monotonic", ArgParse.FromBool(info.monotonic));
        ns.Dict.SetItemString("adjustable", ArgParse.FromBool(info.adjustable));
        ns.Dict.SetItemStringSteal("resolution", res);
        return ns;
    }

    // ---- calendar conversions ----

    /// <summary>
    /// _PyTime_ObjectToTime_t with floor rounding: a timestamp argument (None or absent is
    /// now). False with ValueError for NaN or OverflowError "timestamp out of range for platform time_t".
    /// </summary>
    static bool TimestampArg(PyObject? obj, out long t)
    {
        t = 0;
        if (obj == null || obj == Py.None)
        {
            if (!ReadClock(TimeLibc.CLOCK_REALTIME, out long ns)) return false;
            t = Math.DivRem(ns, 1_000_000_000L, out long rem);
            if (rem < 0) t--;
            return true;
        }
        if (obj is PyFloat f)
        {
            double d = f.Value;
            if (double.IsNaN(d))
            {
                Errors.SetString(PyExc.ValueError, "Invalid value NaN (not a number)");
                return false;
            }
            d = Math.Floor(d);
            if (!(d >= long.MinValue && d < long.MaxValue))
            {
                Errors.SetString(PyExc.OverflowError, "timestamp out of range for platform time_t");
                return false;
            }
            t = (long)d;
            return true;
        }
        if (ArgParse.ToSsize(obj, out t)) return true;
        if (Errors.ExceptionMatches(PyExc.OverflowError))
        {
            Errors.Clear();
            Errors.SetString(PyExc.OverflowError, "timestamp out of range for platform time_t");
        }
        return false;
    }

    static unsafe bool GmTime(long t, out TimeLibc.Tm tm)
    {
        if (TimeLibc.gmtime_r(t, out tm) != null) return true;
        int errno = Marshal.GetLastPInvokeError();
        Errors.SetFromErrno(errno == 0 ? 22 : errno);
        return false;
    }

    static unsafe bool LocalTime(long t, out TimeLibc.Tm tm)
    {
        if (TimeLibc.localtime_r(t, out tm) != null) return true;
        int errno = Marshal.GetLastPInvokeError();
        Errors.SetFromErrno(errno == 0 ? 22 : errno);
        return false;
    }

    [PyMethod("gmtime")]
    static PyObject? Gmtime(PyObject? seconds = null)
        => TimestampArg(seconds, out long t) && GmTime(t, out var tm) ? StructTime.FromTm(tm) : null;

    [PyMethod("localtime")]
    static PyObject? Localtime(PyObject? seconds = null)
        => TimestampArg(seconds, out long t) && LocalTime(t, out var tm) ? StructTime.FromTm(tm) : null;

    [PyMethod("mktime")]
    static PyObject? Mktime(PyObject t)
    {
        if (!StructTime.ToTm(t, "mktime", out var tm, out _)) return null;
        tm.tm_wday = -1; // changed by mktime only on success
        long r = TimeLibc.mktime(ref tm);
        if (r == -1 && tm.tm_wday == -1) return Errors.SetString(PyExc.OverflowError, "mktime argument out of range");
        return PyFloat.FromDouble(r);
    }

    /// <summary>The struct tm of a time-tuple argument, or of localtime() when it is absent.</summary>
    static bool TupleOrNow(PyObject? t, string fname, out TimeLibc.Tm tm, out string? zone)
    {
        zone = null;
        if (t == null)
        {
            tm = default;
            return TimestampArg(null, out long now) && LocalTime(now, out tm);
        }
        return StructTime.ToTm(t, fname, out tm, out zone);
    }

    static readonly string[] s_wday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    static readonly string[] s_mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>_asctime: "Sun Jun 20 23:21:05 1993".</summary>
    static PyObject AscTime(in TimeLibc.Tm tm) => PyUnicode.FromString(
        $"{s_wday[tm.tm_wday]} {s_mon[tm.tm_mon]}{tm.tm_mday,3} {tm.tm_hour:00}:{tm.tm_min:00}:{tm.tm_sec:00} {1900L + tm.tm_year}");

    [PyMethod("asctime")]
    static PyObject? Asctime(PyObject? t = null)
    {
        if (!TupleOrNow(t, "asctime", out var tm, out _)) return null;
        if (!StructTime.Check(ref tm)) return null;
        return AscTime(tm);
    }

    [PyMethod("ctime")]
    static PyObject? Ctime(PyObject? seconds = null)
        => TimestampArg(seconds, out long t) && LocalTime(t, out var tm) ? AscTime(tm) : null;

    [PyMethod("strftime")]
    static unsafe PyObject? Strftime(PyUnicode format, PyObject? t = null)
    {
        if (!TupleOrNow(t, "strftime", out var tm, out string? zone)) return null;
        if (!StructTime.Check(ref tm)) return null;
        tm.tm_isdst = Math.Clamp(tm.tm_isdst, -1, 1);
        var zoneBytes = zone == null ? null : System.Text.Encoding.UTF8.GetBytes(zone + "\0");
        // As CPython 3.13+: the C library formats only runs of ASCII other than NUL; any other
        // character (NUL, non-ASCII, lone surrogates) is copied as it is, up to the next '%'.
        var writer = new UnicodeWriter(format.Length);
        int n = format.Length, i = 0;
        fixed (byte* z = zoneBytes)
        {
            if (zoneBytes != null) tm.tm_zone = (IntPtr)z;
            while (i < n)
            {
                int j = i;
                while (i < n && format[i] != 0 && format[i] < 128) i++;
                if (i > j)
                {
                    var piece = new byte[i - j + 1];
                    for (int k = j; k < i; k++) piece[k - j] = (byte)format[k];
                    var s = Strftime1(piece, i - j, tm);
                    if (s == null) return null;
                    writer.Append(s);
                    Py.DECREF(s);
                }
                j = i;
                while (i < n && format[i] != '%') i++;
                writer.Append(format, j, i - j);
            }
        }
        return writer.Finish();
    }

    /// <summary>time_strftime1: one NUL-terminated ASCII piece of the format through the C library.</summary>
    static unsafe PyUnicode? Strftime1(byte[] piece, int length, in TimeLibc.Tm tm)
    {
        fixed (byte* f = piece)
        {
            // strftime returns 0 both for "too small" and for an empty result: grow, then give up as CPython does.
            for (int size = 1024; ; size *= 2)
            {
                var buf = new byte[size];
                nuint written;
                fixed (byte* b = buf) written = TimeLibc.strftime(b, (nuint)size, f, tm);
                if (written > 0 || size >= 256 * length)
                    return Sharpy.Modules.Codecs.Utf8Codec.Decode(buf.AsSpan(0, (int)written), null, "surrogateescape", true, out _);
            }
        }
    }

    [PyMethod("strptime", TextSignature = "")]
    static PyObject? Strptime([VarArgs] PyTuple args)
    {
        var mod = Import.ImportModule("_strptime");
        if (mod == null) return null;
        var func = Abstract.GetAttr(mod, PyUnicode.Intern("_strptime_time"));
        Py.DECREF(mod);
        if (func == null) return null;
        var r = Calls.CallTuple(func, args);
        Py.DECREF(func);
        return r;
    }

    // ---- time zone ----

    [PyMethod("tzset")]
    static PyObject? Tzset(PyModule module)
    {
        TimeLibc.tzset();
        return InitTimezone(module) < 0 ? null : Py.None;
    }

    /// <summary>
    /// init_timezone as glibc builds do it: timezone, altzone, daylight and tzname from the
    /// local time of January and July of this year (southern hemispheres reversed).
    /// </summary>
    static int InitTimezone(PyModule m)
    {
        TimeLibc.tzset();
        const long year = (365 * 24 + 6) * 3600;
        if (!TimestampArg(null, out long now)) return -1;
        long t = now / year * year;
        if (!LocalTime(t, out var jan)) return -1;
        long janoff = -jan.tm_gmtoff;
        string janname = jan.tm_zone == IntPtr.Zero ? "   " : Marshal.PtrToStringUTF8(jan.tm_zone)!;
        t += year / 2;
        if (!LocalTime(t, out var jul)) return -1;
        long juloff = -jul.tm_gmtoff;
        string julname = jul.tm_zone == IntPtr.Zero ? "   " : Marshal.PtrToStringUTF8(jul.tm_zone)!;
        bool southern = janoff < juloff;
        var dict = m.Dict;
        dict.SetItemStringSteal("timezone", PyLong.FromLong(southern ? juloff : janoff));
        dict.SetItemStringSteal("altzone", PyLong.FromLong(southern ? janoff : juloff));
        dict.SetItemStringSteal("daylight", PyLong.FromLong(janoff != juloff ? 1 : 0));
        dict.SetItemStringSteal("tzname", PyTuple.FromStolen([
            PyUnicode.FromString(southern ? julname : janname), PyUnicode.FromString(southern ? janname : julname)]));
        return 0;
    }
}
