using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sharpy.Objects;

/// <summary>Flags of <see cref="FloatFormat.DoubleToString"/> (Py_DTSF_*).</summary>
[Flags]
public enum DtsFlags
{
    None = 0,
    /// <summary>Always write a sign.</summary>
    Sign = 1,
    /// <summary>Integers in fixed notation get ".0" ('r' and 'g').</summary>
    AddDot0 = 2,
    /// <summary>The alternate form ('#').</summary>
    Alt = 4,
    /// <summary>'z': a result that rounds to zero loses its minus sign.</summary>
    NoNegZero = 8,
}

/// <summary>
/// Float to text (Python/pystrtod.c PyOS_double_to_string and format_float_short, with the
/// digit strings Python/dtoa.c's _Py_dg_dtoa makes): mode 0 is the shortest string that
/// reads back as the same double; modes 2 and 3 are correctly rounded (half-even on the
/// exact binary value) to a number of significant digits or of decimal places.
/// </summary>
public static class FloatFormat
{
    /// <summary>repr(float) and str(float).</summary>
    public static string Repr(double d)
    {
        Span<char> buf = stackalloc char[ReprMaxLength];
        return new string(buf[..FormatRepr(d, buf)]);
    }

    /// <summary>The longest repr of a float ("-2.2250738585072014e-308" is 24).</summary>
    public const int ReprMaxLength = 32;

    /// <summary>
    /// repr(d) written into <paramref name="dest"/> (<see cref="ReprMaxLength"/> chars or more),
    /// without building strings: what DoubleToString(d, 'r', 0, AddDot0) gives. The number of chars.
    /// </summary>
    public static int FormatRepr(double d, Span<char> dest)
    {
        if (!double.IsFinite(d))
        {
            string special = double.IsNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
            special.CopyTo(dest);
            return special.Length;
        }
        Span<char> digits = stackalloc char[32];
        int n, decpt;
        double a = Math.Abs(d);
        if (a == 0)
        {
            digits[0] = '0';
            n = 1;
            decpt = 1;
        }
        else if (!TryShortestDigits(a, digits, out n, out decpt))
        {
            ShortestDigits(a, out string slow, out decpt);
            slow.CopyTo(digits);
            n = slow.Length;
        }
        int pos = 0;
        if (double.IsNegative(d)) dest[pos++] = '-';
        if (decpt <= -4 || decpt > 16)
        {
            // d.ddde+XX
            dest[pos++] = digits[0];
            if (n > 1)
            {
                dest[pos++] = '.';
                digits[1..n].CopyTo(dest[pos..]);
                pos += n - 1;
            }
            int exp = decpt - 1;
            dest[pos++] = 'e';
            dest[pos++] = exp < 0 ? '-' : '+';
            exp = Math.Abs(exp);
            if (exp < 10) dest[pos++] = '0';
            exp.TryFormat(dest[pos..], out int written, default, CultureInfo.InvariantCulture);
            return pos + written;
        }
        if (decpt <= 0)
        {
            // 0.000ddd
            dest[pos++] = '0';
            dest[pos++] = '.';
            dest.Slice(pos, -decpt).Fill('0');
            pos += -decpt;
            digits[..n].CopyTo(dest[pos..]);
            return pos + n;
        }
        if (decpt < n)
        {
            // ddd.ddd
            digits[..decpt].CopyTo(dest[pos..]);
            pos += decpt;
            dest[pos++] = '.';
            digits[decpt..n].CopyTo(dest[pos..]);
            return pos + n - decpt;
        }
        // ddd000.0
        digits[..n].CopyTo(dest[pos..]);
        pos += n;
        dest.Slice(pos, decpt - n).Fill('0');
        pos += decpt - n;
        dest[pos++] = '.';
        dest[pos++] = '0';
        return pos;
    }

