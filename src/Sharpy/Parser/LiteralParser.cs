using System;
using System.Globalization;
using System.Numerics;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Values of NUMBER tokens and the escape decoding of string literals
/// (Parser/pegen.c parsenumber, Parser/string_parser.c).</summary>
internal static class LiteralParser
{
    /// <summary>The value of a NUMBER token: long, BigInteger, double or Complex.</summary>
    public static object ParseNumber(ReadOnlySpan<byte> text)
    {
        Span<char> buf = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        foreach (byte b in text) if (b != (byte)'_') buf[n++] = (char)b;
        var s = buf.Slice(0, n);
        char last = s[^1];
        if (last == 'j' || last == 'J')
            return new Complex(0.0, ParseFloat(s.Slice(0, s.Length - 1)));
        if (s.Length > 1 && s[0] == '0' && (s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            int radix = s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2;
            return ParseRadix(s.Slice(2), radix);
        }
        foreach (char c in s)
            if (c is '.' or 'e' or 'E') return ParseFloat(s);
        if (s.Length <= 18) return long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        var big = BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return big <= long.MaxValue ? (object)(long)big : big;
    }

    static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        BigInteger v = BigInteger.Zero;
        ulong small = 0;
        bool overflow = false;
        foreach (char c in digits)
        {
            int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            if (!overflow)
            {
                if (small > (ulong.MaxValue - (ulong)d) / (ulong)radix) { overflow = true; v = small; }
                else { small = small * (ulong)radix + (ulong)d; continue; }
            }
            v = v * radix + d;
        }
        if (!overflow) v = small;
        return v <= long.MaxValue ? (object)(long)v : v;
    }

