using System;
using System.Text;

namespace Sharpy.Parser;

/// <summary>The decoded source as UTF-8 bytes (newlines normalized to \n), with the helpers
/// that turn byte positions into the character offsets CPython reports.</summary>
internal sealed class SourceText
{
    public readonly byte[] Buf;
    public readonly int Length;
    public readonly string Filename;
    int[]? _lineStarts;

    public SourceText(byte[] buf, int length, string filename)
    {
        Buf = buf;
        Length = length;
        Filename = filename;
    }

    /// <summary>Byte offset of the start of line `lineno` (1-based), or Length when past the end.</summary>
    public int LineStart(int lineno)
    {
        if (_lineStarts == null)
        {
            int n = 1;
            for (int i = 0; i < Length; i++) if (Buf[i] == (byte)'\n') n++;
            var starts = new int[n + 1];
            int k = 0;
            starts[k++] = 0;
            for (int i = 0; i < Length; i++) if (Buf[i] == (byte)'\n') starts[k++] = i + 1;
            starts[k] = Length;
            _lineStarts = starts;
        }
        if (lineno < 1) return 0;
        if (lineno > _lineStarts.Length - 1) return Length;
        return _lineStarts[lineno - 1];
    }

    /// <summary>Length in bytes of line `lineno` including its '\n'.</summary>
    public int LineLength(int lineno)
    {
        int s = LineStart(lineno);
        int e = s;
        while (e < Length && Buf[e] != (byte)'\n') e++;
        if (e < Length) e++;
        return e - s;
    }

    public string LineText(int lineno)
    {
        int s = LineStart(lineno);
        return Encoding.UTF8.GetString(Buf, s, LineLength(lineno));
    }

    /// <summary>Code points in the first `n` bytes of a byte range, decoding with replacement
    /// (CPython's PyUnicode_DecodeUTF8(..., "replace") then len()).</summary>
    public static int CountChars(byte[] buf, int start, int n)
    {
        if (n <= 0) return 0;
        bool ascii = true;
        for (int i = 0; i < n; i++) if (buf[start + i] >= 0x80) { ascii = false; break; }
        if (ascii) return n;
        string s = Encoding.UTF8.GetString(buf, start, n);
        int count = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            count++;
        }
        return count;
    }

    /// <summary>_PyPegen_byte_offset_to_character_offset on the text of line `lineno`:
    /// `col` is a 1-based byte offset; clamped to the line's length + 1.</summary>
    public int ByteToCharOffset(int lineno, int col)
    {
        if (col <= 0) return col;
        int s = LineStart(lineno);
        int len = LineLength(lineno);
        if (col > len + 1) col = len + 1;
        if (col > len) return CountChars(Buf, s, len) + (col - len);
        return CountChars(Buf, s, col);
    }
}
