using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Sharpy.Tests.Parser;

/// <summary>Deterministic mutated sources for the parser fuzz test: slices of real Python files
/// with bytes deleted, duplicated, swapped, truncated, replaced by random bytes, or with deep
/// nesting spliced in.</summary>
public static class FuzzInputs
{
    /// <summary>The seed sources: the installed stdlib when `./sharpy` has run once, otherwise the
    /// repository's own .py files under tests/ (never nothing).</summary>
    public static List<(string Name, byte[] Bytes)> Seeds(string repoRoot, out string origin)
    {
        string stdlib = Path.Combine(repoRoot, ".stdlib", "lib", "python3.14");
        string dir = Directory.Exists(stdlib) ? stdlib : Path.Combine(repoRoot, "tests");
        origin = dir;
        var files = Directory.GetFiles(dir, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        return files.Select(f => (f, File.ReadAllBytes(Path.Combine(dir, f)))).Where(s => s.Item2.Length > 0).ToList();
    }

    static readonly string[] Fragments =
    {
        "(", ")", "[", "]", "{", "}", ":", ",", "\n", "    ", "\t", "\\\n", "'", "\"", "'''", "\"\"\"",
        "f'{", "}'", "t\"{x!r:{y}}\"", "lambda", "yield", "await", "match x:\n    case ", "def ", "class ",
        "if", "else", "for", "in", "async ", "*", "**", "=", ":=", "->", "@", ".", "...", "0x", "1e", "1_",
        "#", "\r", "\f", "\x00", "\xff", "é", "\u2028", "type X[T] = ", "except*", "global", "from . import",
        "  # type: int\n", "# type: ignore[x]\n", "  # type: (int) -> None\n", "\\N{", "\\N{BULLET}",
    };

    /// <summary>Input `i` of the run: a slice of a seed (at most `maxSlice` bytes) mutated 1-3 times.</summary>
    public static (byte[] Bytes, string What) Make(Random rng, List<(string Name, byte[] Bytes)> seeds, int maxSlice)
    {
        var (name, src) = seeds[rng.Next(seeds.Count)];
        int start = 0;
        if (src.Length > maxSlice)
        {
            start = rng.Next(src.Length - maxSlice);
            // Start at a line that is not indented, so most slices are not an IndentationError.
            int nl = start;
            do nl = Array.IndexOf(src, (byte)'\n', nl + 1);
            while (nl >= 0 && nl + 1 < src.Length && src[nl + 1] is (byte)' ' or (byte)'\t' or (byte)'\n');
            start = nl < 0 ? 0 : nl + 1;
        }
        int len = Math.Min(maxSlice, src.Length - start);
        var buf = new List<byte>(src.AsSpan(start, len).ToArray());
        var what = new StringBuilder($"{name}[{start}..{start + len}]");
        int n = 1 + rng.Next(3);
        for (int k = 0; k < n; k++) what.Append(' ').Append(Mutate(rng, buf));
        return (buf.ToArray(), what.ToString());
    }

    static string Mutate(Random rng, List<byte> b)
    {
        int Pos() => b.Count == 0 ? 0 : rng.Next(b.Count + 1);
        int Span(int at) => Math.Min(b.Count - at, 1 + rng.Next(rng.Next(4) == 0 ? 200 : 8));
        switch (rng.Next(9))
        {
            case 0: { int p = Math.Min(Pos(), b.Count); int l = Span(p); b.RemoveRange(p, l); return $"del@{p}+{l}"; }
            case 1: { int p = Math.Min(Pos(), b.Count); int l = Span(p); b.InsertRange(p, b.GetRange(p, l)); return $"dup@{p}+{l}"; }
            case 2:
            {
                if (b.Count < 4) return "noswap";
                int p = rng.Next(b.Count / 2), q = b.Count / 2 + rng.Next(b.Count - b.Count / 2);
                int l = Math.Min(Math.Min(1 + rng.Next(16), q - p), b.Count - q);
                var a = b.GetRange(p, l);
                var c = b.GetRange(q, l);
                for (int i = 0; i < l; i++) { b[p + i] = c[i]; b[q + i] = a[i]; }
                return $"swap@{p},{q}+{l}";
            }
            case 3: { int p = Pos(); if (p < b.Count) b.RemoveRange(p, b.Count - p); return $"trunc@{p}"; }
            case 4:
            {
                int p = Pos(), l = 1 + rng.Next(6);
                for (int i = 0; i < l; i++) b.Insert(Math.Min(p + i, b.Count), (byte)rng.Next(256));
                return $"rand@{p}+{l}";
            }
            case 5:
            {
                if (b.Count == 0) return "noflip";
                int p = rng.Next(b.Count);
                b[p] = (byte)rng.Next(128);
                return $"set@{p}";
            }
            case 6 or 7:
            {
                int p = Pos();
                string f = Fragments[rng.Next(Fragments.Length)];
                b.InsertRange(p, Encoding.UTF8.GetBytes(f));
                return $"frag@{p}";
            }
            default:
            {
                int p = Pos();
                string[] open = { "(", "[", "{", "-", "not ", "lambda:", "f'{", "2**", "await ", "+", "~", "if x:\n" };
                string o = open[rng.Next(open.Length)];
                int depth = 1 + rng.Next(rng.Next(2) == 0 ? 300 : 20000);
                var sb = new StringBuilder();
                for (int i = 0; i < depth; i++) sb.Append(o);
                b.InsertRange(p, Encoding.UTF8.GetBytes(sb.ToString()));
                return $"nest@{p}x{depth}'{o.Trim()}'";
            }
        }
    }
}
