using System;
using System.Runtime.InteropServices;

namespace Sharpy.Modules.Time;

/// <summary>
/// The libc calls the time module is made of (DESIGN.md invariant 9: .NET has no
/// clock_gettime with clock ids, no localtime with the C library's time zone rules, no strftime).
/// Layouts are glibc's on x86-64.
/// </summary>
internal static unsafe partial class TimeLibc
{
    [StructLayout(LayoutKind.Sequential)]
    public struct Timespec
    {
        public long tv_sec;
        public long tv_nsec;
    }

    /// <summary>struct tm with glibc's tm_gmtoff and tm_zone.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Tm
    {
        public int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
        public long tm_gmtoff;
        public IntPtr tm_zone;
    }

    public const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3,
        CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    [LibraryImport("libc", SetLastError = true)]
    public static partial int clock_gettime(int clk, out Timespec ts);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int clock_settime(int clk, in Timespec ts);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int clock_getres(int clk, out Timespec ts);

    [LibraryImport("libc", SetLastError = true)]
    public static partial Tm* gmtime_r(in long t, out Tm result);

    [LibraryImport("libc", SetLastError = true)]
    public static partial Tm* localtime_r(in long t, out Tm result);

    [LibraryImport("libc", SetLastError = true)]
    public static partial long mktime(ref Tm tm);

    [LibraryImport("libc")]
    public static partial nuint strftime(byte* s, nuint max, byte* format, in Tm tm);

    [LibraryImport("libc")]
    public static partial void tzset();

    [LibraryImport("libc")]
    public static partial int pthread_getcpuclockid(nuint thread, out int clockId);
}
