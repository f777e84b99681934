using System;
using System.Collections.Generic;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Codecs;

/// <summary>
/// The built-in error handlers (Python/codecs.c PyCodec_*Errors): functions of one
/// UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError that return the
/// replacement and the position to resume at. They are registered under their names when
/// the registry starts; the codecs apply the common ones inline with the same results.
/// </summary>
public static class ErrorHandlers
{
    static readonly string[] s_names =
        ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace", "surrogatepass", "surrogateescape"];

    public static bool IsBuiltinName(string name) => Array.IndexOf(s_names, name) >= 0;

    /// <summary>The built-in handlers as (name, builtin function) pairs, new references.</summary>
    internal static IEnumerable<(string, PyObject)> Create()
    {
        yield return ("strict", Function("strict_errors", Strict,
            "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."));
        yield return ("ignore", Function("ignore_errors", Ignore,
            "Implements the 'ignore' error handling, which ignores malformed data and continues."));
        yield return ("replace", Function("replace_errors", Replace,
            "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."));
        yield return ("xmlcharrefreplace", Function("xmlcharrefreplace_errors", XmlCharRefReplace,
            "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."));
        yield return ("backslashreplace", Function("backslashreplace_errors", BackslashReplace,
            "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."));
        yield return ("namereplace", Function("namereplace_errors", NameReplace,
            "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."));
        yield return ("surrogatepass", Function("surrogatepass", SurrogatePass, null));
        yield return ("surrogateescape", Function("surrogateescape", SurrogateEscape, null));
    }

    /// <summary>A METH_O builtin function.</summary>
    static PyCFunction Function(string name, Func<PyObject, PyObject?> handler, string? doc) =>
        new(name, name, (self, args, kwnames) =>
        {
            if (ArgParse.HasKeywords(kwnames)) return ArgParse.NoKeywords(name);
            if (args.Length != 1) return ArgParse.ExactlyOne(name, args.Length);
            return handler(args[0].AsBorrowed);
        }, null, doc);

    static PyObject? WrongExceptionType(PyObject exc) =>
        Errors.SetString(PyExc.TypeError, $"don't know how to handle {exc.ob_type.tp_name} in error callback");

    /// <summary>
    /// The exception's object, start and end as PyUnicode{Encode,Decode}Error_Get* give them:
    /// start clamped into the object, end into [1, len]. False with TypeError when object has the wrong type.
    /// </summary>
    internal static bool GetRange(PyUnicodeErrorObject exc, bool asBytes, out PyObject obj, out int start, out int end)
    {
        obj = null!;
        start = end = 0;
        if (!exc.CheckObject(asBytes)) return false;
        obj = exc.Object!;
        long size = asBytes ? ((PyBytes)obj).Length : ((PyUnicode)obj).Length;
        long s = exc.Start, e = exc.End;
        if (s < 0) s = 0;
        if (s >= size) s = size == 0 ? 0 : size - 1;
        if (e < 1) e = 1;
        if (e > size) e = size;
        start = (int)s;
        end = (int)e;
        return true;
    }

    static PyObject Result(PyObject replacement, long end)
        => PyTuple.FromStolen([replacement, PyLong.FromLong(end)]);

    /// <summary>PyCodec_StrictErrors: raise the exception.</summary>
    public static PyObject? Strict(PyObject exc)
    {
        if (exc is PyBaseException be) Errors.SetObject(be.ob_type, be);
        else Errors.SetString(PyExc.TypeError, "codec must pass exception instance");
        return null;
    }

    public static PyObject? Ignore(PyObject exc)
    {
        if (exc is not PyUnicodeErrorObject u) return WrongExceptionType(exc);
        if (!GetRange(u, u is PyUnicodeDecodeError, out _, out _, out int end)) return null;
        return Result(Py.NewRef(PyUnicode.Empty), end);
    }

    public static PyObject? Replace(PyObject exc)
    {
        if (exc is not PyUnicodeErrorObject u) return WrongExceptionType(exc);
        bool decode = u is PyUnicodeDecodeError;
        if (!GetRange(u, decode, out _, out int start, out int end)) return null;
        if (decode) return Result(PyUnicode.FromCodePoint(0xFFFD), end);
        int ch = u is PyUnicodeEncodeError ? '?' : 0xFFFD;
        return Result(PyUnicode.FromString(new string((char)ch, Math.Max(0, end - start))), end);
    }

