using System;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The layout of a formatted number (formatter_unicode.c, calc_number_widths and
/// fill_number): <c>[lpad][sign][prefix][spad][grouped int digits][.][grouped fraction][rest][rpad]</c>.
/// With '0' fill and '=' alignment the integer digits are zero-padded inside the grouping.
/// </summary>
internal static class NumberFormat
{
    /// <summary>
    /// <paramref name="intDigits"/> are the digits before the decimal point (none for 'c');
    /// <paramref name="frac"/> the digits after it (null when there is no decimal point);
    /// <paramref name="rest"/> what follows (an exponent, '%', or the character for 'c').
    /// </summary>
    public static string? Layout(in FormatSpec f, bool negative, string prefix, string intDigits,
        string? frac, string rest, char thousands, int group)
    {
        if (!WidthFits(f)) return null;
        char sign = '\0';
        if (negative) sign = '-';
        else if (f.Sign == '+') sign = '+';
        else if (f.Sign == ' ') sign = ' ';
        int nSign = sign == '\0' ? 0 : 1;

        string groupedFrac = "";
        if (frac != null)
        {
            groupedFrac = f.FracThousands != '\0' ? GroupFraction(frac, f.FracThousands) : frac;
        }
        long nonDigit = nSign + prefix.Length + (frac != null ? 1 : 0) + groupedFrac.Length + rest.Length;
        long minWidth = f.Fill == '0' && f.Align == '=' ? f.Width - nonDigit : 0;
        string grouped = intDigits.Length == 0 ? "" : Group(intDigits, minWidth, thousands, group);

        long padding = f.Width - (nonDigit + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (f.Align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        var sb = new StringBuilder((int)Math.Min(int.MaxValue / 2, nonDigit + grouped.Length + Math.Max(0, padding)));
        if (lpad > 0) FormatSpec.AppendCodePoint(sb, f.Fill, lpad);
        if (nSign == 1) sb.Append(sign);
        sb.Append(prefix);
        if (spad > 0) FormatSpec.AppendCodePoint(sb, f.Fill, spad);
        sb.Append(grouped);
        if (frac != null) sb.Append('.').Append(groupedFrac);
        sb.Append(rest);
        if (rpad > 0) FormatSpec.AppendCodePoint(sb, f.Fill, rpad);
        return sb.ToString();
    }

    /// <summary>The padded result must fit a str: MemoryError (false) for a width no str can hold,
    /// before anything is allocated for it.</summary>
    public static bool WidthFits(in FormatSpec f)
    {
        if (f.Width <= PyUnicode.MaxLength) return true;
        Errors.NoMemory();
        return false;
    }

    /// <summary>
    /// _PyUnicode_InsertThousandsGrouping with a repeating group size (0: no grouping), padding
    /// with zeros to <paramref name="minWidth"/>.
    /// </summary>
    public static string Group(string digits, long minWidth, char sep, int group)
    {
        minWidth = Math.Max(0, minWidth);
        var parts = new StringBuilder();
        // Built right to left, then reversed.
        long remaining = digits.Length;
        int digitsPos = digits.Length;
        bool useSep = false;
        bool broken = false;
        if (sep != '\0' && group > 0)
        {
            while (true)
            {
                long len = Math.Min(group, Math.Max(Math.Max(remaining, minWidth), 1));
                long zeros = Math.Max(0, len - remaining);
                long chars = Math.Max(0, Math.Min(remaining, len));
                if (useSep) parts.Append(sep);
                for (long i = 0; i < chars; i++) parts.Append(digits[--digitsPos]);
                parts.Append('0', UnicodeWriter.CheckSize(parts.Length + zeros) - parts.Length);
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0)
                {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken)
        {
            long len = Math.Max(Math.Max(remaining, minWidth), 1);
            long zeros = Math.Max(0, len - remaining);
            long chars = Math.Max(0, Math.Min(remaining, len));
            if (useSep) parts.Append(sep);
            for (long i = 0; i < chars; i++) parts.Append(digits[--digitsPos]);
            parts.Append('0', UnicodeWriter.CheckSize(parts.Length + zeros) - parts.Length);
        }
        var arr = parts.ToString().ToCharArray();
        Array.Reverse(arr);
        return new string(arr);
    }

    /// <summary>The fractional digits grouped by three from the decimal point (3.14).</summary>
    public static string GroupFraction(string frac, char sep)
    {
        if (frac.Length <= 3) return frac;
        var sb = new StringBuilder(frac.Length + frac.Length / 3);
        for (int i = 0; i < frac.Length; i++)
        {
            if (i > 0 && i % 3 == 0) sb.Append(sep);
            sb.Append(frac[i]);
        }
        return sb.ToString();
    }
}
