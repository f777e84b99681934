using System;
using System.Text;

namespace Sharpy.Runtime;

/// <summary>
/// The "Did you mean" suggestions of Python/suggestions.c: the candidate closest to a
/// name by a Levenshtein distance over UTF-8 bytes where a case flip costs 1 and any other
/// edit 2, accepted when no more than about a third of the characters change.
/// </summary>
public static class Suggestions
{
    const int MoveCost = 2;
    const int CaseCost = 1;
    const int MaxStringSize = 40;
    const int MaxCandidateItems = 750;

    /// <summary>The best suggestion for <paramref name="name"/> among <paramref name="candidates"/>, or null.</summary>
    public static string? Calculate(ReadOnlySpan<string> candidates, string name)
    {
        if (candidates.Length >= MaxCandidateItems) return null;
        byte[] nameUtf8 = Encoding.UTF8.GetBytes(name);
        string? best = null;
        long bestDistance = long.MaxValue;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            byte[] itemUtf8 = Encoding.UTF8.GetBytes(item);
            long maxDistance = (nameUtf8.Length + itemUtf8.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, bestDistance - 1);
            long d = Distance(nameUtf8, itemUtf8, maxDistance);
            if (d > maxDistance) continue;
            if (best == null || d < bestDistance)
            {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    /// <summary>The edit distance, or something above <paramref name="maxCost"/> once it is certain to exceed it.</summary>
    public static long Distance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, long maxCost)
    {
        // Common prefixes and suffixes cost nothing.
        while (a.Length != 0 && b.Length != 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length != 0 && b.Length != 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0) return (long)(a.Length + b.Length) * MoveCost;
        if (a.Length > MaxStringSize || b.Length > MaxStringSize) return maxCost + 1;
        if (b.Length < a.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        if ((long)(b.Length - a.Length) * MoveCost > maxCost) return maxCost + 1;

        // One row of the matrix: row[i] is the cost between b[..j] and a[..i+1].
        Span<long> row = stackalloc long[MaxStringSize];
        for (int i = 0; i < a.Length; i++) row[i] = (long)(i + 1) * MoveCost;
        long result = 0;
        for (int j = 0; j < b.Length; j++)
        {
            byte code = b[j];
            long diagonal = result = (long)j * MoveCost;
            long minimum = long.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                long substitute = diagonal + SubstitutionCost(code, a[i]);
                diagonal = row[i];
                long insertDelete = Math.Min(result, diagonal) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                row[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
