using System;
using System.Buffers;
using Sharpy.Objects;

namespace Sharpy.Modules.Json;

/// <summary>JSON string escaping (ascii_escape_unicode, escape_unicode), written into a JsonWriter with the quotes.</summary>
internal static class JsonEscape
{
    const string Hex = "0123456789abcdef";

    /// <summary>S_CHAR: printable ASCII other than backslash and quote, copied as is.</summary>
    static bool IsPlain(int c) => c >= ' ' && c <= '~' && c != '\\' && c != '"';

    static readonly SearchValues<char> s_asciiPlain = SearchValues.Create(MakeAsciiPlain());
    /// <summary>What escape_unicode escapes: control characters, backslash and quote.</summary>
    static readonly SearchValues<char> s_unicodeSpecial = SearchValues.Create(MakeUnicodeSpecial());

    static string MakeAsciiPlain()
    {
        var chars = new System.Text.StringBuilder();
        for (char c = ' '; c <= '~'; c++) if (IsPlain(c)) chars.Append(c);
        return chars.ToString();
    }

    static string MakeUnicodeSpecial()
    {
        var chars = new System.Text.StringBuilder("\\\"");
        for (char c = '\0'; c <= '\x1f'; c++) chars.Append(c);
        return chars.ToString();
    }

    /// <summary>ascii_escape_unicode: everything outside printable ASCII as \uXXXX (surrogate pairs for non-BMP).</summary>
    public static void WriteAscii(JsonWriter w, PyUnicode s)
    {
        w.Append('"');
        if (s.IsSimple)
        {
            var rest = s.Value.AsSpan();
            while (true)
            {
                int k = rest.IndexOfAnyExcept(s_asciiPlain);
                if (k < 0) break;
                w.AppendAscii(rest[..k]);
                WriteAsciiEscape(w, rest[k]);
                rest = rest[(k + 1)..];
            }
            w.AppendAscii(rest);
        }
        else
        {
            int n = s.Length;
            for (int i = 0; i < n; i++)
            {
                int c = s[i];
                if (IsPlain(c)) w.Append((char)c);
                else WriteAsciiEscape(w, c);
            }
        }
        w.Append('"');
    }

    static void WriteAsciiEscape(JsonWriter w, int c)
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

    static void WriteU(JsonWriter w, int c)
    {
        Span<char> u = ['\\', 'u', Hex[(c >> 12) & 0xf], Hex[(c >> 8) & 0xf], Hex[(c >> 4) & 0xf], Hex[c & 0xf]];
        w.AppendAscii(u);
    }

    /// <summary>escape_unicode: only backslash, quote and control characters are escaped.</summary>
    public static void WriteUnicode(JsonWriter w, PyUnicode s)
    {
        w.Append('"');
        if (s.IsSimple)
        {
            // No surrogates: every run between escapes is copied as it is.
            var rest = s.Value.AsSpan();
            while (true)
            {
                int k = rest.IndexOfAny(s_unicodeSpecial);
                if (k < 0) break;
                w.AppendAscii(rest[..k]);
                WriteUnicodeEscape(w, rest[k]);
                rest = rest[(k + 1)..];
            }
            w.AppendAscii(rest);
        }
        else
        {
            int n = s.Length;
            for (int i = 0; i < n; i++)
            {
                int c = s[i];
                if (c > 0x1f && c != '\\' && c != '"') w.AppendCodePoint(c);
                else WriteUnicodeEscape(w, c);
            }
        }
        w.Append('"');
    }

    static void WriteUnicodeEscape(JsonWriter w, int c)
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
        Span<char> u = ['\\', 'u', '0', '0', Hex[(c >> 4) & 0xf], Hex[c & 0xf]];
        w.AppendAscii(u);
    }
}
