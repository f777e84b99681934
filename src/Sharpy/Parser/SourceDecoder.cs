using System;
using System.Text;

namespace Sharpy.Parser;

/// <summary>Source decoding (Parser/tokenizer/helpers.c, string_tokenizer.c): BOM, PEP 263
/// coding cookie, null bytes, universal newlines. The result is UTF-8.</summary>
internal static class SourceDecoder
{
    public static ParseError NullBytesError(string filename) => new()
    {
        Message = "source code string cannot contain null bytes", Filename = filename, LocationIsNone = true,
    };

    /// <summary>The source as UTF-8, or null with `error` set. A script file's null bytes are
    /// reported as the file tokenizer does.</summary>
    public static byte[]? Decode(byte[] source, string filename, bool fileInput, out ParseError? error)
    {
        error = null;
        if (Array.IndexOf(source, (byte)0) >= 0)
        {
            error = NullBytesError(filename);
            if (fileInput) error.Message = "source code cannot contain null bytes";
            return null;
        }
        int start = 0;
        bool bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF;
        if (bom) start = 3;
        string? cookie = FindCookie(source, start, out int cookieLine, out int cookieLineStart, out int cookieLineLength);
        string encoding = "utf-8";
        if (cookie != null)
        {
            if (bom && CanonicalName(cookie) != "utf-8")
            {
                // The end offset is the line's length, one more on line 2 (as CPython counts it).
                error = new ParseError
                {
                    Message = $"encoding problem: {CanonicalName(cookie)} with BOM", Filename = filename,
                    Lineno = cookieLine, Offset = 0, EndLineno = cookieLine, EndOffset = cookieLineLength + (cookieLine == 2 ? 1 : 0),
                };
                if (!fileInput)
                {
                    error.FilenameOnlyAsAttribute = true;
                    error.Text = Encoding.UTF8.GetString(source, cookieLineStart, cookieLineLength);
                }
                return null;
            }
            string? norm = NormalizeEncoding(cookie);
            if (norm == null)
            {
                // Any other text encoding is decoded by the codec registry (cp1252, koi8_r ...).
                var decoded = Sharpy.Modules.Codecs.CodecRegistry.DecodeSource(cookie, source.AsSpan(start), out string? message);
                if (decoded == null) error = CodecError(message!, filename);
                return decoded;
            }
            // A cookie whose normal name (get_normal_name) is "utf-8" counts as no declaration;
            // other spellings of UTF-8 ("utf8") decode through the codec.
            encoding = norm == "utf-8" && CanonicalName(cookie) != "utf-8" ? "utf-8-codec" : norm;
        }
        if (encoding == "utf-8" || encoding == "utf-8-codec")
        {
            int bad = FirstInvalidUtf8(source, start, out string reason);
            if (bad >= 0)
            {
                if (encoding == "utf-8-codec")
                {
                    error = CodecError($"'utf-8' codec can't decode byte 0x{source[bad]:x2} in position {bad - start}: {reason}", filename);
                    return null;
                }
                int line = 1, lineStart = start;
                for (int i = start; i < bad; i++) if (source[i] == (byte)'\n') { line++; lineStart = i + 1; }
                string msg = $"Non-UTF-8 code starting with '\\x{source[bad]:x2}' on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details";
                int off = bad - lineStart + 1;
                error = new ParseError { Message = msg, Filename = filename, Lineno = line, Offset = off, EndLineno = line, EndOffset = off };
                if (!fileInput)
                {
                    // The string tokenizer's text is the line decoded with replacement characters.
                    int lineEnd = Array.IndexOf(source, (byte)'\n', lineStart);
                    if (lineEnd < 0) lineEnd = source.Length;
                    if (lineEnd > lineStart && source[lineEnd - 1] == (byte)'\r') lineEnd--;
                    error.FilenameOnlyAsAttribute = true;
                    error.Text = Encoding.UTF8.GetString(source, lineStart, lineEnd - lineStart);
                }
                return null;
            }
            if (start == 0) return source;
            return source.AsSpan(start).ToArray();
        }
        if (encoding == "ascii")
        {
            for (int i = start; i < source.Length; i++)
                if (source[i] >= 0x80)
                {
                    error = CodecError($"'ascii' codec can't decode byte 0x{source[i]:x2} in position {i - start}: ordinal not in range(128)", filename);
                    return null;
                }
            return source.AsSpan(start).ToArray();
        }
        // latin-1: every byte is its code point
        var chars = new char[source.Length - start];
        for (int i = start; i < source.Length; i++) chars[i - start] = (char)source[i];
        return Encoding.UTF8.GetBytes(chars);
    }