    /// <summary>
    /// <see cref="ShortestDigits"/> without allocating, from .NET's shortest round-trip text; false
    /// for the powers of two where that text is not the shortest (the caller takes the slow way).
    /// </summary>
    static bool TryShortestDigits(double d, Span<char> digits, out int n, out int decpt)
    {
        n = decpt = 0;
        Span<char> r = stackalloc char[32];
        if (!d.TryFormat(r, out int len, "R", CultureInfo.InvariantCulture)) return false;
        r = r[..len];
        if ((BitConverter.DoubleToInt64Bits(d) & 0xFFFFFFFFFFFFFL) == 0
            && double.Parse(r, NumberStyles.Float, CultureInfo.InvariantCulture) != d) return false;
        int exp = 0;
        int e = r.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int intLen = 0, lead = 0;
        bool afterDot = false;
        foreach (char c in r)
        {
            if (c == '.') { afterDot = true; continue; }
            if (!afterDot) intLen++;
            if (n == 0 && c == '0') { lead++; continue; }
            digits[n++] = c;
        }
        while (n > 0 && digits[n - 1] == '0') n--;
        decpt = intLen + exp - lead;
        return n > 0;
    }

    // ----- digit generation (the dtoa part) -----

    /// <summary>
    /// The shortest digits that round-trip (mode 0): <paramref name="digits"/> without leading or
    /// trailing zeros and the decimal point position, value = 0.digits * 10**decpt. d is finite, non-zero and positive.
    /// </summary>
    static void ShortestDigits(double d, out string digits, out int decpt)
    {
        SplitDigits(d.ToString("R", CultureInfo.InvariantCulture), out digits, out decpt);
        // At a power of two the double below is nearer than the double above, and .NET's
        // shortest digits can then read back as the double below (2.0**-25 gave
        // 2.980232238769531e-08, which is 0x1.fffffffffffffp-26).
        if ((BitConverter.DoubleToInt64Bits(d) & 0xFFFFFFFFFFFFFL) == 0 && ReadBack(digits, decpt) != d)
            ShortestDigitsByRounding(d, out digits, out decpt);
    }

