using System;
using Sharpy.Objects;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// UTF-8 (Objects/unicodeobject.c unicode_encode_utf8, unicode_decode_utf8 and
/// Objects/stringlib/codecs.h): the encoder fails only on surrogates, the decoder reports
/// CPython's error ranges and reasons ("invalid start byte", "invalid continuation byte",
/// "unexpected end of data"), and stops before an incomplete sequence when not final.
/// </summary>
public static class Utf8Codec
{
    /// <summary>The UTF-8 bytes of <paramref name="s"/>; null with an exception set.</summary>
    public static byte[]? Encode(PyUnicode s, string? errors)
    {
        if (!s.HasLoneSurrogates) return System.Text.Encoding.UTF8.GetBytes(s.Value);
        var output = new ByteWriter(s.Length + 8);
        var errs = new EncodeErrors("utf-8", errors, s);
        try
        {
            int n = s.Length;
            for (int i = 0; i < n;)
            {
                int c = s[i];
                if (c < 0xD800 || c > 0xDFFF)
                {
                    output.AppendUtf8(c);
                    i++;
                    continue;
                }
                int start = i, end = i + 1;
                while (end < n && s[end] >= 0xD800 && s[end] <= 0xDFFF) end++;
                switch (errs.Kind)
                {
                    case ErrorHandlerKind.Strict:
                        errs.Raise(start, end, "surrogates not allowed");
                        return null;
                    case ErrorHandlerKind.Ignore:
                        i = end;
                        continue;
                    case ErrorHandlerKind.Replace:
                        for (int k = start; k < end; k++) output.Append((byte)'?');
                        i = end;
                        continue;
                    case ErrorHandlerKind.BackslashReplace:
                    case ErrorHandlerKind.XmlCharRefReplace:
                        AppendEscapes(output, s, start, end, errs.Kind);
                        i = end;
                        continue;
                    case ErrorHandlerKind.SurrogatePass:
                        for (int k = start; k < end; k++) output.AppendUtf8(s[k]);
                        i = end;
                        continue;
                    case ErrorHandlerKind.SurrogateEscape:
                        while (start < end && s[start] >= 0xDC80 && s[start] <= 0xDCFF) output.Append((byte)(s[start++] - 0xDC00));
                        if (start == end) { i = end; continue; }
                        break; // the rest goes to the handler, which raises
                }
                i = errs.CallAndAppend(output, start, end, "surrogates not allowed", 0x80);
                if (i < 0) return null;
            }
            return output.ToArray();
        }
        finally
        {
            errs.Release();
        }
    }

    /// <summary>backslashreplace / xmlcharrefreplace inline, for the encoders.</summary>
    internal static void AppendEscapes(ByteWriter output, PyUnicode s, int start, int end, ErrorHandlerKind kind)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (kind == ErrorHandlerKind.BackslashReplace) ErrorHandlers.AppendBackslashEscape(sb, s[k]);
            else sb.Append("&#").Append(s[k]).Append(';');
        }
        output.AppendAscii(sb.ToString());
    }

    /// <summary>
    /// Decode UTF-8; <paramref name="consumed"/> is how many bytes were used (all of them when
    /// <paramref name="final"/>). <paramref name="source"/> is the input's bytes object if the
    /// caller has one (for the exception). Null with an exception set.
    /// </summary>
    public static PyUnicode? Decode(ReadOnlySpan<byte> data, PyObject? source, string? errors, bool final, out int consumed)
    {
        consumed = data.Length;
        if (data.Length == 0) return Py.NewRef(PyUnicode.Empty);
        if (data.IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0)
            return PyUnicode.FromSimple(System.Text.Encoding.ASCII.GetString(data));
        if (System.Text.Unicode.Utf8.IsValid(data))
        {
            // Without 4-byte sequences the text has no surrogate code units: no need to scan it again.
            var text = System.Text.Encoding.UTF8.GetString(data);
            return data.IndexOfAnyInRange((byte)0xF0, (byte)0xFF) < 0 ? PyUnicode.FromSimple(text) : PyUnicode.FromString(text);
        }
        var w = new UnicodeWriter(data.Length);
        DecodeErrors? errs = null;
        try
        {
            int i = 0;
            while (i < data.Length)
            {
                byte b = data[i];
                if (b < 0x80) { w.Append((char)b); i++; continue; }
                int len = Sequence(data, i, out int cp, out string reason);
                if (len > 0) { w.AppendCodePoint(cp); i += len; continue; }
                int end = i - len;
                if (!final && end == data.Length && reason == "unexpected end of data") break;
                errs ??= new DecodeErrors("utf-8", errors, source);
                i = errs.Handle(ref data, i, end, reason, w);
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

    static bool Cont(byte b) => (b & 0xC0) == 0x80;

    /// <summary>
    /// Decode one sequence at <paramref name="i"/>: its length (&gt; 0), or minus the length
    /// of the invalid range, with CPython's reason.
    /// </summary>
    static int Sequence(ReadOnlySpan<byte> d, int i, out int cp, out string reason)
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
}
