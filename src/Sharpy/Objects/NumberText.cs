using System.Globalization;
using System.Text;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>Text helpers the number parsers share (unicodeobject.c's _PyUnicode_TransformDecimalAndSpaceToASCII, Py_UNICODE_ISSPACE).</summary>
internal static class NumberText
{
    /// <summary>Py_UNICODE_ISSPACE.</summary>
    public static bool IsSpace(int c) => c switch
    {
        >= 0x09 and <= 0x0D => true,
        >= 0x1C and <= 0x20 => true,
        0x85 or 0xA0 or 0x1680 or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        >= 0x2000 and <= 0x200A => true,
        _ => false,
    };

    /// <summary>
    /// Unicode whitespace becomes ' ', Unicode decimal digits become ASCII digits, any other
    /// non-ASCII character becomes '?' (which no number grammar accepts).
    /// </summary>
    public static string ToAsciiNumber(string s)
    {
        bool ascii = true;
        foreach (char ch in s) if (ch >= 128) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp < 128) { sb.Append((char)cp); continue; }
            if (IsSpace(cp)) { sb.Append(' '); continue; }
            int d = cp < 0x10000
                ? CharUnicodeInfo.GetDecimalDigitValue((char)cp)
                : CharUnicodeInfo.GetDecimalDigitValue(char.ConvertFromUtf32(cp), 0);
            sb.Append(d >= 0 ? (char)('0' + d) : '?');
        }
        return sb.ToString();
    }

    /// <summary>The ASCII text of a bytes object (non-ASCII bytes become '?').</summary>
    public static string FromBytes(byte[] b)
    {
        var chars = new char[b.Length];
        for (int i = 0; i < b.Length; i++) chars[i] = b[i] < 128 ? (char)b[i] : '?';
        return new string(chars);
    }

    /// <summary>repr() of an object for an error message, truncated to <paramref name="max"/> characters (%.200R); null with an exception set.</summary>
    public static string? ReprForMessage(PyObject o, int max = int.MaxValue)
    {
        string? r;
        if (o.ob_type.tp_repr != null && o.ob_type.tp_repr != PyBaseObjectRepr)
        {
            r = Abstract.ReprString(o);
            if (r == null) return null;
        }
        else if (o is PyUnicode u) r = SimpleStrRepr(u.Value);
        else if (o is PyBytes b) r = "b" + SimpleStrRepr(FromBytesEscaped(b.Value));
        else
        {
            r = Abstract.ReprString(o);
            if (r == null) return null;
        }
        return r.Length > max ? r[..max] : r;
    }

    static UnaryFunc? PyBaseObjectRepr => PyBaseObject.Type.tp_repr;

    static string FromBytesEscaped(byte[] b)
    {
        var sb = new StringBuilder();
        foreach (var x in b)
        {
            if (x >= 0x20 && x < 0x7f) sb.Append((char)x);
            else sb.Append((char)(0xF000 + x)); // marker, escaped below
        }
        return sb.ToString();
    }

    /// <summary>A stand-in for str's repr until str has its own (quotes and escapes as unicode_repr).</summary>
    static string SimpleStrRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(quote);
        foreach (char c in s)
        {
            if (c >= 0xF000 && c <= 0xF0FF) { sb.Append("\\x").Append(((int)(c - 0xF000)).ToString("x2")); continue; }
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(c);
                    else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
