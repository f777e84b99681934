using System;

namespace Sharpy.Objects;

public partial class PyUnicode
{
    /// <summary>
    /// _PyUnicode_Dedent, which the command line applies to -c's code: the text without the
    /// blanks (spaces and tabs) that all of its non-blank lines begin with, and lines of nothing
    /// but blanks made empty, as textwrap.dedent. When the lines share no leading blanks the
    /// text is left alone, so mixing tabs and spaces stays an IndentationError.
    /// </summary>
    public static string Dedent(string code)
    {
        var lines = code.Split('\n');
        string? common = null;
        foreach (var line in lines)
        {
            int n = 0;
            while (n < line.Length && (line[n] == ' ' || line[n] == '\t')) n++;
            if (n == line.Length) continue;
            if (n == 0) return code;
            if (common == null) { common = line[..n]; continue; }
            int k = 0;
            while (k < common.Length && k < n && common[k] == line[k]) k++;
            if (k == 0) return code;
            common = common[..k];
        }
        if (common == null) return code;
        for (int i = 0; i < lines.Length; i++)
            lines[i] = lines[i].AsSpan().TrimStart(" \t").IsEmpty ? "" : lines[i][common.Length..];
        return string.Join('\n', lines);
    }
}