    /// <summary>A decoding error raised while decoding the whole source: location 0:-1, no end.</summary>
    static ParseError CodecError(string message, string filename) =>
        new() { Message = message, Filename = filename, Lineno = 0, Offset = -1, EndIsNone = true };

    /// <summary>The index of the first byte that strict UTF-8 rejects (overlongs, surrogates and
    /// code points above U+10FFFF included), or -1; `reason` is the codec's reason.</summary>
    static int FirstInvalidUtf8(byte[] s, int start, out string reason)
    {
        reason = "";
        int i = start;
        while (i < s.Length)
        {
            byte b = s[i];
            if (b < 0x80) { i++; continue; }
            int n; byte lo = 0x80, hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) n = 2;
            else if (b >= 0xE0 && b <= 0xEF) { n = 3; if (b == 0xE0) lo = 0xA0; else if (b == 0xED) hi = 0x9F; }
            else if (b >= 0xF0 && b <= 0xF4) { n = 4; if (b == 0xF0) lo = 0x90; else if (b == 0xF4) hi = 0x8F; }
            else { reason = "invalid start byte"; return i; }
            for (int k = 1; k < n; k++)
            {
                if (i + k >= s.Length) { reason = "unexpected end of data"; return i; }
                byte c = s[i + k];
                if (k == 1 ? c < lo || c > hi : (c & 0xC0) != 0x80) { reason = "invalid continuation byte"; return i; }
            }
            i += n;
        }
        return -1;
    }

    /// <summary>The PEP 263 cookie of line 1, or of line 2 when line 1 is blank or a comment.</summary>
    static string? FindCookie(byte[] s, int start, out int line, out int lineStart, out int lineLength)
    {
        int pos = start;
        for (line = 1; line <= 2; line++)
        {
            lineStart = pos;
            int end = pos;
            while (end < s.Length && s[end] != (byte)'\n') end++;
            lineLength = end > pos && s[end - 1] == (byte)'\r' ? end - 1 - pos : end - pos;
            string text = Encoding.Latin1.GetString(s, pos, end - pos).TrimEnd('\r');
            string? c = CookieOf(text);
            if (c != null) return c;
            string t = text.TrimStart(' ', '\t', '\f');
            if (t.Length != 0 && t[0] != '#') break;
            pos = end + 1;
            if (pos >= s.Length) break;
        }
        line = 0;
        lineStart = lineLength = 0;
        return null;
    }

    static string? CookieOf(string line)
    {
        int i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
        if (i >= line.Length || line[i] != '#') return null;
        int k = line.IndexOf("coding", i, StringComparison.Ordinal);
        while (k >= 0)
        {
            int j = k + 6;
            if (j < line.Length && (line[j] == ':' || line[j] == '='))
            {
                j++;
                while (j < line.Length && (line[j] == ' ' || line[j] == '\t')) j++;
                int s = j;
                while (j < line.Length && (char.IsAsciiLetterOrDigit(line[j]) || line[j] == '-' || line[j] == '_' || line[j] == '.')) j++;
                if (j > s) return line.Substring(s, j - s);
            }
            k = line.IndexOf("coding", k + 1, StringComparison.Ordinal);
        }
        return null;
    }

    /// <summary>The encodings this implementation decodes: "utf-8", "latin-1", "ascii"; null when unknown.</summary>
    static string? NormalizeEncoding(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n == "utf8" || n.StartsWith("utf-8-")) return "utf-8";
        if (n is "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "iso-latin-1" or "l1" or "8859" or "cp819" or "iso-ir-100")
            return "latin-1";
        if (n is "ascii" or "us-ascii" or "646") return "ascii";
        return null;
    }

    /// <summary>get_normal_name (Parser/tokenizer/helpers.c).</summary>
    static string CanonicalName(string name)
    {
        string n = name.Length > 12 ? name[..12] : name;
        n = n.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1"
            || n.StartsWith("latin-1-", StringComparison.Ordinal) || n.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return name;
    }

    /// <summary>\r\n and \r become \n; exec input gets a final newline.</summary>
    public static byte[] TranslateNewlines(byte[] s, bool appendNewline, out int length)
    {
        bool hasCr = Array.IndexOf(s, (byte)'\r') >= 0;
        bool needNl = appendNewline && (s.Length == 0 || s[^1] != (byte)'\n');
        if (!hasCr && !needNl)
        {
            length = s.Length;
            return s;
        }
        var r = new byte[s.Length + 1];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            byte b = s[i];
            if (b == (byte)'\r')
            {
                r[n++] = (byte)'\n';
                if (i + 1 < s.Length && s[i + 1] == (byte)'\n') i++;
            }
            else r[n++] = b;
        }
        if (appendNewline && (n == 0 || r[n - 1] != (byte)'\n')) r[n++] = (byte)'\n';
        length = n;
        return r;
    }
}
