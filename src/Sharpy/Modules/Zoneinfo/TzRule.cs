using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Zoneinfo;

/// <summary>
/// _tzrule: the rule a POSIX TZ string gives for the times after a zone's last transition
/// (the footer of a version 2+ TZif file): standard time only, or standard and DST with the
/// yearly start and end of DST. Owns its ttinfos.
/// </summary>
internal sealed class TzRule
{
    public readonly TtInfo Std;
    public readonly TtInfo? Dst;
    /// <summary>DST's offset minus standard time's (negative for "negative DST", as in Europe/Dublin).</summary>
    public readonly long DstDiff;
    readonly TransitionRule? _start;
    readonly TransitionRule? _end;

    public bool StdOnly => Dst == null;

    TzRule(TtInfo std, TtInfo? dst, long dstDiff, TransitionRule? start, TransitionRule? end)
    {
        Std = std;
        Dst = dst;
        DstDiff = dstDiff;
        _start = start;
        _end = end;
    }

    /// <summary>A rule of standard time only: the zone's last period, when the file has no TZ string.</summary>
    public static TzRule StdOnlyRule(TtInfo std) => new(std, null, 0, null, null);

    /// <summary>build_tzrule: null with an exception set when a timedelta cannot be made.</summary>
    static TzRule? Build(ZoneinfoState st, PyObject stdAbbr, PyObject? dstAbbr, long stdOffset, long dstOffset,
        TransitionRule? start, TransitionRule? end)
    {
        var std = TtInfo.Build(st, stdOffset, 0, stdAbbr);
        if (std == null) return null;
        if (dstAbbr == null) return new TzRule(std, null, 0, null, null);
        long diff = dstOffset - stdOffset;
        var dst = TtInfo.Build(st, dstOffset, diff, dstAbbr);
        if (dst == null)
        {
            std.Release();
            return null;
        }
        return new TzRule(std, dst, diff, start, end);
    }

    public void Traverse(Visitor visit)
    {
        Std.Traverse(visit);
        Dst?.Traverse(visit);
    }

    public void Release()
    {
        Std.Release();
        Dst?.Release();
    }

    /// <summary>find_tzrule_ttinfo: what applies at local timestamp <paramref name="ts"/> of <paramref name="year"/>, with <paramref name="fold"/>.</summary>
    public TtInfo Find(long ts, bool fold, int year)
    {
        if (Dst == null) return Std;
        long start = _start!.YearToTimestamp(year);
        long end = _end!.YearToTimestamp(year);
        // With fold=0 the period with the smaller offset starts at the end of the gap and ends
        // at the end of the fold; with fold=1 it runs from the start of the gap to the start of
        // the fold: which bound moves depends on fold XOR (DST is positive).
        if (fold == (DstDiff >= 0)) end -= DstDiff;
        else start += DstDiff;
        bool isdst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
        return isdst ? Dst : Std;
    }

    /// <summary>find_tzrule_ttinfo_fromutc: what applies at UTC timestamp <paramref name="ts"/>, and whether that local time is in a fold.</summary>
    public TtInfo FindFromUtc(long ts, int year, out bool fold)
    {
        if (Dst == null)
        {
            fold = false;
            return Std;
        }
        long start = _start!.YearToTimestamp(year) - Std.UtcOffSeconds;
        long end = _end!.YearToTimestamp(year) - Dst.UtcOffSeconds;
        bool isdst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
        // The ambiguous hour is one dst_diff after DST ends (positive DST) or before it starts (negative).
        long ambigStart, ambigEnd;
        if (DstDiff > 0)
        {
            ambigStart = end;
            ambigEnd = end + DstDiff;
        }
        else
        {
            ambigStart = start;
            ambigEnd = start - DstDiff;
        }
        fold = ts >= ambigStart && ts < ambigEnd;
        return isdst ? Dst : Std;
    }

    // ---- parsing (parse_tz_str and its helpers) ----

