using System;
using System.Collections.Generic;
using System.Text;

namespace Sharpy.Tests.Cases;

/// <summary>A small unified diff (LCS on lines, 3 lines of context), for test reports.</summary>
public static class UnifiedDiff
{
    const int Context = 3;
    const long MaxCells = 4_000_000;

    static List<string> Lines(string s, out bool noFinalNewline)
    {
        var lines = new List<string>(s.Split('\n'));
        noFinalNewline = s.Length > 0 && !s.EndsWith('\n');
        if (!noFinalNewline) lines.RemoveAt(lines.Count - 1); // text after the last '\n' is empty
        return lines;
    }

    public static string Make(string expected, string actual, string expectedName, string actualName)
    {
        var a = Lines(expected, out bool aNoNl);
        var b = Lines(actual, out bool bNoNl);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(expectedName).Append('\n');
        sb.Append("+++ ").Append(actualName).Append('\n');

        // Trim the common prefix and suffix, then LCS the middle.
        int pre = 0;
        while (pre < a.Count && pre < b.Count && a[pre] == b[pre]) pre++;
        int suf = 0;
        while (suf < a.Count - pre && suf < b.Count - pre && a[a.Count - 1 - suf] == b[b.Count - 1 - suf]) suf++;
        int n = a.Count - pre - suf, m = b.Count - pre - suf;

        // ops: ' ' same, '-' only in expected, '+' only in actual; with indexes.
        var ops = new List<(char op, int ai, int bi)>();
        for (int i = 0; i < pre; i++) ops.Add((' ', i, i));
        if ((long)(n + 1) * (m + 1) <= MaxCells)
        {
            var L = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
                for (int j = m - 1; j >= 0; j--)
                    L[i, j] = a[pre + i] == b[pre + j] ? L[i + 1, j + 1] + 1 : Math.Max(L[i + 1, j], L[i, j + 1]);
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[pre + x] == b[pre + y]) { ops.Add((' ', pre + x, pre + y)); x++; y++; }
                else if (x < n && (y == m || L[x + 1, y] >= L[x, y + 1])) { ops.Add(('-', pre + x, pre + y)); x++; }
                else { ops.Add(('+', pre + x, pre + y)); y++; }
            }
        }
        else
        {
            for (int i = 0; i < n; i++) ops.Add(('-', pre + i, pre + m));
            for (int j = 0; j < m; j++) ops.Add(('+', pre + n, pre + j));
        }
        for (int i = 0; i < suf; i++) ops.Add((' ', pre + n + i, pre + m + i));

        // Group into hunks with context.
        int k = 0;
        while (k < ops.Count)
        {
            while (k < ops.Count && ops[k].op == ' ') k++;
            if (k == ops.Count) break;
            int start = Math.Max(0, k - Context);
            int end = k;
            while (end < ops.Count)
            {
                if (ops[end].op != ' ') { end++; continue; }
                int run = 0;
                while (end + run < ops.Count && ops[end + run].op == ' ') run++;
                if (end + run == ops.Count || run > 2 * Context) { end = Math.Min(ops.Count, end + Context); break; }
                end += run;
            }
            int aStart = ops[start].ai, bStart = ops[start].bi, aLen = 0, bLen = 0;
            for (int i = start; i < end; i++)
            {
                if (ops[i].op != '+') aLen++;
                if (ops[i].op != '-') bLen++;
            }
            sb.Append("@@ -").Append(aLen == 0 ? aStart : aStart + 1).Append(',').Append(aLen)
              .Append(" +").Append(bLen == 0 ? bStart : bStart + 1).Append(',').Append(bLen).Append(" @@\n");
            for (int i = start; i < end; i++)
            {
                var (op, ai, bi) = ops[i];
                string line = op == '+' ? b[bi] : a[ai];
                sb.Append(op).Append(line).Append('\n');
                bool last = op == '+' ? bi == b.Count - 1 && bNoNl : ai == a.Count - 1 && aNoNl;
                if (op == ' ' && ai == a.Count - 1 && aNoNl != bNoNl) last = true;
                if (last) sb.Append("\\ No newline at end of file\n");
            }
            k = end;
        }
        if (a.Count == b.Count && pre == a.Count && aNoNl != bNoNl)
        {
            // Same lines, only the final newline differs.
            sb.Append("(identical lines; ").Append(aNoNl ? "expected" : "actual").Append(" has no newline at end)\n");
        }
        return sb.ToString();
    }
}
