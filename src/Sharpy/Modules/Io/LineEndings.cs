using System;
using System.Numerics;

namespace Sharpy.Modules.Io;

/// <summary>_PyIO_find_line_ending (textio.c): where the first line of a text chunk ends.</summary>
internal static class LineEndings
{
    /// <summary>
    /// The index just past the first line ending in <paramref name="s"/>, or -1 when there is
    /// none; then <paramref name="consumed"/> is how much of s certainly holds no line start
    /// (a trailing '\r', or the start of a multi-character newline, may complete later).
    /// translated: only '\n' ends lines; universal: '\r', '\n' and '\r\n'; otherwise readnl.
    /// </summary>
    public static int Find<T>(bool translated, bool universal, string? readnl, ReadOnlySpan<T> s, out int consumed)
        where T : unmanaged, IBinaryInteger<T>
    {
        T lf = T.CreateTruncating('\n'), cr = T.CreateTruncating('\r');
        int len = s.Length;
        if (translated)
        {
            int i = s.IndexOf(lf);
            consumed = len;
            return i < 0 ? -1 : i + 1;
        }
        if (universal)
        {
            int i = s.IndexOfAny(lf, cr);
            if (i < 0) { consumed = len; return -1; }
            if (s[i] == lf) { consumed = len; return i + 1; }
            if (i + 1 < len) { consumed = len; return s[i + 1] == lf ? i + 2 : i + 1; }
            consumed = i; // a '\n' may follow
            return -1;
        }
        var nl = readnl!;
        Span<T> pattern = stackalloc T[nl.Length];
        for (int k = 0; k < nl.Length; k++) pattern[k] = T.CreateTruncating(nl[k]);
        int at = s.IndexOf(pattern);
        if (at >= 0) { consumed = len; return at + nl.Length; }
        consumed = Math.Max(0, len - (nl.Length - 1));
        return -1;
    }
}