    public static PyObject? XmlCharRefReplace(PyObject exc)
    {
        if (exc is not PyUnicodeEncodeError u) return WrongExceptionType(exc);
        if (!GetRange(u, false, out var obj, out int start, out int end)) return null;
        var s = (PyUnicode)obj;
        var sb = new System.Text.StringBuilder();
        for (int i = start; i < end; i++) sb.Append("&#").Append(s[i]).Append(';');
        return Result(PyUnicode.FromString(sb.ToString()), end);
    }

    public static PyObject? BackslashReplace(PyObject exc)
    {
        if (exc is not PyUnicodeErrorObject u) return WrongExceptionType(exc);
        var sb = new System.Text.StringBuilder();
        if (u is PyUnicodeDecodeError)
        {
            if (!GetRange(u, true, out var bobj, out int bstart, out int bend)) return null;
            var data = ((PyBytes)bobj).Value;
            for (int i = bstart; i < bend; i++) sb.Append("\\x").Append(data[i].ToString("x2"));
            return Result(PyUnicode.FromString(sb.ToString()), bend);
        }
        if (!GetRange(u, false, out var obj, out int start, out int end)) return null;
        var s = (PyUnicode)obj;
        for (int i = start; i < end; i++) AppendBackslashEscape(sb, s[i]);
        return Result(PyUnicode.FromString(sb.ToString()), end);
    }

    /// <summary>\xhh, \uhhhh or \Uhhhhhhhh for a code point.</summary>
    internal static void AppendBackslashEscape(System.Text.StringBuilder sb, int c)
    {
        if (c >= 0x10000) sb.Append("\\U").Append(c.ToString("x8"));
        else if (c >= 0x100) sb.Append("\\u").Append(c.ToString("x4"));
        else sb.Append("\\x").Append(c.ToString("x2"));
    }

    public static PyObject? NameReplace(PyObject exc)
    {
        if (exc is not PyUnicodeEncodeError u) return WrongExceptionType(exc);
        if (!GetRange(u, false, out var obj, out int start, out int end)) return null;
        var s = (PyUnicode)obj;
        var sb = new System.Text.StringBuilder();
        for (int i = start; i < end; i++)
        {
            var name = Sharpy.Parser.UnicodeNames.NameOf(s[i]);
            if (name != null) sb.Append("\\N{").Append(name).Append('}');
            else AppendBackslashEscape(sb, s[i]);
        }
        return Result(PyUnicode.FromString(sb.ToString()), end);
    }

    enum Standard { Unknown, Utf8, Utf16Be, Utf16Le, Utf32Be, Utf32Le }

    /// <summary>get_standard_encoding: the UTF the exception's encoding names, and its unit size for a surrogate.</summary>
    static Standard GetStandardEncoding(string encoding, out int byteLength)
    {
        byteLength = 0;
        var e = encoding.AsSpan();
        if (e.Length >= 3 && (e[0] | 0x20) == 'u' && (e[1] | 0x20) == 't' && (e[2] | 0x20) == 'f')
        {
            e = e[3..];
            if (e.Length > 0 && (e[0] == '-' || e[0] == '_')) e = e[1..];
            if (e.SequenceEqual("8")) { byteLength = 3; return Standard.Utf8; }
            bool is16 = e.StartsWith("16"), is32 = e.StartsWith("32");
            if (!is16 && !is32) return Standard.Unknown;
            e = e[2..];
            byteLength = is16 ? 2 : 4;
            if (e.Length == 0) return is16 ? Standard.Utf16Le : Standard.Utf32Le;
            if (e[0] == '-' || e[0] == '_') e = e[1..];
            if (e.Length == 2 && (e[1] | 0x20) == 'e')
            {
                if ((e[0] | 0x20) == 'b') return is16 ? Standard.Utf16Be : Standard.Utf32Be;
                if ((e[0] | 0x20) == 'l') return is16 ? Standard.Utf16Le : Standard.Utf32Le;
            }
            return Standard.Unknown;
        }
        if (encoding == "CP_UTF8") { byteLength = 3; return Standard.Utf8; }
        return Standard.Unknown;
    }

