using System;
using System.Collections.Generic;
using System.Globalization;
using Sharpy.Runtime;

namespace Sharpy.Objects;

/// <summary>
/// The built-in codecs str.encode / bytes.decode use without the codec registry: UTF-8,
/// ASCII and Latin-1, with the error handlers strict, ignore, replace, surrogateescape,
/// surrogatepass (UTF-8), backslashreplace and xmlcharrefreplace (Objects/unicodeobject.c,
/// Objects/stringlib/codecs.h, Python/codecs.c). Errors are UnicodeEncodeError /
/// UnicodeDecodeError with CPython's (encoding, object, start, end, reason) arguments.
/// </summary>
public static class UnicodeCodecs
{
    public enum Codec { None, Utf8, Ascii, Latin1 }

    /// <summary>The codec for an encoding name (normalized as encodings.normalize_encoding and its aliases), or None.</summary>
    public static Codec Lookup(string encoding)
    {
        Span<char> buf = stackalloc char[Math.Min(encoding.Length, 64)];
        if (encoding.Length > 64) return Codec.None;
        int n = 0;
        foreach (char ch in encoding)
        {
            char c = ch;
            if (c == ' ' || c == '-') c = '_';
            buf[n++] = char.ToLowerInvariant(c);
        }
        var s = buf[..n];
        return s switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "cp367"
                or "csascii" or "ibm367" or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100"
                or "csisolatin1" or "ibm819" or "iso_8859_1_1987" => Codec.Latin1,
            _ => Codec.None,
        };
    }

    static string CodecName(Codec c) => c switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Ascii => "ascii",
        _ => "latin-1",
    };

    static bool KnownHandler(string errors) => errors is "strict" or "ignore" or "replace" or "surrogateescape"
        or "surrogatepass" or "backslashreplace" or "xmlcharrefreplace";

    static void UnknownHandler(string errors) =>
        Errors.SetString(PyExc.LookupError, $"unknown error handler name '{errors}'");

    // ---------------- encoding ----------------

    /// <summary>str.encode(encoding, errors): a new bytes, or null with an exception set.</summary>
    public static PyObject? Encode(PyUnicode s, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        if (codec == Codec.None) return Errors.SetString(PyExc.LookupError, $"unknown encoding: {encoding}");
        var b = EncodeBytes(s, codec, errors);
        return b == null ? null : PyBytes.FromBytes(b);
    }

    /// <summary>The UTF-8 bytes of <paramref name="s"/>; null with UnicodeEncodeError ("surrogates not allowed") for lone surrogates.</summary>
    public static byte[]? AsUtf8(PyUnicode s)
    {
        if (!s.HasLoneSurrogates) return System.Text.Encoding.UTF8.GetBytes(s.Value);
        return EncodeBytes(s, Codec.Utf8, "strict");
    }

    public static byte[]? EncodeBytes(PyUnicode s, Codec codec, string errors)
    {
        int limit = codec switch { Codec.Ascii => 0x80, Codec.Latin1 => 0x100, _ => 0x110000 };
        if (codec == Codec.Utf8 && !s.HasLoneSurrogates) return System.Text.Encoding.UTF8.GetBytes(s.Value);
        if (codec == Codec.Ascii && s.IsAscii) return System.Text.Encoding.ASCII.GetBytes(s.Value);
        if (codec == Codec.Latin1 && s.IsSimple && s.MaxChar < 0x100) return System.Text.Encoding.Latin1.GetBytes(s.Value);
        var output = new List<byte>(s.Length + 8);
        int n = s.Length;
        string reason = codec == Codec.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
        for (int i = 0; i < n;)
        {
            int c = s[i];
            bool bad = codec == Codec.Utf8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
            if (!bad)
            {
                if (codec == Codec.Utf8) AppendUtf8(output, c); else output.Add((byte)c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && IsBad(s[end], codec, limit)) end++;
            switch (errors)
            {
                case "strict":
                    RaiseEncodeError(codec, s, i, end, reason);
                    return null;
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) output.Add((byte)'?');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) AppendAscii(output, BackslashEscape(s[k]));
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) AppendAscii(output, "&#" + s[k].ToString(CultureInfo.InvariantCulture) + ";");
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++)
                    {
                        int ch = s[k];
                        if (ch < 0xDC80 || ch > 0xDCFF)
                        {
                            RaiseEncodeError(codec, s, k, end, reason);
                            return null;
                        }
                        output.Add((byte)(ch - 0xDC00));
                    }
                    break;
                case "surrogatepass":
                    if (codec != Codec.Utf8)
                    {
                        RaiseEncodeError(codec, s, i, end, reason);
                        return null;
                    }
                    for (int k = i; k < end; k++) AppendUtf8(output, s[k]);
                    break;
                default:
                    UnknownHandler(errors);
                    return null;
            }
            i = end;
        }
        return output.ToArray();
    }

    static bool IsBad(int c, Codec codec, int limit) =>
        codec == Codec.Utf8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;

    static void AppendUtf8(List<byte> o, int c)
    {
        if (c < 0x80) o.Add((byte)c);
        else if (c < 0x800) { o.Add((byte)(0xC0 | (c >> 6))); o.Add((byte)(0x80 | (c & 0x3F))); }
        else if (c < 0x10000)
        {
            o.Add((byte)(0xE0 | (c >> 12)));
            o.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
            o.Add((byte)(0x80 | (c & 0x3F)));
        }
        else
        {
            o.Add((byte)(0xF0 | (c >> 18)));
            o.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
            o.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
            o.Add((byte)(0x80 | (c & 0x3F)));
        }
    }

    static void AppendAscii(List<byte> o, string s)
    {
        foreach (char c in s) o.Add((byte)c);
    }

    static string BackslashEscape(int c)
    {
        if (c <= 0xff) return "\\x" + c.ToString("x2");
        if (c <= 0xffff) return "\\u" + c.ToString("x4");
        return "\\U" + c.ToString("x8");
    }

    static void RaiseEncodeError(Codec codec, PyUnicode s, int start, int end, string reason)
    {
        var args = PyTuple.FromStolen([
            PyUnicode.FromString(CodecName(codec)), Py.NewRef<PyObject>(s),
            PyLong.FromLong(start), PyLong.FromLong(end), PyUnicode.FromString(reason)]);
        Errors.SetObject(PyExc.UnicodeEncodeError, args);
        Py.DECREF(args);
    }

    // ---------------- decoding ----------------

    /// <summary>bytes.decode(encoding, errors): a new str, or null with an exception set. <paramref name="source"/> is the bytes object (for the error).</summary>
    public static PyObject? Decode(ReadOnlySpan<byte> data, PyObject source, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        if (codec == Codec.None) return Errors.SetString(PyExc.LookupError, $"unknown encoding: {encoding}");
        return Decode(data, source, codec, errors);
    }

    public static PyObject? Decode(ReadOnlySpan<byte> data, PyObject source, Codec codec, string errors)
    {
        if (data.Length == 0) return Py.NewRef(PyUnicode.Empty);
        if (codec == Codec.Latin1) return PyUnicode.FromString(System.Text.Encoding.Latin1.GetString(data));
        if (data.IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0)
            return PyUnicode.FromSimple(System.Text.Encoding.ASCII.GetString(data));
        var w = new UnicodeWriter(data.Length);
        int n = data.Length;
        int i = 0;
        while (i < n)
        {
            byte b = data[i];
            if (b < 0x80) { w.Append((char)b); i++; continue; }
            int start = i, end;
            string reason;
            if (codec == Codec.Ascii)
            {
                end = i + 1;
                reason = "ordinal not in range(128)";
            }
            else
            {
                int len = Utf8Sequence(data, i, out int cp, out reason);
                if (len > 0) { w.AppendCodePoint(cp); i += len; continue; }
                end = i - len;
                if (errors == "surrogatepass" && b == 0xED && i + 2 < n && data[i + 1] >= 0xA0 && data[i + 1] <= 0xBF
                    && (data[i + 2] & 0xC0) == 0x80)
                {
                    w.AppendCodePoint(0xD000 | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
                    i += 3;
                    continue;
                }
            }
            switch (errors)
            {
                case "strict":
                case "surrogatepass":
                    RaiseDecodeError(codec, source, start, end, reason);
                    return null;
                case "ignore": break;
                case "replace": w.AppendCodePoint(0xFFFD); break;
                case "surrogateescape":
                    for (int k = start; k < end; k++) w.AppendCodePoint(0xDC00 + data[k]);
                    break;
                case "backslashreplace":
                    for (int k = start; k < end; k++) w.AppendAscii("\\x" + data[k].ToString("x2"));
                    break;
                default:
                    if (!KnownHandler(errors)) { UnknownHandler(errors); return null; }
                    RaiseDecodeError(codec, source, start, end, reason);
                    return null;
            }
            i = end;
        }
        return w.Finish();
    }

    static bool Cont(byte b) => (b & 0xC0) == 0x80;

    /// <summary>
    /// Decode one UTF-8 sequence at <paramref name="i"/>: its length (&gt; 0), or minus the
    /// length of the invalid range, with CPython's reason.
    /// </summary>
    static int Utf8Sequence(ReadOnlySpan<byte> d, int i, out int cp, out string reason)
    {
        cp = 0;
        reason = "";
        int n = d.Length - i;
        byte b0 = d[i];
        if (b0 < 0xC2 || b0 > 0xF4) { reason = "invalid start byte"; return -1; }
        if (b0 < 0xE0)
        {
            if (n < 2) { reason = "unexpected end of data"; return -n; }
            if (!Cont(d[i + 1])) { reason = "invalid continuation byte"; return -1; }
            cp = ((b0 & 0x1F) << 6) | (d[i + 1] & 0x3F);
            return 2;
        }
        if (b0 < 0xF0)
        {
            if (n < 2) { reason = "unexpected end of data"; return -n; }
            byte b1 = d[i + 1];
            bool ok1 = b0 == 0xE0 ? (b1 >= 0xA0 && b1 <= 0xBF) : b0 == 0xED ? (b1 >= 0x80 && b1 <= 0x9F) : Cont(b1);
            if (!ok1) { reason = "invalid continuation byte"; return -1; }
            if (n < 3) { reason = "unexpected end of data"; return -n; }
            if (!Cont(d[i + 2])) { reason = "invalid continuation byte"; return -2; }
            cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (d[i + 2] & 0x3F);
            return 3;
        }
        {
            if (n < 2) { reason = "unexpected end of data"; return -n; }
            byte b1 = d[i + 1];
            bool ok1 = b0 == 0xF0 ? (b1 >= 0x90 && b1 <= 0xBF) : b0 == 0xF4 ? (b1 >= 0x80 && b1 <= 0x8F) : Cont(b1);
            if (!ok1) { reason = "invalid continuation byte"; return -1; }
            if (n < 3) { reason = "unexpected end of data"; return -n; }
            if (!Cont(d[i + 2])) { reason = "invalid continuation byte"; return -2; }
            if (n < 4) { reason = "unexpected end of data"; return -n; }
            if (!Cont(d[i + 3])) { reason = "invalid continuation byte"; return -3; }
            cp = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((d[i + 2] & 0x3F) << 6) | (d[i + 3] & 0x3F);
            return 4;
        }
    }

    static void RaiseDecodeError(Codec codec, PyObject source, int start, int end, string reason)
    {
        var args = PyTuple.FromStolen([
            PyUnicode.FromString(CodecName(codec)), Py.NewRef(source),
            PyLong.FromLong(start), PyLong.FromLong(end), PyUnicode.FromString(reason)]);
        Errors.SetObject(PyExc.UnicodeDecodeError, args);
        Py.DECREF(args);
    }
}