    /// <summary>The digits and decimal point of a number printed by .NET ("1.5E-05", "123.25").</summary>
    static void SplitDigits(string r, out string digits, out int decpt)
    {
        int e = r.IndexOf('E');
        int exp = 0;
        string mant = r;
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mant = r[..e];
        }
        int dot = mant.IndexOf('.');
        string intPart = dot < 0 ? mant : mant[..dot];
        string fracPart = dot < 0 ? "" : mant[(dot + 1)..];
        string all = intPart + fracPart;
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        decpt = intPart.Length + exp - lead;
        digits = all[lead..].TrimEnd('0');
    }

    static double ReadBack(string digits, int decpt) =>
        double.Parse("0." + digits + "E" + decpt.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// The shortest digits the slow way: for 1, 2, ... 17 digits, the correctly rounded digits
    /// and their neighbours one unit away; the first length where one reads back as d wins,
    /// nearest to d first.
    /// </summary>
    static void ShortestDigitsByRounding(double d, out string digits, out int decpt)
    {
        ExactDigits(d, out string exact, out int exactDecpt);
        for (int n = 1; ; n++)
        {
            string rounded = exact;
            int roundedDecpt = exactDecpt;
            RoundDigits(ref rounded, ref roundedDecpt, n);
            // The candidates as integers scaled by 10**(roundedDecpt - n).
            var mid = BigInteger.Parse(rounded.PadRight(n, '0'), CultureInfo.InvariantCulture);
            var target = BigInteger.Parse(exact, CultureInfo.InvariantCulture);
            // target * 10**(exactDecpt - exact.Length) against candidate * 10**(roundedDecpt - n): bring both to one scale.
            int ts = exactDecpt - exact.Length, cs = roundedDecpt - n, scale = Math.Min(ts, cs);
            target *= BigInteger.Pow(10, ts - scale);
            var unit = BigInteger.Pow(10, cs - scale);
            string? best = null;
            int bestDecpt = 0;
            BigInteger bestDistance = default;
            foreach (var candidate in new[] { mid, mid - 1, mid + 1 })
            {
                if (candidate.Sign <= 0) continue;
                string c = candidate.ToString(CultureInfo.InvariantCulture);
                int cDecpt = roundedDecpt + c.Length - n;
                c = c.TrimEnd('0');
                if (ReadBack(c, cDecpt) != d) continue;
                var distance = BigInteger.Abs(candidate * unit - target);
                if (best == null || distance < bestDistance)
                {
                    best = c;
                    bestDecpt = cDecpt;
                    bestDistance = distance;
                }
            }
            if (best != null || n >= 17)
            {
                digits = best ?? rounded;
                decpt = best != null ? bestDecpt : roundedDecpt;
                return;
            }
        }
    }

    static readonly BigInteger[] s_pow5 = new BigInteger[1100];

    static BigInteger Pow5(int k)
    {
        var p = s_pow5[k];
        if (p.IsZero)
        {
            p = BigInteger.Pow(5, k);
            s_pow5[k] = p;
        }
        return p;
    }

    /// <summary>All the digits of the exact binary value of d (finite, positive, non-zero).</summary>
    static void ExactDigits(double d, out string digits, out int decpt)
    {
        long bits = BitConverter.DoubleToInt64Bits(d);
        int bexp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (bexp == 0) bexp = 1;
        else mant |= 1L << 52;
        int e = bexp - 1075;
        // Remove trailing zero bits to keep the numbers small.
        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        e += tz;
        if (e >= 0)
        {
            var n = new BigInteger(mant) << e;
            digits = e < 11 ? ((ulong)mant << e).ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
            decpt = digits.Length;
        }
        else
        {
            var n = Pow5(-e) * mant;
            digits = n.ToString(CultureInfo.InvariantCulture);
            decpt = digits.Length + e;
        }
        digits = digits.TrimEnd('0');
    }

    /// <summary>
    /// Round the digit string to its first <paramref name="keep"/> digits, half-even on the exact
    /// value; strips trailing zeros. <paramref name="keep"/> may be zero or negative.
    /// </summary>
    static void RoundDigits(ref string digits, ref int decpt, long keep)
    {
        if (keep >= digits.Length) return;
        if (keep < 0)
        {
            digits = "";
            return;
        }
        int k = (int)keep;
        char next = digits[k];
        bool up;
        if (next > '5') up = true;
        else if (next < '5') up = false;
        else
        {
            bool more = false;
            for (int i = k + 1; i < digits.Length; i++) if (digits[i] != '0') { more = true; break; }
            if (more) up = true;
            else up = k > 0 && ((digits[k - 1] - '0') & 1) == 1;
        }
        if (!up)
        {
            digits = digits[..k].TrimEnd('0');
            return;
        }
        var chars = digits[..k].ToCharArray();
        int j = k - 1;
        while (j >= 0 && chars[j] == '9')
        {
            chars[j] = '0';
            j--;
        }
        if (j < 0)
        {
            digits = "1";
            decpt++;
            return;
        }
        chars[j]++;
        digits = new string(chars, 0, j + 1);
    }

    /// <summary>
    /// _Py_dg_dtoa: the digits and decimal point for mode 0 (shortest), 2 (ndigits significant)
    /// or 3 (ndigits after the point). d is finite; the sign is returned separately.
    /// </summary>
    public static void Dtoa(double d, int mode, long ndigits, out string digits, out int decpt, out bool negative)
    {
        negative = double.IsNegative(d);
        d = Math.Abs(d);
        if (d == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }
        if (mode == 0)
        {
            ShortestDigits(d, out digits, out decpt);
            return;
        }
        ExactDigits(d, out digits, out decpt);
        long keep = mode == 2 ? Math.Max(1, ndigits) : decpt + ndigits;
        RoundDigits(ref digits, ref decpt, keep);
        if (digits.Length == 0)
        {
            // Rounded to zero (mode 3 only).
            decpt = (int)Math.Max(int.MinValue / 2, -ndigits);
        }
    }

    // ----- layout (format_float_short) -----

    /// <summary>
    /// PyOS_double_to_string: <paramref name="code"/> is 'e', 'E', 'f', 'F', 'g', 'G' or 'r'
    /// (precision 0). Infinities and NaNs are "inf" and "nan" ("INF"/"NAN" for upper-case codes).
    /// </summary>
    public static string DoubleToString(double d, char code, long precision, DtsFlags flags)
    {
        bool upper = false;
        int mode;
        switch (code)
        {
            case 'E': upper = true; code = 'e'; goto case 'e';
            case 'e': mode = 2; precision++; break;
            case 'F': upper = true; code = 'f'; goto case 'f';
            case 'f': mode = 3; break;
            case 'G': upper = true; code = 'g'; goto case 'g';
            case 'g': mode = 2; if (precision == 0) precision = 1; break;
            case 'r': mode = 0; precision = 0; break;
            default: throw new ArgumentException("bad format code", nameof(code));
        }
        bool addSign = (flags & DtsFlags.Sign) != 0;
        bool addDot0 = (flags & DtsFlags.AddDot0) != 0;
        bool alt = (flags & DtsFlags.Alt) != 0;
        var sb = new StringBuilder();
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            if (double.IsInfinity(d) && d < 0) sb.Append('-');
            else if (addSign) sb.Append('+');
            sb.Append(double.IsNaN(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
            return sb.ToString();
        }
        Dtoa(d, mode, precision, out string digits, out int decptInt, out bool negative);
        if ((flags & DtsFlags.NoNegZero) != 0 && negative && (digits.Length == 0 || digits == "0")) negative = false;
        long decpt = decptInt;
        int digitsLen = digits.Length;
        long vEnd = digitsLen;
        bool useExp = false;
        switch (code)
        {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
                break;
            case 'r':
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        long exp = 0;
        if (useExp)
        {
            exp = decpt - 1;
            decpt = 1;
        }
        long vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = Math.Max(vEnd, decpt + 1);
        else vEnd = Math.Max(vEnd, decpt);

        if (negative) sb.Append('-');
        else if (addSign) sb.Append('+');
        if (decpt <= 0)
        {
            sb.Append('0', (int)(decpt - vStart));
            sb.Append('.');
            sb.Append('0', (int)(-decpt));
        }
        else
        {
            sb.Append('0', (int)(-vStart));
        }
        if (0 < decpt && decpt <= digitsLen)
        {
            sb.Append(digits, 0, (int)decpt);
            sb.Append('.');
            sb.Append(digits, (int)decpt, digitsLen - (int)decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', (int)(decpt - digitsLen));
            sb.Append('.');
            sb.Append('0', (int)(vEnd - decpt));
        }
        else
        {
            sb.Append('0', (int)(vEnd - digitsLen));
        }
        if (sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            long ax = Math.Abs(exp);
            if (ax < 10) sb.Append('0');
            sb.Append(ax.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    // ----- format(float, spec) (formatter_unicode.c, format_float_internal) -----

    /// <summary>Format <paramref name="value"/> by an already parsed spec; null with an exception set.</summary>
    public static string? FormatSpecified(double value, in FormatSpec f, string typeName)
    {
        switch (f.Type)
        {
            case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                break;
            default:
                FormatSpec.UnknownType(f.Type, typeName);
                return null;
        }
        long precision = f.Precision;
        long defaultPrecision = 6;
        var flags = DtsFlags.None;
        if (f.Alternate) flags |= DtsFlags.Alt;
        if (f.NoNegZero) flags |= DtsFlags.NoNegZero;
        char type = (char)f.Type;
        if (type == '\0')
        {
            flags |= DtsFlags.AddDot0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        bool pct = false;
        double val = value;
        if (type == '%')
        {
            type = 'f';
            val *= 100;
            pct = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        if (precision > int.MaxValue)
        {
            Sharpy.Runtime.Errors.SetString(Sharpy.Runtime.PyExc.ValueError, "precision too big");
            return null;
        }
        string buf = DoubleToString(val, type, precision, flags);
        if (pct) buf += "%";
        bool negative = buf.Length > 0 && buf[0] == '-';
        int pos = negative ? 1 : 0;
        SplitNumber(buf, pos, out string intDigits, out string? frac, out string rest);
        char sep = f.Type == 'n' ? '\0' : f.Thousands;
        return NumberFormat.Layout(f, negative, "", intDigits, frac, rest, sep, 3);
    }

    /// <summary>parse_number: leading digits, then '.' and the fraction digits, then the rest.</summary>
    internal static void SplitNumber(string buf, int pos, out string intDigits, out string? frac, out string rest)
    {
        int i = pos;
        while (i < buf.Length && buf[i] >= '0' && buf[i] <= '9') i++;
        intDigits = buf[pos..i];
        frac = null;
        if (i < buf.Length && buf[i] == '.')
        {
            int j = i + 1;
            while (j < buf.Length && buf[j] >= '0' && buf[j] <= '9') j++;
            frac = buf[(i + 1)..j];
            i = j;
        }
        rest = buf[i..];
    }
}
