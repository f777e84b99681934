using System;
using System.Text;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// The escape codecs: unicode_escape and raw_unicode_escape (unicodeobject.c
/// _PyUnicode_DecodeUnicodeEscapeInternal2, PyUnicode_AsUnicodeEscapeString,
/// PyUnicode_DecodeRawUnicodeEscape ...) and the bytes escapes escape_encode / escape_decode
/// (Objects/bytesobject.c _PyBytes_DecodeEscape2, PyBytes_Repr without quotes).
/// </summary>
public static class EscapeCodecs
{
    static int Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    public static byte[] UnicodeEscapeEncode(PyUnicode s)
    {
        var o = new ByteWriter(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c >= 0x20 && c < 0x7F)
            {
                if (c == '\\') o.Append((byte)'\\');
                o.Append((byte)c);
            }
            else if (c == '\t') o.AppendAscii("\\t");
            else if (c == '\n') o.AppendAscii("\\n");
            else if (c == '\r') o.AppendAscii("\\r");
            else if (c < 0x100) o.AppendAscii("\\x" + c.ToString("x2"));
            else if (c < 0x10000) o.AppendAscii("\\u" + c.ToString("x4"));
            else o.AppendAscii("\\U" + c.ToString("x8"));
        }
        return o.ToArray();
    }

    public static byte[] RawUnicodeEscapeEncode(PyUnicode s)
    {
        var o = new ByteWriter(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (c < 0x100) o.Append((byte)c);
            else if (c < 0x10000) o.AppendAscii("\\u" + c.ToString("x4"));
            else o.AppendAscii("\\U" + c.ToString("x8"));
        }
        return o.ToArray();
    }

    /// <summary>
    /// unicode_escape decoding; when not final, an escape cut off by the end of the data is
    /// left unconsumed. The first invalid escape gives a DeprecationWarning, as CPython's.
    /// </summary>
    public static PyUnicode? UnicodeEscapeDecode(ReadOnlySpan<byte> data, PyObject? source, string? errors, bool final, out int consumed)
    {
        var w = new UnicodeWriter(data.Length);
        DecodeErrors? errs = null;
        int firstInvalid = -1;
        consumed = 0;
        try
        {
            int i = 0;
            while (i < data.Length)
            {
                byte c = data[i];
                if (c != '\\') { w.AppendCodePoint(c); i++; continue; }
                int start = i;
                i++;
                if (i >= data.Length)
                {
                    if (!final) { i = start; break; }
                    if (!Error(ref data, ref i, start, data.Length, "\\ at end of string")) return null;
                    continue;
                }
                c = data[i++];
                switch (c)
                {
                    case (byte)'\n': continue;
                    case (byte)'\\': w.Append('\\'); continue;
                    case (byte)'\'': w.Append('\''); continue;
                    case (byte)'"': w.Append('"'); continue;
                    case (byte)'b': w.Append('\b'); continue;
                    case (byte)'f': w.Append('\f'); continue;
                    case (byte)'t': w.Append('\t'); continue;
                    case (byte)'n': w.Append('\n'); continue;
                    case (byte)'r': w.Append('\r'); continue;
                    case (byte)'v': w.Append('\v'); continue;
                    case (byte)'a': w.Append('\a'); continue;
                }
                if (c >= '0' && c <= '7')
                {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < data.Length && data[i] >= '0' && data[i] <= '7'; k++) v = v * 8 + (data[i++] - '0');
                    if (v > 0xFF && firstInvalid < 0) firstInvalid = 0x100 + v; // an octal escape above \377
                    w.AppendCodePoint(v);
                    continue;
                }
                int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
                if (digits > 0)
                {
                    string message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int v = 0, k = 0;
                    for (; k < digits && i < data.Length; k++)
                    {
                        int d = Hex(data[i]);
                        if (d < 0) break;
                        v = v * 16 + d;
                        i++;
                    }
                    if (k < digits)
                    {
                        if (!final && i == data.Length) { i = start; break; }
                        if (!Error(ref data, ref i, start, i, message)) return null;
                        continue;
                    }
                    if ((uint)v > 0x10FFFF)
                    {
                        if (!Error(ref data, ref i, start, i, "illegal Unicode character")) return null;
                        continue;
                    }
                    w.AppendCodePoint(v);
                    continue;
                }
                if (c == 'N')
                {
                    if (!Sharpy.Parser.UnicodeNames.GetNameCapi())
                        return (PyUnicode?)Errors.SetString(PyExc.UnicodeError, Sharpy.Parser.UnicodeNames.NotSupported);
                    const string malformed = "malformed \\N character escape";
                    if (i >= data.Length || data[i] != '{')
                    {
                        if (!final && i >= data.Length) { i = start; break; }
                        if (!Error(ref data, ref i, start, i, malformed)) return null;
                        continue;
                    }
                    int close = data[(i + 1)..].IndexOf((byte)'}');
                    if (close < 0)
                    {
                        if (!final) { i = start; break; }
                        if (!Error(ref data, ref i, start, data.Length, malformed)) return null;
                        continue;
                    }
                    var name = data.Slice(i + 1, close);
                    int end = i + 1 + close + 1;
                    if (name.Length == 0)
                    {
                        if (!Error(ref data, ref i, start, end, malformed)) return null;
                        continue;
                    }
                    int cp = Sharpy.Parser.UnicodeNames.Lookup(name);
                    i = end;
                    if (cp < 0)
                    {
                        if (!Error(ref data, ref i, start, end, "unknown Unicode character name")) return null;
                        continue;
                    }
                    w.AppendCodePoint(cp);
                    continue;
                }
                if (firstInvalid < 0) firstInvalid = c;
                w.Append('\\');
                w.AppendCodePoint(c);
            }
            consumed = i;
            var result = w.Finish();
            if (firstInvalid >= 0)
            {
                string msg = firstInvalid >= 0x100
                    ? $"\"\\{Convert.ToString(firstInvalid - 0x100, 8)}\" is an invalid octal escape sequence. Such sequences will not work in the future. "
                    : $"\"\\{(char)firstInvalid}\" is an invalid escape sequence. Such sequences will not work in the future. ";
                if (Warnings.WarnEx(PyExc.DeprecationWarning, msg, 1) < 0) { Py.DECREF(result); return null; }
            }
            return result;
        }
        finally
        {
            errs?.Release();
        }

        bool Error(ref ReadOnlySpan<byte> d, ref int pos, int start, int end, string reason)
        {
            errs ??= new DecodeErrors("unicodeescape", errors, source);
            pos = errs.Handle(ref d, start, end, reason, w);
            return pos >= 0;
        }
    }

    /// <summary>raw_unicode_escape decoding: only \uXXXX and \UXXXXXXXX after an odd number of backslashes.</summary>
    public static PyUnicode? RawUnicodeEscapeDecode(ReadOnlySpan<byte> data, PyObject? source, string? errors, bool final, out int consumed)
    {
        var w = new UnicodeWriter(data.Length);
        DecodeErrors? errs = null;
        consumed = 0;
        try
        {
            int i = 0;
            while (i < data.Length)
            {
                byte c = data[i];
                if (c != '\\') { w.AppendCodePoint(c); i++; continue; }
                int run = 1;
                while (i + run < data.Length && data[i + run] == '\\') run++;
                // All but the last backslash of a run are themselves.
                for (int k = 0; k < run - 1; k++) w.Append('\\');
                i += run - 1;
                int start = i;
                if (i + 1 >= data.Length)
                {
                    if (!final) break;
                    w.Append('\\');
                    i++;
                    continue;
                }
                byte e = data[i + 1];
                if (run % 2 == 0 || (e != 'u' && e != 'U'))
                {
                    w.Append('\\');
                    i++;
                    continue;
                }
                int digits = e == 'u' ? 4 : 8;
                i += 2;
                int v = 0, n = 0;
                for (; n < digits && i < data.Length; n++)
                {
                    int d = Hex(data[i]);
                    if (d < 0) break;
                    v = v * 16 + d;
                    i++;
                }
                string? reason = null;
                if (n < digits)
                {
                    if (!final && i == data.Length) { i = start; break; }
                    reason = e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                }
                else if ((uint)v > 0x10FFFF) reason = "\\Uxxxxxxxx out of range";
                if (reason == null) { w.AppendCodePoint(v); continue; }
                errs ??= new DecodeErrors("rawunicodeescape", errors, source);
                i = errs.Handle(ref data, start, i, reason, w);
                if (i < 0) return null;
            }
            consumed = i;
            return w.Finish();
        }
        finally
        {
            errs?.Release();
        }
    }

    /// <summary>escape_encode: the bytes as repr() writes them, without the quotes.</summary>
    public static byte[] EscapeEncode(ReadOnlySpan<byte> data)
    {
        var o = new ByteWriter(data.Length + 8);
        foreach (byte c in data)
        {
            if (c == '\\' || c == '\'') { o.Append((byte)'\\'); o.Append(c); }
            else if (c == '\t') o.AppendAscii("\\t");
            else if (c == '\n') o.AppendAscii("\\n");
            else if (c == '\r') o.AppendAscii("\\r");
            else if (c < 0x20 || c >= 0x7F) o.AppendAscii("\\x" + c.ToString("x2"));
            else o.Append(c);
        }
        return o.ToArray();
    }

    /// <summary>escape_decode (_PyBytes_DecodeEscape): the bytes a bytes literal's escapes denote; null with ValueError.</summary>
    public static byte[]? EscapeDecode(ReadOnlySpan<byte> data, string? errors)
    {
        var o = new ByteWriter(data.Length);
        int firstInvalid = -1;
        int i = 0;
        while (i < data.Length)
        {
            byte c = data[i++];
            if (c != '\\') { o.Append(c); continue; }
            if (i >= data.Length)
            {
                Errors.SetString(PyExc.ValueError, "Trailing \\ in string");
                return null;
            }
            c = data[i++];
            switch (c)
            {
                case (byte)'\n': continue;
                case (byte)'\\': o.Append((byte)'\\'); continue;
                case (byte)'\'': o.Append((byte)'\''); continue;
                case (byte)'"': o.Append((byte)'"'); continue;
                case (byte)'b': o.Append((byte)'\b'); continue;
                case (byte)'f': o.Append((byte)'\f'); continue;
                case (byte)'t': o.Append((byte)'\t'); continue;
                case (byte)'n': o.Append((byte)'\n'); continue;
                case (byte)'r': o.Append((byte)'\r'); continue;
                case (byte)'v': o.Append((byte)'\v'); continue;
                case (byte)'a': o.Append((byte)'\a'); continue;
            }
            if (c >= '0' && c <= '7')
            {
                int v = c - '0';
                for (int k = 0; k < 2 && i < data.Length && data[i] >= '0' && data[i] <= '7'; k++) v = v * 8 + (data[i++] - '0');
                if (v > 0xFF && firstInvalid < 0) firstInvalid = 0x100 + v;
                o.Append((byte)v);
                continue;
            }
            if (c == 'x')
            {
                if (i + 1 < data.Length && Hex(data[i]) >= 0 && Hex(data[i + 1]) >= 0)
                {
                    o.Append((byte)(Hex(data[i]) * 16 + Hex(data[i + 1])));
                    i += 2;
                    continue;
                }
                switch (errors)
                {
                    case null or "strict":
                        Errors.SetString(PyExc.ValueError, $"invalid \\x escape at position {i - 2}");
                        return null;
                    case "replace":
                        o.Append((byte)'?');
                        break;
                    case "ignore":
                        break;
                    default:
                        Errors.SetString(PyExc.ValueError, $"decoding error; unknown error handling code: {errors}");
                        return null;
                }
                // Skip the hex digits that were there.
                if (i < data.Length && Hex(data[i]) >= 0) i++;
                continue;
            }
            if (firstInvalid < 0) firstInvalid = c;
            o.Append((byte)'\\');
            o.Append(c);
        }
        if (firstInvalid >= 0)
        {
            string msg = firstInvalid >= 0x100
                ? $"b\"\\{Convert.ToString(firstInvalid - 0x100, 8)}\" is an invalid octal escape sequence. Such sequences will not work in the future. "
                : $"b\"\\{(char)firstInvalid}\" is an invalid escape sequence. Such sequences will not work in the future. ";
            if (Warnings.WarnEx(PyExc.DeprecationWarning, msg, 1) < 0) return null;
        }
        return o.ToArray();
    }
}
