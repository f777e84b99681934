using System;

namespace Sharpy.Objects;

// Substring search on code points (Objects/stringlib/fastsearch.h's role). Simple strings are
// searched as UTF-16 spans (chars are code points there); any other pair as int spans.
public partial class PyUnicode
{
    /// <summary>The code-point span of a non-simple str, or the widened chars of a simple one (allocates).</summary>
    static int[] Widen(PyUnicode u) => u._cps ?? u.CodePoints();

    /// <summary>First index of <paramref name="sub"/> in u[start:end] (already clamped), or -1.</summary>
    public static int IndexOf(PyUnicode u, PyUnicode sub, int start, int end)
    {
        int m = sub.Length;
        if (end - start < m) return -1;
        if (m == 0) return start;
        if (u._cps == null)
        {
            if (sub._cps != null) return -1;
            int i = m == 1
                ? u.Value.AsSpan(start, end - start).IndexOf(sub.Value[0])
                : FastSearch.IndexOf(u.Value.AsSpan(start, end - start), sub.Value.AsSpan());
            return i < 0 ? -1 : i + start;
        }
        var hay = u._cps.AsSpan(start, end - start);
        int r = m == 1 ? hay.IndexOf(sub[0]) : FastSearch.IndexOf<int>(hay, Widen(sub));
        return r < 0 ? -1 : r + start;
    }

    /// <summary>Last index of <paramref name="sub"/> in u[start:end] (already clamped), or -1.</summary>
    public static int LastIndexOf(PyUnicode u, PyUnicode sub, int start, int end)
    {
        int m = sub.Length;
        if (end - start < m) return -1;
        if (m == 0) return end;
        if (u._cps == null)
        {
            if (sub._cps != null) return -1;
            int i = m == 1
                ? u.Value.AsSpan(start, end - start).LastIndexOf(sub.Value[0])
                : FastSearch.LastIndexOf(u.Value.AsSpan(start, end - start), sub.Value.AsSpan());
            return i < 0 ? -1 : i + start;
        }
        var hay = u._cps.AsSpan(start, end - start);
        int r = m == 1 ? hay.LastIndexOf(sub[0]) : FastSearch.LastIndexOf<int>(hay, Widen(sub));
        return r < 0 ? -1 : r + start;
    }

    /// <summary>Non-overlapping occurrences of <paramref name="sub"/> in u[start:end], at most <paramref name="max"/>.</summary>
    public static int CountOf(PyUnicode u, PyUnicode sub, int start, int end, int max = int.MaxValue)
    {
        if (end - start < sub.Length) return 0;
        int m = sub.Length;
        if (m == 0) return Math.Min(end - start + 1, max);
        int count = 0;
        if (u._cps == null)
        {
            if (sub._cps != null) return 0;
            var hay = u.Value.AsSpan(start, end - start);
            var needle = sub.Value.AsSpan();
            if (m == 1)
            {
                if (max == int.MaxValue) return hay.Count(needle[0]);
                char c = needle[0];
                foreach (char x in hay) if (x == c && ++count >= max) break;
                return count;
            }
            return FastSearch.Count(hay, needle, max);
        }
        return FastSearch.Count<int>(u._cps.AsSpan(start, end - start), Widen(sub), max);
    }

    /// <summary>Code points u[start:start+other.Length] equal other's (bounds already checked).</summary>
    static bool MatchAt(PyUnicode u, int start, PyUnicode other)
    {
        int m = other.Length;
        if (u._cps == null && other._cps == null) return u.Value.AsSpan(start, m).SequenceEqual(other.Value.AsSpan());
        for (int i = 0; i < m; i++) if (u[start + i] != other[i]) return false;
        return true;
    }
}
