using System;
using Sharpy.Objects;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// Latin-1 and ASCII (unicodeobject.c unicode_encode_ucs1, PyUnicode_DecodeLatin1,
/// PyUnicode_DecodeASCII): a character or byte outside the range is an error, reported as
/// "ordinal not in range(256)" / "(128)" over the run of such characters.
/// </summary>
public static class Latin1AsciiCodec
{
    /// <summary>unicode_encode_ucs1 with limit 128 (ASCII) or 256 (Latin-1).</summary>
    public static byte[]? Encode(PyUnicode s, string? errors, int limit)
    {
        if (limit == 0x80 ? s.IsAscii : s.IsSimple && s.MaxChar < 0x100)
            return limit == 0x80 ? System.Text.Encoding.ASCII.GetBytes(s.Value) : System.Text.Encoding.Latin1.GetBytes(s.Value);
        string encoding = limit == 0x80 ? "ascii" : "latin-1";
        string reason = limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)";
        var output = new ByteWriter(s.Length);
        var errs = new EncodeErrors(encoding, errors, s);
        try
        {
            int n = s.Length;
            for (int i = 0; i < n;)
            {
                int c = s[i];
                if (c < limit)
                {
                    output.Append((byte)c);
                    i++;
                    continue;
                }
                int start = i, end = i + 1;
                while (end < n && s[end] >= limit) end++;
                switch (errs.Kind)
                {
                    case ErrorHandlerKind.Strict:
                        errs.Raise(start, end, reason);
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
                        Utf8Codec.AppendEscapes(output, s, start, end, errs.Kind);
                        i = end;
                        continue;
                    case ErrorHandlerKind.SurrogateEscape:
                        while (start < end && s[start] >= 0xDC80 && s[start] <= 0xDCFF) output.Append((byte)(s[start++] - 0xDC00));
                        if (start == end) { i = end; continue; }
                        break;
                }
                i = errs.CallAndAppend(output, start, end, reason, limit);
                if (i < 0) return null;
            }
            return output.ToArray();
        }
        finally
        {
            errs.Release();
        }
    }

    public static PyUnicode DecodeLatin1(ReadOnlySpan<byte> data)
        => data.Length == 0 ? Py.NewRef(PyUnicode.Empty) : PyUnicode.FromSimple(System.Text.Encoding.Latin1.GetString(data));

    public static PyUnicode? DecodeAscii(ReadOnlySpan<byte> data, PyObject? source, string? errors)
    {
        if (data.Length == 0) return Py.NewRef(PyUnicode.Empty);
        if (data.IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0)
            return PyUnicode.FromSimple(System.Text.Encoding.ASCII.GetString(data));
        var w = new UnicodeWriter(data.Length);
        var errs = new DecodeErrors("ascii", errors, source);
        try
        {
            int i = 0;
            while (i < data.Length)
            {
                byte b = data[i];
                if (b < 0x80) { w.Append((char)b); i++; continue; }
                i = errs.Handle(ref data, i, i + 1, "ordinal not in range(128)", w);
                if (i < 0) return null;
            }
            return w.Finish();
        }
        finally
        {
            errs.Release();
        }
    }
}
