using System;
using System.Collections.Generic;
using System.Text;
using Sharpy.Objects;
using Sharpy.Parser;
using Sharpy.Parser.Ast;

namespace Sharpy.Runtime;

/// <summary>
/// The source lines of a traceback entry with the caret line under the failing expression,
/// as Lib/traceback.py's StackSummary.format_frame_summary draws them in 3.14: the
/// expression's segment is re-parsed to find anchors (the operator of a binary operation,
/// the brackets of a call or subscript), drawn with '^' while the rest of the expression
/// gets '~'.
/// </summary>
public static partial class SourceExcerpt
{
    public static void Append(StringBuilder sb, PyCode code, int lasti, bool carets = true)
    {
        var loc = LineTable.LocationForOffset(code, lasti);
        if (loc.Line < 1) return;
        string file = code.Filename.Value;
        int endLine = loc.EndLine < loc.Line ? loc.Line : loc.EndLine;
        var original = new List<string>();
        for (int l = loc.Line; l <= endLine; l++) original.Add((SourceLines.Get(file, l) ?? "").TrimEnd());
        var joined = string.Join("\n", original) + "\n";
        var dedented = Dedent(joined);
        if (dedented.Trim().Length == 0) return;
        if (loc.Column < 0 || loc.EndColumn < 0 || !carets)
        {
            // Only the first line when there is no column information.
            sb.Append("    ").Append(original[0].Trim()).Append('\n');
            return;
        }
        var allLines = new List<string>(dedented.Split('\n'));
        if (allLines.Count > original.Count) allLines.RemoveRange(original.Count, allLines.Count - original.Count);
        int startOffset = ByteToCharOffset(original[0], loc.Column);
        int endOffset = ByteToCharOffset(original[^1], loc.EndColumn);
        int dedentChars = original[0].Length - allLines[0].Length;
        startOffset = Math.Max(0, startOffset - dedentChars);
        endOffset = Math.Max(0, endOffset - dedentChars);
        int dpStart = DisplayWidth(allLines[0], startOffset);
        int dpEnd = DisplayWidth(allLines[^1], endOffset);
        var whole = string.Join("\n", allLines);
        int segEnd = whole.Length - (allLines[^1].Length - endOffset);
        string segment = startOffset <= segEnd && segEnd <= whole.Length ? whole[startOffset..segEnd] : "";
        var anchors = CaretAnchors.Extract(segment);
        bool showCarets = ShouldShowCarets(startOffset, endOffset, allLines, anchors);

        var significant = new SortedSet<int> { 0, allLines.Count - 1 };
        int leftEnd = 0, rightStart = 0;
        char primary = '^', secondary = '^';
        if (anchors is { } a)
        {
            leftEnd = a.LeftEndOffset + (a.LeftEndLine == 0 ? startOffset : 0);
            rightStart = a.RightStartOffset + (a.RightStartLine == 0 ? startOffset : 0);
            leftEnd = DisplayWidth(allLines[a.LeftEndLine], leftEnd);
            rightStart = DisplayWidth(allLines[a.RightStartLine], rightStart);
            primary = '~';
            secondary = '^';
            for (int i = a.LeftEndLine - 1; i <= a.LeftEndLine + 1; i++) significant.Add(i);
            for (int i = a.RightStartLine - 1; i <= a.RightStartLine + 1; i++) significant.Add(i);
        }
        significant.Remove(-1);
        significant.Remove(allLines.Count);

        var result = new StringBuilder();
        void OutputLine(int lineno)
        {
            var line = allLines[lineno];
            result.Append(line).Append('\n');
            if (!showCarets) return;
            int numSpaces = line.Length - line.TrimStart().Length;
            int numCarets = lineno == allLines.Count - 1 ? dpEnd : DisplayWidth(line, line.Length);
            for (int col = 0; col < numCarets; col++)
            {
                if (col < numSpaces || lineno == 0 && col < dpStart) result.Append(' ');
                else if (anchors is { } an
                    && (lineno > an.LeftEndLine || lineno == an.LeftEndLine && col >= leftEnd)
                    && (lineno < an.RightStartLine || lineno == an.RightStartLine && col < rightStart))
                    result.Append(secondary);
                else result.Append(primary);
            }
            result.Append('\n');
        }
        int prev = -1;
        foreach (var lineno in significant)
        {
            if (prev >= 0)
            {
                int diff = lineno - prev;
                if (diff == 2) OutputLine(lineno - 1);
                else if (diff > 2) result.Append("...<").Append(diff - 1).Append(" lines>...\n");
            }
            OutputLine(lineno);
            prev = lineno;
        }
        foreach (var line in Dedent(result.ToString()).Split('\n'))
        {
            if (line.Length == 0) continue;
            sb.Append("    ").Append(line).Append('\n');
        }
    }

