using System;
using Sharpy.Objects;

namespace Sharpy.Modules.Json;

/// <summary>JSON string escaping (ascii_escape_unicode, escape_unicode), written into a UnicodeWriter with the quotes.</summary>
internal static class JsonEscape
{
    const string Hex = "0123456789abcdef";

    /// <summary>S_CHAR: printable ASCII other than backslash and quote, copied as is.</summary>
    static bool IsPlain(int c) => c >= ' ' && c <= '~' && c != '\\' && c != '"';

    /// <summary>ascii_escape_unicode: everything outside printable ASCII as \uXXXX (surrogate pairs for non-BMP).</summary>
    public static void WriteAscii(UnicodeWriter w, PyUnicode s)
    {
        w.Append('"');
        int n = s.Length;
        if (s.IsSimple)
        {
            var v = s.Value;
            int i = 0;
            while (i < n)
            {
                int start = i;
                while (i < n && IsPlain(v[i])) i++;
                if (i > start) w.Append(v.AsSpan(start, i - start));
                if (i < n) WriteAsciiEscape(w, v[i++]);
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                int c = s[i];
                if (IsPlain(c)) w.Append((char)c);
                else WriteAsciiEscape(w, c);
            }
        }
        w.Append('"');
    }

    static void WriteAsciiEscape(UnicodeWriter w, int c)
    {
        switch (c)
        {
            case '\\': w.AppendAscii("\\\\"); return;
            case '"': w.AppendAscii("\\\""); return;
            case '\b': w.AppendAscii("\\b"); return;
            case '\f': w.AppendAscii("\\f"); return;
            case '\n': w.AppendAscii("\\n"); return;
            case '\r': w.AppendAscii("\\r"); return;
            case '\t': w.AppendAscii("\\t"); return;
        }
        if (c >= 0x10000)
        {
            int v = c - 0x10000;
            WriteU(w, 0xD800 | (v >> 10));
            c = 0xDC00 | (v & 0x3FF);
        }
        WriteU(w, c);
    }

    static void WriteU(UnicodeWriter w, int c)
    {
        w.Append('\\');
        w.Append('u');
        w.Append(Hex[(c >> 12) & 0xf]);
        w.Append(Hex[(c >> 8) & 0xf]);
        w.Append(Hex[(c >> 4) & 0xf]);
        w.Append(Hex[c & 0xf]);
    }

    /// <summary>escape_unicode: only backslash, quote and control characters are escaped.</summary>
    public static void WriteUnicode(UnicodeWriter w, PyUnicode s)
    {
        w.Append('"');
        int n = s.Length;
        if (s.IsSimple)
        {
            var v = s.Value;
            int i = 0;
            while (i < n)
            {
                int start = i;
                while (i < n && v[i] > 0x1f && v[i] != '\\' && v[i] != '"') i++;
                if (i > start) w.Append(v.AsSpan(start, i - start));
                if (i < n) WriteUnicodeEscape(w, v[i++]);
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                int c = s[i];
                if (c > 0x1f && c != '\\' && c != '"') w.AppendCodePoint(c);
                else WriteUnicodeEscape(w, c);
            }
        }
        w.Append('"');
    }

    static void WriteUnicodeEscape(UnicodeWriter w, int c)
    {
        switch (c)
        {
            case '\\': w.AppendAscii("\\\\"); return;
            case '"': w.AppendAscii("\\\""); return;
            case '\b': w.AppendAscii("\\b"); return;
            case '\f': w.AppendAscii("\\f"); return;
            case '\n': w.AppendAscii("\\n"); return;
            case '\r': w.AppendAscii("\\r"); return;
            case '\t': w.AppendAscii("\\t"); return;
        }
        w.AppendAscii("\\u00");
        w.Append(Hex[(c >> 4) & 0xf]);
        w.Append(Hex[c & 0xf]);
    }
}
