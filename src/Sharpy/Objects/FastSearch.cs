using System;

namespace Sharpy.Objects;

/// <summary>
/// Substring search without a quadratic worst case, the guarantee of CPython's
/// Objects/stringlib/fastsearch.h (str, bytes and bytearray find/count/index). Short needles
/// use .NET's vectorized IndexOf, whose n*m worst case is bounded for them. Long needles use
/// Knuth-Morris-Pratt, which jumps to the next occurrence of the needle's first (last, when
/// searching backwards) element with the vectorized IndexOf whenever nothing is matched, so
/// ordinary text stays fast and no input takes more than linear time.
/// </summary>
static class FastSearch
{
    /// <summary>Needles at least this long are searched with KMP.</summary>
    const int LongNeedle = 64;

    public static int IndexOf<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle) where T : IEquatable<T>
    {
        int m = needle.Length, n = hay.Length;
        if (m < LongNeedle) return hay.IndexOf(needle);
        if (n < m) return -1;
        var fail = Failure(needle, reverse: false);
        T first = needle[0];
        int q = 0;
        for (int i = 0; i < n; i++)
        {
            if (q == 0)
            {
                if (i > n - m) return -1;
                int j = hay[i..(n - m + 1)].IndexOf(first);
                if (j < 0) return -1;
                i += j;
                q = 1;
                continue;
            }
            T c = hay[i];
            while (q > 0 && !c.Equals(needle[q])) q = fail[q - 1];
            if (c.Equals(needle[q])) q++;
            if (q == m) return i - m + 1;
        }
        return -1;
    }

    public static int LastIndexOf<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle) where T : IEquatable<T>
    {
        int m = needle.Length, n = hay.Length;
        if (m < LongNeedle) return hay.LastIndexOf(needle);
        if (n < m) return -1;
        var fail = Failure(needle, reverse: true);
        T last = needle[m - 1];
        int q = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            if (q == 0)
            {
                if (i < m - 1) return -1;
                int j = hay[(m - 1)..(i + 1)].LastIndexOf(last);
                if (j < 0) return -1;
                i = m - 1 + j;
                q = 1;
                continue;
            }
            T c = hay[i];
            while (q > 0 && !c.Equals(needle[m - 1 - q])) q = fail[q - 1];
            if (c.Equals(needle[m - 1 - q])) q++;
            if (q == m) return i;
        }
        return -1;
    }

    /// <summary>Non-overlapping occurrences of a non-empty needle, at most <paramref name="max"/>.</summary>
    public static int Count<T>(ReadOnlySpan<T> hay, ReadOnlySpan<T> needle, int max = int.MaxValue) where T : IEquatable<T>
    {
        int count = 0;
        while (count < max)
        {
            int i = IndexOf(hay, needle);
            if (i < 0) break;
            count++;
            hay = hay[(i + needle.Length)..];
        }
        return count;
    }

    /// <summary>KMP's prefix function of the needle (read backwards when <paramref name="reverse"/>):
    /// fail[k] is the length of the longest proper prefix of its first k + 1 elements that is also their suffix.</summary>
    static int[] Failure<T>(ReadOnlySpan<T> needle, bool reverse) where T : IEquatable<T>
    {
        int m = needle.Length;
        var fail = new int[m];
        int k = 0;
        for (int i = 1; i < m; i++)
        {
            T c = reverse ? needle[m - 1 - i] : needle[i];
            while (k > 0 && !c.Equals(reverse ? needle[m - 1 - k] : needle[k])) k = fail[k - 1];
            if (c.Equals(reverse ? needle[m - 1 - k] : needle[k])) k++;
            fail[i] = k;
        }
        return fail;
    }
}