    /// <summary>StackSummary._should_show_carets.</summary>
    static bool ShouldShowCarets(int startOffset, int endOffset, List<string> allLines, CaretAnchors.Anchors? anchors)
    {
        var tree = PythonParser.ParseString(string.Join("\n", allLines), "<string>", ParseMode.Exec, out _) as Module;
        if (tree != null)
        {
            if (tree.Body.Count == 0) return false;
            Expr? value = tree.Body[0] switch
            {
                Return { Value: Call { Func: Name } call } => call,
                Assign { Targets.Count: 1, Value: Call c2 } asg when asg.Targets[0] is Name => c2,
                _ => null,
            };
            if (value != null && value.Lineno == 1 && value.EndLineno == allLines.Count
                && value.ColOffset == startOffset && value.EndColOffset == endOffset)
                return false;
        }
        else Errors.Clear();
        if (anchors != null) return true;
        var first = allLines[0];
        var last = allLines[^1];
        if (first[..Math.Min(startOffset, first.Length)].TrimStart().Length > 0) return true;
        if (endOffset < last.Length && last[endOffset..].TrimEnd().Length > 0) return true;
        return false;
    }

    /// <summary>traceback._byte_offset_to_character_offset.</summary>
    internal static int ByteToCharOffset(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        int n = Math.Min(byteOffset, bytes.Length);
        return new UTF8Encoding(false, false).GetString(bytes, 0, n).Length;
    }

    /// <summary>traceback._display_width: East Asian wide and fullwidth characters take two columns.</summary>
    static int DisplayWidth(string line, int offset)
    {
        offset = Math.Min(offset, line.Length);
        bool ascii = true;
        for (int i = 0; i < offset; i++) if (line[i] > 127) { ascii = false; break; }
        if (ascii) return offset;
        int width = 0;
        for (int i = 0; i < offset; i++)
        {
            int cp = line[i];
            if (char.IsHighSurrogate(line[i]) && i + 1 < offset && char.IsLowSurrogate(line[i + 1])) cp = char.ConvertToUtf32(line[i], line[++i]);
            width += IsWide(cp) ? 2 : 1;
        }
        return width;
    }

    static bool IsWide(int cp) =>
        cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
        || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
        || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD;

    /// <summary>textwrap.dedent: remove the common leading whitespace of the non-blank lines.</summary>
    static string Dedent(string text)
    {
        var lines = text.Split('\n');
        string? margin = null;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) continue;
            int n = 0;
            while (n < line.Length && (line[n] == ' ' || line[n] == '\t')) n++;
            var indent = line[..n];
            if (margin == null) margin = indent;
            else
            {
                int k = 0;
                while (k < margin.Length && k < indent.Length && margin[k] == indent[k]) k++;
                margin = margin[..k];
            }
        }
        var sb = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) line = "";
            else if (margin != null) line = line[margin.Length..];
            sb.Append(line);
            if (i < lines.Length - 1) sb.Append('\n');
        }
        return sb.ToString();
    }
}

/// <summary>traceback._extract_caret_anchors_from_line_segment.</summary>
public static class CaretAnchors
{
    public sealed record Anchors(int LeftEndLine, int LeftEndOffset, int RightStartLine, int RightStartOffset);

    public static Anchors? Extract(string segment)
    {
        var tree = PythonParser.ParseString("(\n" + segment + "\n)", "<string>", ParseMode.Exec, out _) as Module;
        if (tree == null || tree.Body.Count != 1 || tree.Body[0] is not ExprStmt { Value: var expr }) return null;
        var lines = segment.Split('\n');
        try
        {
            switch (expr)
            {
                case BinOp bin:
                    {
                        var (lineno, col) = EndPosition(lines, bin.Left, forceValid: true);
                        (lineno, col) = IncrementUntil(lines, lineno, col, c => !char.IsWhiteSpace(c) && c != ')');
                        int rightCol = col + 1;
                        if (rightCol < lines[lineno].Length
                            && (bin.Right.Lineno - 2 > lineno || rightCol < Normalize(lines, bin.Right.Lineno - 2, bin.Right.ColOffset))
                            && !char.IsWhiteSpace(lines[lineno][rightCol]) && lines[lineno][rightCol] != '\\' && lines[lineno][rightCol] != '#')
                            rightCol++;
                        return new Anchors(lineno, col, lineno, rightCol);
                    }
                case Subscript sub:
                    {
                        var (ll, lc) = EndPosition(lines, sub.Value, forceValid: true);
                        (ll, lc) = IncrementUntil(lines, ll, lc, c => c == '[');
                        var (rl, rc) = EndPosition(lines, sub, forceValid: false);
                        return new Anchors(ll, lc, rl, rc);
                    }
                case Call call:
                    {
                        var (ll, lc) = EndPosition(lines, call.Func, forceValid: true);
                        (ll, lc) = IncrementUntil(lines, ll, lc, c => c == '(');
                        var (rl, rc) = EndPosition(lines, call, forceValid: false);
                        return new Anchors(ll, lc, rl, rc);
                    }
            }
        }
        catch (IndexOutOfRangeException)
        {
            // traceback.py suppresses any failure here and draws no anchors.
        }
        catch (ArgumentOutOfRangeException)
        {
        }
        return null;
    }

