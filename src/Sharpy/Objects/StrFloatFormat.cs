using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sharpy.Objects;

/// <summary>
/// Exact 'f', 'e' and 'g' formatting of a double with a given precision, correctly rounded
/// (half-even on the exact binary value, as CPython's dtoa-based PyOS_double_to_string), for
/// printf-style `%` formatting. Returns the digits without sign handling for nan/inf beyond
/// CPython's spelling.
/// </summary>
public static class StrFloatFormat
{
    /// <summary>The exact value |x| as num/den.</summary>
    static void Exact(double x, out BigInteger num, out BigInteger den)
    {
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int exp = (int)((bits >> 52) & 0x7FF);
        long man = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else man |= 1L << 52;
        exp -= 1075;
        if (exp >= 0) { num = new BigInteger(man) << exp; den = BigInteger.One; }
        else { num = new BigInteger(man); den = BigInteger.One << -exp; }
    }

    /// <summary>round(num/den) half to even.</summary>
    static BigInteger RoundDiv(BigInteger num, BigInteger den)
    {
        var q = BigInteger.DivRem(num, den, out var r);
        int c = (r * 2).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>Fixed notation with <paramref name="prec"/> digits after the point, of |x|.</summary>
    public static string FixedAbs(double x, int prec)
    {
        Exact(x, out var num, out var den);
        var q = RoundDiv(num * BigInteger.Pow(10, prec), den);
        var digits = q.ToString(CultureInfo.InvariantCulture);
        if (prec == 0) return digits;
        if (digits.Length <= prec) digits = new string('0', prec - digits.Length + 1) + digits;
        return digits[..^prec] + "." + digits[^prec..];
    }

    /// <summary>|x| rounded to <paramref name="sig"/> significant digits: the digit string and the decimal exponent of the first digit.</summary>
    static (string Digits, int Exp) Significant(double x, int sig)
    {
        if (x == 0) return (new string('0', sig), 0);
        Exact(x, out var num, out var den);
        int e = (int)Math.Floor(Math.Log10(Math.Abs(x)));
        string last = "";
        for (int attempt = 0; attempt < 6; attempt++)
        {
            int shift = sig - 1 - e;
            BigInteger q = shift >= 0 ? RoundDiv(num * BigInteger.Pow(10, shift), den) : RoundDiv(num, den * BigInteger.Pow(10, -shift));
            last = q.ToString(CultureInfo.InvariantCulture);
            if (last.Length == sig) return (last, e);
            if (last.Length > sig) e++; else e--;
        }
        return (last[..sig], e);
    }

    /// <summary>Exponent notation of |x| with <paramref name="prec"/> digits after the point: d.ddde+XX.</summary>
    public static string ExpAbs(double x, int prec, bool upper, bool alternate = false)
    {
        var (d, e) = Significant(x, prec + 1);
        var sb = new StringBuilder(prec + 8);
        sb.Append(d[0]);
        if (prec > 0 || alternate) sb.Append('.');
        sb.Append(d, 1, d.Length - 1);
        AppendExponent(sb, e, upper);
        return sb.ToString();
    }

    static void AppendExponent(StringBuilder sb, int e, bool upper)
    {
        sb.Append(upper ? 'E' : 'e').Append(e < 0 ? '-' : '+');
        int a = Math.Abs(e);
        if (a < 10) sb.Append('0');
        sb.Append(a.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>General format ('g') of |x|: precision significant digits, trailing zeros removed unless alternate.</summary>
    public static string GeneralAbs(double x, int prec, bool upper, bool alternate)
    {
        if (prec == 0) prec = 1;
        var (d, e) = Significant(x, prec);
        string body;
        if (e >= -4 && e < prec)
        {
            // fixed with prec-1-e decimals
            if (e >= 0)
            {
                string ip = d[..(e + 1)];
                string fp = d[(e + 1)..];
                if (!alternate) fp = fp.TrimEnd('0');
                body = fp.Length > 0 || alternate ? ip + "." + fp : ip;
            }
            else
            {
                string fp = new string('0', -e - 1) + d;
                if (!alternate) fp = fp.TrimEnd('0');
                body = fp.Length > 0 || alternate ? "0." + fp : "0";
            }
            if (x == 0)
            {
                body = alternate ? "0." + new string('0', prec - 1) : "0";
            }
            return body;
        }
        var sb = new StringBuilder();
        sb.Append(d[0]);
        string rest = d[1..];
        if (!alternate) rest = rest.TrimEnd('0');
        if (rest.Length > 0 || alternate) sb.Append('.').Append(rest);
        AppendExponent(sb, e, upper);
        return sb.ToString();
    }

    /// <summary>Format |x| for a printf/format type code ('f','F','e','E','g','G'); nan/inf spelled as CPython.</summary>
    public static string FormatAbs(double x, char type, int prec, bool alternate)
    {
        bool upper = type is 'F' or 'E' or 'G';
        if (double.IsNaN(x)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(x)) return upper ? "INF" : "inf";
        switch (type)
        {
            case 'f':
            case 'F':
                {
                    var s = FixedAbs(x, prec);
                    return alternate && prec == 0 ? s + "." : s;
                }
            case 'e':
            case 'E':
                return ExpAbs(x, prec, upper, alternate);
            default:
                return GeneralAbs(x, prec, upper, alternate);
        }
    }
}
