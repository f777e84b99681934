using System.Text;
using Sharpy.Objects;

namespace Sharpy.Runtime;

/// <summary>The source line of a traceback entry (with linecache's file reading).</summary>
public static partial class SourceExcerpt
{
    public static void Append(StringBuilder sb, PyCode code, int lasti)
    {
        var loc = LineTable.LocationForOffset(code, lasti);
        if (loc.Line < 1) return;
        var line = SourceLines.Get(code.Filename.Value, loc.Line);
        if (line == null) return;
        var stripped = line.Trim();
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');
    }
}

/// <summary>linecache: source lines of files by name, cached.</summary>
public static class SourceLines
{
    static readonly System.Collections.Generic.Dictionary<string, string[]?> s_cache = new();

    /// <summary>Register source text for a name that is not a file (e.g. "&lt;string&gt;" is not registered in CPython).</summary>
    public static void Register(string filename, string text) => s_cache[filename] = Split(text);

    public static string? Get(string filename, int lineno)
    {
        if (!s_cache.TryGetValue(filename, out var lines))
        {
            lines = null;
            try
            {
                if (System.IO.File.Exists(filename)) lines = Split(Decode(System.IO.File.ReadAllBytes(filename)));
            }
            catch (System.Exception e) when (e is System.IO.IOException || e is System.UnauthorizedAccessException)
            {
                lines = null;
            }
            s_cache[filename] = lines;
        }
        if (lines == null || lineno < 1 || lineno > lines.Length) return null;
        return lines[lineno - 1];
    }

    static string Decode(byte[] bytes)
    {
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(false, false).GetString(bytes, start, bytes.Length - start);
    }

    static string[] Split(string text)
    {
        var list = new System.Collections.Generic.List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                list.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.Length) list.Add(text[start..]);
        return list.ToArray();
    }
}

/// <summary>The SyntaxError lines of a traceback: file/line, the text with a caret, then the message.</summary>
public static class SyntaxErrorFormat
{
    public static void Append(StringBuilder sb, PyBaseException exc, string typeName)
    {
        var d = exc.Dict;
        var msg = d?.GetItemString("msg") is PyUnicode m ? m.Value : (exc.Args.Count > 0 && exc.Args.Items[0] is PyUnicode a0 ? a0.Value : "");
        var filename = d?.GetItemString("filename") is PyUnicode fn ? fn.Value : null;
        long lineno = d?.GetItemString("lineno") is PyLong ln ? ln.Value : -1;
        if (filename != null || lineno >= 0)
        {
            sb.Append("  File \"").Append(filename ?? "<string>").Append("\"");
            if (lineno >= 0) sb.Append(", line ").Append(lineno);
            sb.Append('\n');
        }
        if (d?.GetItemString("text") is PyUnicode text)
        {
            long offset = d.GetItemString("offset") is PyLong ol ? ol.Value : -1;
            long endOffset = d.GetItemString("end_offset") is PyLong eo ? eo.Value : -1;
            long endLineno = d.GetItemString("end_lineno") is PyLong el ? el.Value : lineno;
            CaretLine(sb, text.Value, offset, endOffset, lineno, endLineno);
        }
        sb.Append(typeName).Append(": ").Append(msg).Append('\n');
    }

    /// <summary>traceback.py's TracebackException._format_syntax_error for the text and caret lines.</summary>
    static void CaretLine(StringBuilder sb, string text, long offset, long endOffset, long lineno, long endLineno)
    {
        var rtext = text.TrimEnd('\n', '\r', ' ', '\t', '\f');
        var ltext = rtext.TrimStart(' ', '\n', '\t', '\f');
        int spaces = rtext.Length - ltext.Length;
        if (ltext.Length == 0) return;
        sb.Append("    ").Append(ltext).Append('\n');
        if (offset < 1) return;
        long start = offset - 1 - spaces;
        long end = endLineno > lineno || endOffset < 1 ? rtext.Length - spaces : endOffset - 1 - spaces;
        if (end <= start) end = start + 1;
        if (start < 0) return;
        if (start > ltext.Length) start = ltext.Length;
        if (end > ltext.Length + 1) end = ltext.Length + 1;
        sb.Append("    ").Append(' ', (int)start).Append('^', (int)System.Math.Max(1, end - start)).Append('\n');
    }
}