    static double ParseFloat(ReadOnlySpan<char> s) =>
        double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Decodes the body of a non-raw str literal; reports the first invalid escape.
    /// Returns the str value (a string, or a SurrogateStr when an escape gives a surrogate), or
    /// null with `error` set on a malformed escape.</summary>
    public static object? DecodeUnicodeEscapes(byte[] buf, int start, int end, out int firstInvalidEscape, out string? error)
    {
        firstInvalidEscape = -1;
        error = null;
        var sb = new StrValueBuilder(end - start);
        int i = start;
        while (i < end)
        {
            // copy a run of non-escape bytes
            int j = i;
            while (j < end && buf[j] != (byte)'\\') j++;
            if (j > i) { sb.Append(Encoding.UTF8.GetString(buf, i, j - i)); i = j; }
            if (i >= end) break;
            // buf[i] == '\\'
            int escStart = i;
            i++;
            // Only an f-string part can end in a backslash (one before '{'): it stays a backslash.
            if (i >= end) { sb.AppendCodePoint('\\'); break; }
            byte c = buf[i++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': sb.AppendCodePoint('\\'); break;
                case (byte)'\'': sb.AppendCodePoint('\''); break;
                case (byte)'"': sb.AppendCodePoint('"'); break;
                case (byte)'b': sb.AppendCodePoint('\b'); break;
                case (byte)'f': sb.AppendCodePoint('\f'); break;
                case (byte)'t': sb.AppendCodePoint('\t'); break;
                case (byte)'n': sb.AppendCodePoint('\n'); break;
                case (byte)'r': sb.AppendCodePoint('\r'); break;
                case (byte)'v': sb.AppendCodePoint('\v'); break;
                case (byte)'a': sb.AppendCodePoint('\a'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    int k = 1;
                    while (k < 3 && i < end && buf[i] >= '0' && buf[i] <= '7') { v = v * 8 + (buf[i++] - '0'); k++; }
                    if (v > 0xFF && firstInvalidEscape < 0) firstInvalidEscape = escStart;
                    sb.AppendCodePoint(v);
                    break;
                }
                case (byte)'x':
                case (byte)'u':
                case (byte)'U':
                {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < count && i < end; k++)
                    {
                        int d = HexValue(buf[i]);
                        if (d < 0) break;
                        v = v * 16 + d;
                        i++;
                    }
                    if (k < count)
                    {
                        string kind = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodecPos(buf, start, escStart)}-{CodecPos(buf, start, i) - 1}: {kind}";
                        return null;
                    }
                    if ((uint)v > 0x10FFFF)
                    {
                        error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodecPos(buf, start, escStart)}-{CodecPos(buf, start, i) - 1}: illegal Unicode character";
                        return null;
                    }
                    sb.AppendCodePoint(v);
                    break;
                }
                case (byte)'N':
                {
                    if (!UnicodeNames.GetNameCapi())
                    {
                        error = "(unicode error) " + UnicodeNames.NotSupported;
                        return null;
                    }
                    int close = -1;
                    if (i < end && buf[i] == (byte)'{')
                        for (int k = i + 1; k < end; k++) if (buf[k] == (byte)'}') { close = k; break; }
                    int cp = close < 0 ? -1 : UnicodeNames.Lookup(buf.AsSpan(i + 1, close - i - 1));
                    if (cp < 0)
                    {
                        // unicode_escape's end position: past the name when one was looked up, at
                        // the '}' of an empty name, the end of the input when '}' is missing.
                        bool hasBrace = i < end && buf[i] == (byte)'{';
                        int endPos = !hasBrace ? CodecPos(buf, start, i) - 1 : close < 0 ? CodecPos(buf, start, end) - 1
                            : close == i + 1 ? CodecPos(buf, start, close) - 1 : CodecPos(buf, start, close);
                        string msg = hasBrace && close > i + 1 ? "unknown Unicode character name" : "malformed \\N character escape";
                        error = $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodecPos(buf, start, escStart)}-{endPos}: {msg}";
                        return null;
                    }
                    i = close + 1;
                    sb.AppendCodePoint(cp);
                    break;
                }
                default:
                    // a backslash before a non-ASCII character is a backslash (CPython rewrites it
                    // as \u005c before decoding): no invalid escape
                    if (firstInvalidEscape < 0 && c < 0x80) firstInvalidEscape = escStart;
                    sb.AppendCodePoint('\\');
                    i--; // the character itself is copied by the next run
                    break;
            }
        }
        return sb.ToValue();
    }

    /// <summary>The position the unicode_escape codec reports for the raw byte offset `raw`:
    /// CPython decodes a copy of the literal in which every non-ASCII character is written as
    /// \UXXXXXXXX (10 bytes) and a backslash before one as \u005c (6 bytes).</summary>
    static int CodecPos(byte[] buf, int start, int raw)
    {
        int pos = 0;
        for (int k = start; k < raw; )
        {
            byte b = buf[k];
            if (b < 0x80)
            {
                pos += b == (byte)'\\' && k + 1 < buf.Length && buf[k + 1] >= 0x80 ? 6 : 1;
                k++;
            }
            else
            {
                pos += 10;
                k += b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            }
        }
        return pos;
    }

    /// <summary>Decodes the body of a non-raw bytes literal.</summary>
    public static byte[]? DecodeBytesEscapes(byte[] buf, int start, int end, out int firstInvalidEscape, out string? error)
    {
        firstInvalidEscape = -1;
        error = null;
        var r = new System.Collections.Generic.List<byte>(end - start);
        int i = start;
        while (i < end)
        {
            byte c = buf[i++];
            if (c != (byte)'\\') { r.Add(c); continue; }
            int escStart = i - 1;
            if (i >= end) { error = "Trailing \\ in string"; return null; }
            c = buf[i++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': r.Add((byte)'\\'); break;
                case (byte)'\'': r.Add((byte)'\''); break;
                case (byte)'"': r.Add((byte)'"'); break;
                case (byte)'b': r.Add(8); break;
                case (byte)'f': r.Add(12); break;
                case (byte)'t': r.Add(9); break;
                case (byte)'n': r.Add(10); break;
                case (byte)'r': r.Add(13); break;
                case (byte)'v': r.Add(11); break;
                case (byte)'a': r.Add(7); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    int k = 1;
                    while (k < 3 && i < end && buf[i] >= '0' && buf[i] <= '7') { v = v * 8 + (buf[i++] - '0'); k++; }
                    if (v > 0xFF && firstInvalidEscape < 0) firstInvalidEscape = escStart;
                    r.Add((byte)v);
                    break;
                }
                case (byte)'x':
                {
                    int d1 = i < end ? HexValue(buf[i]) : -1;
                    int d2 = i + 1 < end ? HexValue(buf[i + 1]) : -1;
                    if (d1 < 0 || d2 < 0)
                    {
                        error = $"(value error) invalid \\x escape at position {escStart - start}";
                        return null;
                    }
                    r.Add((byte)(d1 * 16 + d2));
                    i += 2;
                    break;
                }
                default:
                    if (firstInvalidEscape < 0) firstInvalidEscape = escStart;
                    r.Add((byte)'\\');
                    i--;
                    break;
            }
        }
        return r.ToArray();
    }

    static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
