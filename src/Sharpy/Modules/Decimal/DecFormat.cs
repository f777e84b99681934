using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sharpy.Modules.Decimal;

/// <summary>
/// Decimal.__format__: the format-spec mini-language for decimals (fill, align, sign, 'z',
/// '#', '0', width, ',' or '_', precision, types eEfFgGn% and none), rounding with the
/// context's rounding mode and never losing digits the value has.
/// </summary>
internal sealed class DecFormat
{
    public string Fill = " ";
    public char Align = '>', SignChar = '-';
    /// <summary>3.14's separator for the fractional digits ('.,' or '._'), grouped by three.</summary>
    public string FracSep = "";
    public bool NoNegZero, Alt, ZeroPad;
    public int MinimumWidth;
    public int? Precision;
    public char? Type;
    public string ThousandsSep = "", DecimalPoint = ".";
    /// <summary>Group sizes as localeconv()'s grouping: the last repeats when followed by 0.</summary>
    public int[] Grouping = [3, 0];

    /// <summary>Parses a spec; null with <paramref name="error"/> (a ValueError message) when it is malformed.</summary>
    public static DecFormat? Parse(string spec, out string? error)
    {
        error = null;
        var f = new DecFormat();
        int i = 0, n = spec.Length;
        bool haveFill = false, haveAlign = false;
        // [[fill]align]: the fill may be any character, including one of the align characters
        int fillLen = n >= 2 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (n > fillLen && IsAlign(spec[fillLen]))
        {
            f.Fill = spec[..fillLen]; f.Align = spec[fillLen]; i = fillLen + 1; haveFill = haveAlign = true;
        }
        else if (n >= 1 && IsAlign(spec[0]))
        {
            f.Align = spec[0]; i = 1; haveAlign = true;
        }
        if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) f.SignChar = spec[i++];
        if (i < n && spec[i] == 'z') { f.NoNegZero = true; i++; }
        if (i < n && spec[i] == '#') { f.Alt = true; i++; }
        if (i < n && spec[i] == '0') { f.ZeroPad = true; i++; }
        int ws = i;
        while (i < n && spec[i] >= '0' && spec[i] <= '9') i++;
        if (i > ws)
        {
            if (!int.TryParse(spec.AsSpan(ws, i - ws), NumberStyles.None, CultureInfo.InvariantCulture, out f.MinimumWidth))
                return Invalid(spec, out error);
        }
        char? sep = null;
        if (i < n && (spec[i] == ',' || spec[i] == '_')) sep = spec[i++];
        if (i < n && spec[i] == '.')
        {
            i++;
            int ps = i;
            while (i < n && spec[i] >= '0' && spec[i] <= '9') i++;
            if (i > ps)
            {
                if (!int.TryParse(spec.AsSpan(ps, i - ps), NumberStyles.None, CultureInfo.InvariantCulture, out int p))
                    return Invalid(spec, out error);
                f.Precision = p;
            }
            if (i < n && (spec[i] == ',' || spec[i] == '_')) f.FracSep = spec[i++].ToString();
            else if (i == ps) return Invalid(spec, out error);
        }
        if (i < n && "eEfFgGn%".Contains(spec[i])) f.Type = spec[i++];
        if (i != n) return Invalid(spec, out error);
        if (f.ZeroPad)
        {
            if (haveFill) { error = "Fill character conflicts with '0' in format specifier: " + spec; return null; }
            if (haveAlign) { error = "Alignment conflicts with '0' in format specifier: " + spec; return null; }
        }
        if (f.Precision == 0 && (f.Type == null || f.Type is 'g' or 'G' or 'n')) f.Precision = 1;
        if (f.Type == 'n')
        {
            if (sep != null) { error = "Explicit thousands separator conflicts with 'n' type in format specifier: " + spec; return null; }
            f.Type = 'g';
            f.Grouping = [];
            f.NeedsLocale = true;
        }
        else if (sep != null) f.ThousandsSep = sep.Value.ToString();
        return f;
    }

    /// <summary>The 'n' type: the caller fills ThousandsSep, DecimalPoint and Grouping from localeconv().</summary>
    public bool NeedsLocale;

    static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    static DecFormat? Invalid(string spec, out string? error)
    {
        error = "Invalid format specifier: " + spec;
        return null;
    }

    /// <summary>Rounds to <paramref name="places"/> significant digits (_round).</summary>
    static Dec RoundSignificant(Dec d, int places, Rounding r)
    {
        if (d.IsSpecial || d.Coef.IsZero) return d;
        var ans = d.Rescale(d.Adjusted + 1 - places, r, out _);
        if (ans.Adjusted != d.Adjusted) ans = ans.Rescale(ans.Adjusted + 1 - places, r, out _);
        return ans;
    }

    public string Format(Dec d, bool capitals, Rounding rounding, out string? error)
    {
        error = null;
        if (d.IsSpecial)
        {
            string ssign = d.Sign ? "-" : SignChar is '+' or ' ' ? SignChar.ToString() : "";
            var body = d.Abs().ToText(false, true);
            if (Type == '%') body += "%";
            return Aligned(ssign, body);
        }
        char type = Type ?? (capitals ? 'G' : 'g');
        if (type == '%') d = new Dec(d.Sign, d.Coef, d.Exp + 2);
        if (Precision is int prec)
        {
            if (type is 'e' or 'E') d = RoundSignificant(d, prec + 1, rounding);
            else if (type is 'f' or 'F' or '%') d = d.Rescale(-prec, rounding, out _);
            else if (type is 'g' or 'G' && d.Digits > prec) d = RoundSignificant(d, prec, rounding);
        }
        if (d.Coef.IsZero && d.Exp > 0 && type is 'f' or 'F' or '%') d = d.Rescale(0, rounding, out _);
        bool negative = d.Sign && !(d.Coef.IsZero && NoNegZero);
        var digits = d.Coef.ToString(CultureInfo.InvariantCulture);
        long leftdigits = d.Exp + digits.Length;
        long dotplace;
        if (type is 'e' or 'E') dotplace = d.Coef.IsZero && Precision != null ? 1 - Precision.Value : 1;
        else if (type is 'f' or 'F' or '%') dotplace = leftdigits;
        else dotplace = d.Exp <= 0 && leftdigits > -6 ? leftdigits : 1;
        string intpart, fracpart;
        if (dotplace < 0)
        {
            intpart = "0";
            fracpart = new string('0', (int)-dotplace) + digits;
        }
        else if (dotplace > digits.Length)
        {
            intpart = digits + new string('0', (int)(dotplace - digits.Length));
            fracpart = "";
        }
        else
        {
            intpart = dotplace == 0 ? "0" : digits[..(int)dotplace];
            fracpart = digits[(int)dotplace..];
        }
        long exp = leftdigits - dotplace;
        string sign = negative ? "-" : SignChar is '+' or ' ' ? SignChar.ToString() : "";
        var frac = new StringBuilder();
        if (fracpart.Length > 0 || Alt) frac.Append(DecimalPoint).Append(GroupFraction(fracpart));
        if (exp != 0 || type is 'e' or 'E')
        {
            char echar = type is 'E' or 'G' ? 'E' : 'e';
            frac.Append(echar).Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString(CultureInfo.InvariantCulture));
        }
        if (type == '%') frac.Append('%');
        int minWidth = ZeroPad ? MinimumWidth - frac.Length - sign.Length : 0;
        var grouped = InsertThousandsSep(intpart, minWidth, out error);
        if (grouped == null) return "";
        return Aligned(sign, grouped + frac.ToString());
    }

    string GroupFraction(string digits)
    {
        if (FracSep.Length == 0 || digits.Length <= 3) return digits;
        var sb = new StringBuilder();
        for (int i = 0; i < digits.Length; i += 3)
        {
            if (i > 0) sb.Append(FracSep);
            sb.Append(digits, i, Math.Min(3, digits.Length - i));
        }
        return sb.ToString();
    }

    IEnumerable<int> GroupLengths()
    {
        if (Grouping.Length == 0) yield break;
        if (Grouping[^1] == 0 && Grouping.Length >= 2)
        {
            for (int i = 0; i < Grouping.Length - 1; i++) yield return Grouping[i];
            while (true) yield return Grouping[^2];
        }
        // CHAR_MAX ends the grouping
        for (int i = 0; i < Grouping.Length - 1; i++) yield return Grouping[i];
    }

    string? InsertThousandsSep(string digits, int minWidth, out string? error)
    {
        error = null;
        var groups = new List<string>();
        bool done = false;
        foreach (var len0 in GroupLengths())
        {
            if (len0 <= 0) { error = "group length should be positive"; return null; }
            int l = Math.Min(Math.Max(Math.Max(digits.Length, minWidth), 1), len0);
            groups.Add(new string('0', Math.Max(0, l - digits.Length)) + digits[Math.Max(0, digits.Length - l)..]);
            digits = digits[..Math.Max(0, digits.Length - l)];
            minWidth -= l;
            if (digits.Length == 0 && minWidth <= 0) { done = true; break; }
            minWidth -= ThousandsSep.Length;
        }
        if (!done)
        {
            int l = Math.Max(Math.Max(digits.Length, minWidth), 1);
            groups.Add(new string('0', Math.Max(0, l - digits.Length)) + digits[Math.Max(0, digits.Length - l)..]);
        }
        groups.Reverse();
        return string.Join(ThousandsSep, groups);
    }

    string Aligned(string sign, string body)
    {
        int padLen = Math.Max(0, MinimumWidth - CodePoints(sign) - CodePoints(body));
        string Pad(int k)
        {
            var sb = new StringBuilder();
            for (int j = 0; j < k; j++) sb.Append(Fill);
            return sb.ToString();
        }
        return Align switch
        {
            '<' => sign + body + Pad(padLen),
            '=' => sign + Pad(padLen) + body,
            '^' => Pad(padLen / 2) + sign + body + Pad(padLen - padLen / 2),
            _ => Pad(padLen) + sign + body,
        };
    }

    static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++) if (!char.IsLowSurrogate(s[i])) n++;
        return n;
    }
}
