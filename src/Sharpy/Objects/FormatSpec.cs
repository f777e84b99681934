using System.Globalization;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The standard format specifier mini-language (Python/formatter_unicode.c,
/// parse_internal_render_format_spec), shared by int, float, complex and str:
/// <c>[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]</c>.
/// Characters are code points (the fill may be outside the BMP).
/// </summary>
public struct FormatSpec
{
    /// <summary>The fill code point (' ' by default).</summary>
    public int Fill;
    /// <summary>'&lt;', '&gt;', '=', '^'.</summary>
    public char Align;
    /// <summary>'\0' (unspecified), '+', '-', ' '.</summary>
    public char Sign;
    /// <summary>'z': coerce negative zero to zero (floats only).</summary>
    public bool NoNegZero;
    /// <summary>'#': the alternate form.</summary>
    public bool Alternate;
    /// <summary>The minimum width, or -1.</summary>
    public long Width;
    /// <summary>The integer-part separator: '\0', ',' or '_'.</summary>
    public char Thousands;
    /// <summary>'_' with b/o/x/X: group by four digits instead of three.</summary>
    public bool GroupByFour;
    /// <summary>The precision, or -1.</summary>
    public long Precision;
    /// <summary>The fractional-part separator (3.14): '\0', ',' or '_'.</summary>
    public char FracThousands;
    /// <summary>The presentation type code point ('\0' when none and no default).</summary>
    public int Type;

    static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    static int[] CodePoints(string s)
    {
        var list = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list[n++] = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else list[n++] = s[i];
        }
        System.Array.Resize(ref list, n);
        return list;
    }

    static int DecimalValue(int cp)
    {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (cp < 128 || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;   // a lone surrogate is no digit
        string s = char.ConvertFromUtf32(cp);
        return CharUnicodeInfo.GetDecimalDigitValue(s, 0);
    }

    /// <summary>get_integer: digits at pos; the count consumed, or -1 with ValueError set.</summary>
    static int GetInteger(int[] s, ref int pos, out long result)
    {
        long acc = 0;
        int n = 0;
        for (; pos < s.Length; pos++, n++)
        {
            int d = DecimalValue(s[pos]);
            if (d < 0) break;
            if (acc > (long.MaxValue - d) / 10)
            {
                Errors.SetString(PyExc.ValueError, "Too many decimal digits in format string");
                result = 0;
                return -1;
            }
            acc = acc * 10 + d;
        }
        result = acc;
        return n;
    }

    static string TypeText(int type) =>
        type > 32 && type < 128 ? ((char)type).ToString() : "\\x" + type.ToString("x");

    static void InvalidSeparator(char sep, int type) =>
        Errors.SetString(PyExc.ValueError, $"Cannot specify '{sep}' with '{TypeText(type)}'.");

    static void CommaAndUnderscore() => Errors.SetString(PyExc.ValueError, "Cannot specify both ',' and '_'.");

    /// <summary>
    /// Parse <paramref name="spec"/> for an object of type <paramref name="typeName"/>. False with
    /// ValueError set on a malformed spec.
    /// </summary>
    public static bool TryParse(string spec, string typeName, int defaultType, char defaultAlign, out FormatSpec f)
    {
        f = new FormatSpec
        {
            Fill = ' ', Align = defaultAlign, Width = -1, Precision = -1, Type = defaultType,
        };
        var s = CodePoints(spec);
        int pos = 0, end = s.Length;
        bool alignSpecified = false, fillSpecified = false;
        if (end - pos >= 2 && IsAlign(s[pos + 1]))
        {
            f.Align = (char)s[pos + 1];
            f.Fill = s[pos];
            fillSpecified = alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(s[pos]))
        {
            f.Align = (char)s[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] is '+' or '-' or ' ')
        {
            f.Sign = (char)s[pos];
            pos++;
        }
        if (end - pos >= 1 && s[pos] == 'z')
        {
            f.NoNegZero = true;
            pos++;
        }
        if (end - pos >= 1 && s[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && s[pos] == '0')
        {
            f.Fill = '0';
            if (!alignSpecified && defaultAlign == '>') f.Align = '=';
            pos++;
        }
        int consumed = GetInteger(s, ref pos, out long width);
        if (consumed < 0) return false;
        f.Width = consumed == 0 ? -1 : width;
        if (end - pos > 0 && s[pos] == ',')
        {
            f.Thousands = ',';
            pos++;
        }
        if (end - pos > 0 && s[pos] == '_')
        {
            if (f.Thousands != '\0') { CommaAndUnderscore(); return false; }
            f.Thousands = '_';
            pos++;
        }
        if (end - pos > 0 && s[pos] == ',' && f.Thousands == '_') { CommaAndUnderscore(); return false; }
        if (end - pos > 0 && s[pos] == '.')
        {
            pos++;
            consumed = GetInteger(s, ref pos, out long precision);
            if (consumed < 0) return false;
            f.Precision = consumed == 0 ? -1 : precision;
            if (end - pos > 0 && s[pos] == ',')
            {
                f.FracThousands = ',';
                pos++;
                consumed++;
            }
            if (end - pos > 0 && s[pos] == '_')
            {
                if (f.FracThousands != '\0') { CommaAndUnderscore(); return false; }
                f.FracThousands = '_';
                pos++;
                consumed++;
            }
            if (end - pos > 0 && s[pos] == ',' && f.FracThousands == '_') { CommaAndUnderscore(); return false; }
            if (consumed == 0)
            {
                Errors.SetString(PyExc.ValueError, "Format specifier missing precision");
                return false;
            }
        }
        if (end - pos > 1)
        {
            Errors.SetString(PyExc.ValueError, $"Invalid format specifier '{spec}' for object of type '{typeName}'");
            return false;
        }
        if (end - pos == 1) f.Type = s[pos];
        if (f.Thousands != '\0')
        {
            switch (f.Type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (f.Thousands == '_')
                    {
                        f.GroupByFour = true;
                        break;
                    }
                    InvalidSeparator(f.Thousands, f.Type);
                    return false;
                default:
                    InvalidSeparator(f.Thousands, f.Type);
                    return false;
            }
        }
        if (f.Type == 'n' && f.FracThousands != '\0')
        {
            InvalidSeparator(f.FracThousands, f.Type);
            return false;
        }
        return true;
    }

    /// <summary>unknown_presentation_type's ValueError.</summary>
    public static PyObject? UnknownType(int type, string typeName)
    {
        string code = type > 32 && type < 128 ? ((char)type).ToString() : "\\x" + type.ToString("x");
        return Errors.SetString(PyExc.ValueError, $"Unknown format code '{code}' for object of type '{typeName}'");
    }

    /// <summary>Append a code point.</summary>
    public static void AppendCodePoint(StringBuilder sb, int cp, long count = 1)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp, UnicodeWriter.CheckSize(sb.Length + count) - sb.Length);
            return;
        }
        string s = char.ConvertFromUtf32(cp);
        UnicodeWriter.CheckSize(sb.Length + 2 * count);
        for (long i = 0; i < count; i++) sb.Append(s);
    }
}