    /// <summary>PyCodec_SurrogatePassErrors: surrogates written (or read) as a UTF would if it allowed them.</summary>
    public static PyObject? SurrogatePass(PyObject exc)
    {
        if (exc is PyUnicodeEncodeError ue)
        {
            if (!GetRange(ue, false, out var obj, out int start, out int end)) return null;
            var encoding = EncodingOf(ue);
            if (encoding == null) return null;
            var code = GetStandardEncoding(encoding, out int n);
            if (code == Standard.Unknown) return Strict(exc);
            var s = (PyUnicode)obj;
            var outp = new byte[n * Math.Max(0, end - start)];
            int o = 0;
            for (int i = start; i < end; i++)
            {
                int ch = s[i];
                if (ch < 0xD800 || ch > 0xDFFF) return Strict(exc);
                o += WriteUnit(outp.AsSpan(o), code, ch);
            }
            return Result(PyBytes.FromBytes(outp), end);
        }
        if (exc is PyUnicodeDecodeError de)
        {
            if (!GetRange(de, true, out var obj, out int start, out _)) return null;
            var encoding = EncodingOf(de);
            if (encoding == null) return null;
            var code = GetStandardEncoding(encoding, out int n);
            if (code == Standard.Unknown) return Strict(exc);
            var p = ((PyBytes)obj).Value.AsSpan(start);
            int ch = 0;
            if (p.Length >= n)
            {
                ch = code switch
                {
                    Standard.Utf8 => (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80
                        ? ((p[0] & 0x0F) << 12) + ((p[1] & 0x3F) << 6) + (p[2] & 0x3F) : 0,
                    Standard.Utf16Le => p[1] << 8 | p[0],
                    Standard.Utf16Be => p[0] << 8 | p[1],
                    Standard.Utf32Le => (p[3] << 24) | (p[2] << 16) | (p[1] << 8) | p[0],
                    _ => (p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3],
                };
            }
            if (ch < 0xD800 || ch > 0xDFFF) return Strict(exc);
            return Result(PyUnicode.FromCodePoint(ch), start + n);
        }
        return WrongExceptionType(exc);
    }

    static int WriteUnit(Span<byte> o, Standard code, int ch)
    {
        switch (code)
        {
            case Standard.Utf8:
                o[0] = (byte)(0xE0 | (ch >> 12)); o[1] = (byte)(0x80 | ((ch >> 6) & 0x3F)); o[2] = (byte)(0x80 | (ch & 0x3F));
                return 3;
            case Standard.Utf16Le: o[0] = (byte)ch; o[1] = (byte)(ch >> 8); return 2;
            case Standard.Utf16Be: o[0] = (byte)(ch >> 8); o[1] = (byte)ch; return 2;
            case Standard.Utf32Le: o[0] = (byte)ch; o[1] = (byte)(ch >> 8); o[2] = (byte)(ch >> 16); o[3] = (byte)(ch >> 24); return 4;
            default: o[0] = (byte)(ch >> 24); o[1] = (byte)(ch >> 16); o[2] = (byte)(ch >> 8); o[3] = (byte)ch; return 4;
        }
    }

    static string? EncodingOf(PyUnicodeErrorObject e)
    {
        if (e.Encoding is PyUnicode s) return s.Value;
        Errors.SetString(PyExc.TypeError, "UnicodeError 'encoding' attribute must be a string");
        return null;
    }

    /// <summary>PyCodec_SurrogateEscapeErrors: bytes 0x80..0xff to and from U+DC80..U+DCFF (PEP 383).</summary>
    public static PyObject? SurrogateEscape(PyObject exc)
    {
        if (exc is PyUnicodeEncodeError ue)
        {
            if (!GetRange(ue, false, out var obj, out int start, out int end)) return null;
            var s = (PyUnicode)obj;
            var outp = new byte[Math.Max(0, end - start)];
            for (int i = start; i < end; i++)
            {
                int ch = s[i];
                if (ch < 0xDC80 || ch > 0xDCFF) return Strict(exc);
                outp[i - start] = (byte)(ch - 0xDC00);
            }
            return Result(PyBytes.FromBytes(outp), end);
        }
        if (exc is PyUnicodeDecodeError de)
        {
            if (!GetRange(de, true, out var obj, out int start, out int end)) return null;
            var p = ((PyBytes)obj).Value;
            Span<int> chars = stackalloc int[4];
            int consumed = 0;
            while (consumed < 4 && consumed < end - start)
            {
                if (p[start + consumed] < 128) break; // ASCII bytes are never escaped
                chars[consumed] = 0xDC00 + p[start + consumed];
                consumed++;
            }
            if (consumed == 0) return Strict(exc);
            return Result(PyUnicode.FromCodePoints(chars[..consumed]), start + consumed);
        }
        return WrongExceptionType(exc);
    }
}