    /// <summary>
    /// parse_tz_str: the rule of a TZ string (bytes), `std offset[dst[offset],start[/time],end[/time]]`
    /// (POSIX.1 §8.3, with RFC 8536's wider hours), or null with ValueError naming the string.
    /// </summary>
    public static TzRule? Parse(ZoneinfoState st, PyBytes tzStr)
    {
        // The C parser reads a NUL-terminated string: a 0 byte ends it.
        var s = new byte[tzStr.Length + 1];
        tzStr.AsSpan().CopyTo(s);
        int p = 0;
        PyObject? stdAbbr = null, dstAbbr = null;
        TransitionRule? start = null, end = null;
        long stdOffset = 0, dstOffset = 0;
        string? error = null;

        int n = ParseAbbr(s, p, out stdAbbr);
        if (n < 1) error = "Invalid STD format in ";
        else
        {
            p += n;
            n = ParseTzDelta(s, p, out stdOffset);
            if (n < 0) error = "Invalid STD offset in ";
            else p += n;
        }
        if (error == null && s[p] != 0)
        {
            n = ParseAbbr(s, p, out dstAbbr);
            if (n < 1) error = "Invalid DST format in ";
            else
            {
                p += n;
                // POSIX: without an offset, DST is one hour ahead of standard time.
                if (s[p] == (byte)',') dstOffset = stdOffset + 3600;
                else
                {
                    n = ParseTzDelta(s, p, out dstOffset);
                    if (n < 0) error = "Invalid DST offset in ";
                    else p += n;
                }
            }
            for (int i = 0; i < 2 && error == null; i++)
            {
                if (s[p] != (byte)',')
                {
                    error = "Missing transition rules in TZ string: ";
                    break;
                }
                p++;
                n = ParseTransitionRule(s, p, out var rule);
                if (n < 0)
                {
                    error = "Malformed transition rule in TZ string: ";
                    break;
                }
                if (i == 0) start = rule; else end = rule;
                p += n;
            }
            if (error == null && s[p] != 0) error = "Extraneous characters at end of TZ string: ";
        }
        TzRule? result = null;
        if (error != null)
        {
            var repr = Abstract.Repr(tzStr);
            if (repr != null)
            {
                Errors.SetString(PyExc.ValueError, error + ((PyUnicode)repr).Value);
                Py.DECREF(repr);
            }
        }
        else result = Build(st, stdAbbr!, dstAbbr, stdOffset, dstOffset, start, end);
        Py.XDECREF(stdAbbr);
        Py.XDECREF(dstAbbr);
        return result;
    }

    static bool IsDigit(byte c) => c >= (byte)'0' && c <= (byte)'9';
    static bool IsAlpha(byte c) => (c | 0x20) >= (byte)'a' && (c | 0x20) <= (byte)'z';

    /// <summary>parse_abbr: `<...>` (letters, digits, + and -) or letters; the characters read, or -1.</summary>
    static int ParseAbbr(byte[] s, int p, out PyObject? abbr)
    {
        abbr = null;
        int ptr = p, strStart, strEnd;
        if (s[ptr] == (byte)'<')
        {
            ptr++;
            strStart = ptr;
            while (s[ptr] != (byte)'>')
            {
                byte c = s[ptr];
                if (!IsAlpha(c) && !IsDigit(c) && c != (byte)'+' && c != (byte)'-') return -1;
                ptr++;
            }
            strEnd = ptr;
            ptr++;
        }
        else
        {
            strStart = p;
            while (IsAlpha(s[ptr])) ptr++;
            strEnd = ptr;
            if (strEnd == strStart) return -1;
        }
        abbr = PyUnicode.FromString(System.Text.Encoding.ASCII.GetString(s, strStart, strEnd - strStart));
        return ptr - p;
    }

