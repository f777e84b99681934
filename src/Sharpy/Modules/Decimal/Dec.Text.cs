using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sharpy.Modules.Decimal;

// Conversion from and to strings: the specification's numeric-string syntax and its
// to-scientific-string and to-engineering-string.
internal sealed partial class Dec
{
    /// <summary>
    /// Parses a numeric string (already stripped and cleaned: ASCII digits, no underscores).
    /// Null when it is not one (ConversionSyntax). Exponents beyond any context's range are
    /// clamped so that finalizing reports the overflow or underflow.
    /// </summary>
    public static Dec? Parse(ReadOnlySpan<char> s)
    {
        int i = 0;
        bool sign = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { sign = s[i] == '-'; i++; }
        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
            return Inf(sign);
        DecKind nanKind = DecKind.Finite;
        if (rest.StartsWith("nan", StringComparison.OrdinalIgnoreCase)) { nanKind = DecKind.NaN; i += 3; }
        else if (rest.StartsWith("snan", StringComparison.OrdinalIgnoreCase)) { nanKind = DecKind.SNaN; i += 4; }
        if (nanKind != DecKind.Finite)
        {
            var payload = s[i..];
            foreach (var ch in payload) if (ch < '0' || ch > '9') return null;
            var p = payload.Length == 0 ? BigInteger.Zero : BigInteger.Parse(payload, CultureInfo.InvariantCulture);
            return new Dec(sign, p, 0, nanKind);
        }
        int intStart = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
        int intEnd = i, fracStart = i, fracEnd = i;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fracStart = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            fracEnd = i;
        }
        if (intEnd == intStart && fracEnd == fracStart) return null;
        BigInteger exp = BigInteger.Zero;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            bool eneg = false;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
            int es = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            if (i == es) return null;
            exp = BigInteger.Parse(s[es..i], CultureInfo.InvariantCulture);
            if (eneg) exp = -exp;
        }
        if (i != s.Length) return null;
        BigInteger coef;
        if ((intEnd - intStart) + (fracEnd - fracStart) <= 18)
        {
            // Up to 18 digits fit a long: no string to build and parse.
            long c = 0;
            foreach (var ch in s[intStart..intEnd]) c = c * 10 + (ch - '0');
            foreach (var ch in s[fracStart..fracEnd]) c = c * 10 + (ch - '0');
            coef = c;
        }
        else coef = BigInteger.Parse(string.Concat(s[intStart..intEnd], s[fracStart..fracEnd]), CultureInfo.InvariantCulture);
        exp -= fracEnd - fracStart;
        // far outside every context: keep the value's side of the limits only
        const long Limit = 4 * DecCtx.MaxEmax;
        long e = exp > Limit ? Limit : exp < -Limit ? -Limit : (long)exp;
        return new Dec(sign, coef, e);
    }

    /// <summary>A Python str's text as Decimal() reads it: ASCII, non-ASCII decimal digits as
    /// their ASCII digit; whitespace stripped and underscores dropped when asked. Null when a
    /// character cannot be part of a number.</summary>
    public static string? NumericAsAscii(string s, bool stripWhitespace, bool ignoreUnderscores)
    {
        var sb = new StringBuilder(s.Length);
        int start = 0, end = s.Length;
        if (stripWhitespace)
        {
            while (start < end && IsPyWhitespace(s[start])) start++;
            while (end > start && IsPyWhitespace(s[end - 1])) end--;
        }
        for (int i = start; i < end; i++)
        {
            char ch = s[i];
            if (ch == '_' && ignoreUnderscores) continue;
            if (ch < 128) { sb.Append(ch); continue; }
            int d = CharUnicodeInfo.GetDecimalDigitValue(s, i);
            if (d >= 0) { sb.Append((char)('0' + d)); if (char.IsHighSurrogate(ch)) i++; continue; }
            if (char.IsWhiteSpace(ch)) { sb.Append(' '); continue; }
            return null;
        }
        return sb.ToString();
    }

    static bool IsPyWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' || (c > 127 && char.IsWhiteSpace(c)) || (c >= '\x1c' && c <= '\x1f');

    static long FloorMod(long a, long m) { long r = a % m; return r < 0 ? r + m : r; }

    /// <summary>to-scientific-string (<paramref name="eng"/> false) or to-engineering-string.</summary>
    public string ToText(bool eng, bool capitals)
    {
        var sb = new StringBuilder();
        if (Sign) sb.Append('-');
        if (Kind == DecKind.Infinite) return sb.Append("Infinity").ToString();
        if (IsNaN)
        {
            sb.Append(Kind == DecKind.SNaN ? "sNaN" : "NaN");
            if (!Coef.IsZero) sb.Append(Coef.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }
        var digits = Coef.ToString(CultureInfo.InvariantCulture);
        long leftdigits = Exp + digits.Length;
        long dotplace;
        if (Exp <= 0 && leftdigits > -6) dotplace = leftdigits;
        else if (!eng) dotplace = 1;
        else if (Coef.IsZero) dotplace = FloorMod(leftdigits + 1, 3) - 1;
        else dotplace = FloorMod(leftdigits - 1, 3) + 1;
        if (dotplace <= 0)
        {
            sb.Append("0.").Append('0', (int)-dotplace).Append(digits);
        }
        else if (dotplace >= digits.Length)
        {
            sb.Append(digits).Append('0', (int)(dotplace - digits.Length));
        }
        else
        {
            sb.Append(digits, 0, (int)dotplace).Append('.').Append(digits, (int)dotplace, digits.Length - (int)dotplace);
        }
        if (leftdigits != dotplace)
        {
            long e = leftdigits - dotplace;
            sb.Append(capitals ? 'E' : 'e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public override string ToString() => ToText(false, true);
}