    static int Normalize(string[] lines, int lineno, int byteOffset) => SourceExcerpt.ByteToCharOffset(lines[lineno], byteOffset);

    static (int, int) NextValidChar(string[] lines, int lineno, int col)
    {
        while (lineno < lines.Length && col >= lines[lineno].Length)
        {
            col = 0;
            lineno++;
        }
        if (lineno >= lines.Length) throw new IndexOutOfRangeException();
        return (lineno, col);
    }

    static (int, int) EndPosition(string[] lines, LocatedNode node, bool forceValid)
    {
        int lineno = node.EndLineno - 2;
        int col = Normalize(lines, lineno, node.EndColOffset);
        return forceValid ? NextValidChar(lines, lineno, col) : (lineno, col);
    }

    static (int, int) IncrementUntil(string[] lines, int lineno, int col, Func<char, bool> stop)
    {
        while (true)
        {
            char ch = lines[lineno][col];
            if (ch == '\\' || ch == '#') (lineno, col) = NextValidChar(lines, lineno + 1, 0);
            else if (!stop(ch)) (lineno, col) = NextValidChar(lines, lineno, col + 1);
            else return (lineno, col);
        }
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

    /// <summary>The file's text in its PEP 263 encoding; undecodable bytes replaced when it is not valid in it.</summary>
    static string Decode(byte[] bytes)
    {
        // The coding cookie may name a codec written in Python: keep any exception being handled.
        var pending = Errors.GetRaisedException();
        var utf8 = Sharpy.Parser.SourceDecoder.Decode(bytes, "", fileInput: true, out _);
        Errors.Clear();
        if (pending != null) Errors.SetRaisedException(pending);
        if (utf8 != null) return new UTF8Encoding(false, false).GetString(utf8);
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
    public static void Append(StringBuilder sb, PySyntaxError exc, string typeName)
    {
        var msg = exc.Msg is PyUnicode m ? m.Value : "";
        var filename = exc.Filename is PyUnicode fn ? fn.Value : null;
        long lineno = exc.Lineno is PyLong ln ? ln.Value : -1;
        if (filename != null || lineno >= 0)
        {
            sb.Append("  File \"").Append(filename ?? "<string>").Append("\"");
            if (lineno >= 0) sb.Append(", line ").Append(lineno);
            sb.Append('\n');
        }
        if (exc.Text is PyUnicode text)
        {
            long offset = exc.Offset is PyLong ol ? ol.Value : -1;
            long endOffset = exc.EndOffset is PyLong eo ? eo.Value : -1;
            if (lineno < 0) offset = -1;
            long endLineno = exc.EndLineno is PyLong el ? el.Value : lineno;
            CaretLine(sb, text.Value, offset, endOffset, lineno, endLineno);
        }
        sb.Append(typeName).Append(": ").Append(msg).Append('\n');
    }

    /// <summary>traceback.py's TracebackException._format_syntax_error for the text and caret lines.</summary>
    static void CaretLine(StringBuilder sb, string text, long offset, long endOffset, long lineno, long endLineno)
    {
        var rtext = text.TrimEnd('\n');
        var ltext = rtext.TrimStart(' ', '\n', '\f');
        int spaces = rtext.Length - ltext.Length;
        if (offset < 0)
        {
            sb.Append("    ").Append(ltext).Append('\n');
            return;
        }
        long end = lineno == endLineno ? (endOffset != 0 && endOffset != -1 ? endOffset : offset) : rtext.Length + 1;
        if (offset > text.Length) offset = rtext.Length + 1;
        if (end > text.Length) end = rtext.Length + 1;
        if (offset >= end || end < 0) end = offset + 1;
        long colno = offset - 1 - spaces;
        long endColno = end - 1 - spaces;
        sb.Append("    ").Append(ltext).Append('\n');
        if (colno < 0) return;
        sb.Append("    ");
        for (int i = 0; i < colno && i < ltext.Length; i++) sb.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
        sb.Append('^', (int)Math.Max(0, endColno - colno)).Append('\n');
    }
}