    /// <summary>
    /// parse_tz_delta: `[+|-]hh[:mm[:ss]]`, one to three hour digits up to 24; west of Greenwich
    /// (no sign or +) is a negative offset. The characters read, or -1.
    /// </summary>
    static int ParseTzDelta(byte[] s, int p, out long totalSeconds)
    {
        totalSeconds = 0;
        int n = ParseSignedHms(s, p, 24, out int sign, out int h, out int m, out int sec);
        if (n < 0) return -1;
        totalSeconds = -sign * (h * 3600L + m * 60 + sec);
        return n;
    }

    /// <summary>parse_transition_rule: `Mm.w.d`, `Jn` or `n`, then an optional `/time`; the characters read, or -1.</summary>
    static int ParseTransitionRule(byte[] s, int p, out TransitionRule? rule)
    {
        rule = null;
        int ptr = p;
        // POSIX: the transition is at 02:00 unless a time is given.
        int hour = 2, minute = 0, second = 0;
        if (s[ptr] == (byte)'M')
        {
            ptr++;
            if (!IsDigit(s[ptr])) return -1;
            int month = s[ptr++] - '0';
            if (s[ptr] != (byte)'.')
            {
                if (!IsDigit(s[ptr])) return -1;
                month = month * 10 + (s[ptr++] - '0');
            }
            int week = 0, day = 0;
            for (int i = 0; i < 2; i++)
            {
                if (s[ptr] != (byte)'.') return -1;
                ptr++;
                if (!IsDigit(s[ptr])) return -1;
                if (i == 0) week = s[ptr] - '0'; else day = s[ptr] - '0';
                ptr++;
            }
            if (s[ptr] == (byte)'/')
            {
                ptr++;
                int n = ParseTransitionTime(s, ptr, ref hour, ref minute, ref second);
                if (n < 0) return -1;
                ptr += n;
            }
            // POSIX: day d (0 = Sunday) of week w (5: the last) of month m.
            if (month <= 0 || month > 12 || week <= 0 || week > 5 || day > 6) return -1;
            rule = new CalendarRule(month, week, day, hour, minute, second);
        }
        else
        {
            bool julian = false;
            int day = 0;
            if (s[ptr] == (byte)'J')
            {
                julian = true;
                ptr++;
            }
            for (int i = 0; i < 3; i++)
            {
                if (!IsDigit(s[ptr]))
                {
                    if (i == 0) return -1;
                    break;
                }
                day = day * 10 + (s[ptr] - '0');
                ptr++;
            }
            if (s[ptr] == (byte)'/')
            {
                ptr++;
                int n = ParseTransitionTime(s, ptr, ref hour, ref minute, ref second);
                if (n < 0) return -1;
                ptr += n;
            }
            // POSIX: Jn counts 1..365 without leap days, n counts 0..365 with them.
            if (day < (julian ? 1 : 0) || day > 365) return -1;
            rule = new DayRule(julian, day, hour, minute, second);
        }
        return ptr - p;
    }

    /// <summary>
    /// parse_transition_time: `[+|-]h[hh][:mm[:ss]]`, hours up to 167 (RFC 8536); the sign applies
    /// to every part. The characters read, or -1.
    /// </summary>
    static int ParseTransitionTime(byte[] s, int p, ref int hour, ref int minute, ref int second)
    {
        int n = ParseSignedHms(s, p, 167, out int sign, out int h, out int m, out int sec);
        if (n < 0) return -1;
        hour = sign * h;
        minute = sign * m;
        second = sign * sec;
        return n;
    }

    /// <summary>
    /// The `[+|-]h[hh][:mm[:ss]]` both readers share: the sign (-1 for '-', else 1), one to three
    /// hour digits up to <paramref name="maxHours"/>, and two-digit minutes and seconds. The
    /// characters read, or -1.
    /// </summary>
    static int ParseSignedHms(byte[] s, int p, int maxHours, out int sign, out int hours, out int minutes, out int seconds)
    {
        int ptr = p;
        sign = 1;
        hours = minutes = seconds = 0;
        if (s[ptr] == (byte)'-' || s[ptr] == (byte)'+')
        {
            if (s[ptr] == (byte)'-') sign = -1;
            ptr++;
        }
        for (int i = 0; i < 3; i++)
        {
            if (!IsDigit(s[ptr]))
            {
                if (i == 0) return -1;
                break;
            }
            hours = hours * 10 + (s[ptr] - '0');
            ptr++;
        }
        if (hours > maxHours) return -1;
        for (int i = 0; i < 2; i++)
        {
            if (s[ptr] != (byte)':') break;
            ptr++;
            int v = 0;
            for (int j = 0; j < 2; j++)
            {
                if (!IsDigit(s[ptr])) return -1;
                v = v * 10 + (s[ptr] - '0');
                ptr++;
            }
            if (i == 0) minutes = v; else seconds = v;
        }
        return ptr - p;
    }
}

/// <summary>TransitionRuleType: when in a year (as a local timestamp) DST starts or ends.</summary>
internal abstract class TransitionRule(int hour, int minute, int second)
{
    protected long TimeOfDay => hour * 3600L + minute * 60L + second;

    public abstract long YearToTimestamp(int year);
}

/// <summary>CalendarRule, `Mm.w.d`: weekday d (0 = Sunday) of week w of month m, week 5 being the last.</summary>
internal sealed class CalendarRule(int month, int week, int day, int hour, int minute, int second)
    : TransitionRule(hour, minute, second)
{
    public override long YearToTimestamp(int year)
    {
        int firstDay = (ZoneCalendar.YmdToOrd(year, month, 1) + 6) % 7;   // 0 = Monday, as ordinals count
        int daysInMonth = ZoneCalendar.DaysInMonth[month];
        if (month == 2 && ZoneCalendar.IsLeapYear(year)) daysInMonth++;
        // The first `day` of the month (POSIX counts from Sunday), then the w-th; week 5 that
        // overshoots the month is the last one.
        int monthDay = (day - (firstDay + 1)) % 7;
        if (monthDay < 0) monthDay += 7;
        monthDay += 1 + (week - 1) * 7;
        if (monthDay > daysInMonth) monthDay -= 7;
        long ordinal = ZoneCalendar.YmdToOrd(year, month, monthDay) - ZoneCalendar.EpochOrdinal;
        return ordinal * 86400 + TimeOfDay;
    }
}

/// <summary>DayRule, `Jn` (1-based, February 29 never counted) or `n` (0-based, leap days counted).</summary>
internal sealed class DayRule(bool julian, int day, int hour, int minute, int second)
    : TransitionRule(hour, minute, second)
{
    public override long YearToTimestamp(int year)
    {
        long daysBeforeYear = ZoneCalendar.YmdToOrd(year, 1, 1) - ZoneCalendar.EpochOrdinal - 1;
        int d = day;
        if (julian && d >= 59 && ZoneCalendar.IsLeapYear(year)) d++;
        return (daysBeforeYear + d) * 86400 + TimeOfDay;
    }
}

/// <summary>The proleptic Gregorian arithmetic of datetime's ordinals.</summary>
internal static class ZoneCalendar
{
    public const int EpochOrdinal = 719163;
    public static readonly int[] DaysInMonth = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    static readonly int[] DaysBeforeMonth = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    public static bool IsLeapYear(int year)
    {
        uint y = (uint)year;
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /// <summary>ymd_to_ord: days since 0001-01-01, which is day 1.</summary>
    public static int YmdToOrd(int y, int m, int d)
    {
        y -= 1;
        int daysBeforeYear = y * 365 + y / 4 - y / 100 + y / 400;
        int yearday = DaysBeforeMonth[m];
        if (m > 2 && IsLeapYear(y + 1)) yearday++;
        return daysBeforeYear + yearday + d;
    }
}
