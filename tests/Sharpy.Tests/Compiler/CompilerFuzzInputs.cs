using System;
using System.Collections.Generic;
using System.Text;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// Deterministic mutated sources for the compiler fuzz test. Byte mutations (the parser
/// fuzz's) rarely leave a program that parses; these mutate whole lines and blocks, so that
/// most results parse and reach the compiler: a run of real code cut at statement
/// boundaries, with blocks wrapped in functions, classes, loops, try/except*, with, match or
/// type-parameter scopes, statements the compiler judges by context spliced in (return,
/// yield, await, break, nonlocal, __class__, star imports, annotations, walrus in
/// comprehensions...), names renamed to the compiler's special names, constants that fold
/// or refuse to, and deep but valid nesting.
/// </summary>
public static class CompilerFuzzInputs
{
    /// <summary>Block headers: the lines before the wrapped block (each further line one level deeper) and the lines after it, at the header's indentation.</summary>
    static readonly (string[] Head, string[] Tail)[] Wrappers =
    {
        (new[] { "def _f(_a, /, _b=1, *_c, _d, **_e):" }, Array.Empty<string>()),
        (new[] { "async def _f():" }, Array.Empty<string>()),
        (new[] { "def _g[_T: int, *_Ts, **_P](_x: _T) -> _T:" }, Array.Empty<string>()),
        (new[] { "class _C:" }, Array.Empty<string>()),
        (new[] { "class _C[_T](_B, metaclass=_M):" }, Array.Empty<string>()),
        (new[] { "for _i in _y:" }, new[] { "else:", "    _z = 1" }),
        (new[] { "async for _i in _y:" }, Array.Empty<string>()),
        (new[] { "while _x:" }, new[] { "else:", "    pass" }),
        (new[] { "with _a as _b, _c:" }, Array.Empty<string>()),
        (new[] { "async with _a as (_b, _c):" }, Array.Empty<string>()),
        (new[] { "if _x:" }, new[] { "elif _y:", "    pass", "else:", "    _z = 2" }),
        (new[] { "try:" }, new[] { "except* ValueError as _e:", "    pass" }),
        (new[] { "try:" }, new[] { "except (TypeError, KeyError):", "    raise", "else:", "    pass", "finally:", "    _w = 0" }),
        (new[] { "try:" }, new[] { "finally:", "    return 1" }),
        (new[] { "try:" }, new[] { "finally:", "    break" }),
        (new[] { "match _x:", "case [1, *_r] | {'k': _r, **_s} if _r:" }, Array.Empty<string>()),
        (new[] { "match _x:", "case _C(a=1, b=[_p, _q]) | None:" }, Array.Empty<string>()),
        (new[] { "match _x:", "case _:" }, new[] { "case 1:", "    pass" }),
        (new[] { "def _outer():", "_v = 1", "def _inner():" }, Array.Empty<string>()),
        (new[] { "class _K:", "def _m(self):" }, Array.Empty<string>()),
    };

    /// <summary>Statements whose meaning depends on where they land.</summary>
    static readonly string[] Statements =
    {
        "return _x", "return", "yield _x", "yield from _x", "await _x", "break", "continue", "global _x", "nonlocal _x",
        "del _x", "_x: int = 1", "_x.y: 'str'", "__class__", "super().f()", "from __future__ import annotations",
        "from _m import *", "raise", "raise _E from None", "assert _x, 'message'", "assert (_x, 'always true')",
        "_x = [_y async for _y in _z]", "_x = lambda: (yield)", "type _X[_T] = list[_T]", "_x = {(yield): 1}",
        "_x = [(_j := _i) for _i in _z]", "_x = [_i for _i in (_i := _z)]", "class _D(_x, metaclass=_m, **_k): pass",
        "print(*_a, **_b, c=1)", "_x = f'{_x!r:{_y}>{_w}}'", "_x = t'{_x} and {_y:>10}'", "_x[1:2, ...] = _y",
        "_a, *_b, _c = _d", "_x = 1 if _y else 2", "_x = 2**100 * 'ab'", "_x = (1,) * 300", "_x = 'a' * 5000",
        "_x = -0.0 + 1j", "_x = 1e300 * 1e300 * 0", "_x = ~True", "_x = 1 / 0", "_x = 2 ** -1j", "_x = 10 ** 500",
        "_x = (1, 2)[5]", "_x = 'abc'[1:2]", "_x = b'ab'[0]", "_x = 'a' 'b' f'c'", "del (_a, [_b.c, _d[0]])",
        "_x = [*_a, *_b]", "_x = {**_a, 'k': 1}", "_x += 1", "_x.y @= 2", "_x[0] **= 3", "_x = _y is 1",
        "_x = _y() ()", "_x = not not _x", "if not (_a and _b or _c): pass", "while 1: break",
        "with (yield): pass", "for _x in 1, 2: continue", "_x = (_a < _b < _c) == _d", "_x = __debug__",
        "__debug__ = 1", "_x = __annotations__", "def __init__(self): super().__init__()", "lambda: __class__",
        "import a.b.c as _d", "from . import _x", "from .. _m import (_a as _b, _c)", "_x = {_k: _v for _k, _v in _y if _k}",
        "_x = (_i async for _i in _y)", "async def _af(): return [await _z async for _y in _w]",
        "def _f(_a=(yield)): pass", "def _f(*, _a): nonlocal _a", "def _f(_a): global _a", "_x = {1, 2, 1.0, True}",
        "_x = [1, 2, 3][::-1]", "if _x is not None and _x.y in (1, 2, 3): pass", "_x = 0 in {1, 2}",
        "_x = _y if _x else (yield)", "_x = [_y for _y in range(3) if (yield)]", "except* E: pass",
        "_x = f'{_x=}' f'{_y!a}'", "_x = (lambda _a, /, _b=_c, *, _d: _a)(1, _b=2, _d=3)",
        "_x = _a.b.c(_d, *_e, f=_g, **_h)[_i](_j)", "_x = \"\\N{BULLET}\" + '\\ud800'", "'''\\ud800'''",
    };

    /// <summary>Names the compiler treats specially.</summary>
    static readonly string[] SpecialNames =
    {
        "__class__", "__debug__", "super", "_", "self", "__annotations__", "__classdict__", "__classcell__",
        "__conditional_annotations__", "__qualname__", "__module__", "__name__", "__dict__", "__format__", "__x",
    };

    /// <summary>Input `i` of the run: a run of whole top-level statements of a seed (at most
    /// `maxSlice` bytes) mutated 1-4 times.</summary>
    public static (byte[] Bytes, string What) Make(Random rng, List<(string Name, byte[] Bytes)> seeds, int maxSlice)
    {
        var (name, src) = seeds[rng.Next(seeds.Count)];
        var (lines, isStart, starts) = Prepare(name, src);
        int from = starts.Length == 0 ? 0 : starts[rng.Next(starts.Length)];
        int to = from, size = 0;
        foreach (int s in starts)
        {
            if (s <= from) continue;
            int add = 0;
            for (int k = to; k < s; k++) add += lines[k].Length + 1;
            if (size + add > maxSlice && to > from) break;
            size += add;
            to = s;
            if (size > maxSlice) break;
        }
        if (to == from)
        {
            to = lines.Length;
            for (int k = from; k < to; k++) size += lines[k].Length + 1;
        }
        if (size > 2 * maxSlice)
        {
            // One long statement (a class, a big function): its beginning, cut before a statement.
            int cut = from + 1, bytes = lines[from].Length;
            for (int k = from + 1; k < to && bytes < maxSlice; k++)
            {
                bytes += lines[k].Length + 1;
                if (isStart[k]) cut = k;
            }
            to = Math.Max(cut, from + 1);
        }
        var buf = new List<string>(lines[from..to]);
        var what = new StringBuilder($"{name}:{from + 1}-{to}");
        int n = 1 + rng.Next(4);
        for (int k = 0; k < n; k++) what.Append(' ').Append(Mutate(rng, buf));
        return (Encoding.UTF8.GetBytes(string.Join("\n", buf) + "\n"), what.ToString());
    }

    static readonly Dictionary<string, (string[] Lines, bool[] IsStart, int[] TopLevel)> s_prepared = new();

    /// <summary>A seed's lines, which of them start statements, and which start top-level statements (computed once per seed).</summary>
    static (string[] Lines, bool[] IsStart, int[] TopLevel) Prepare(string name, byte[] src)
    {
        lock (s_prepared)
        {
            if (s_prepared.TryGetValue(name, out var p)) return p;
            var lines = Encoding.UTF8.GetString(src).Split('\n');
            var isStart = StatementStarts(new List<string>(lines));
            var top = new List<int>();
            for (int k = 0; k < lines.Length; k++)
                if (isStart[k] && !char.IsWhiteSpace(lines[k][0]))
                    top.Add(k);
            p = (lines, isStart, top.ToArray());
            s_prepared[name] = p;
            return p;
        }
    }

    static string Indent(string line) => line.Substring(0, line.Length - line.TrimStart(' ', '\t').Length);

    static bool IsCode(string line) => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#');

    /// <summary>
    /// Whether each line starts a statement: a code line that begins outside any bracket and
    /// string (a tokenizer's view, roughly: quotes, triple quotes, brackets, comments and
    /// backslash continuations).
    /// </summary>
    static bool[] StatementStarts(List<string> b)
    {
        var starts = new bool[b.Count];
        int depth = 0;
        string? quote = null;
        bool continued = false;
        for (int n = 0; n < b.Count; n++)
        {
            string line = b[n];
            starts[n] = depth == 0 && quote == null && !continued && IsCode(line);
            continued = false;
            for (int k = 0; k < line.Length; k++)
            {
                char c = line[k];
                if (quote != null)
                {
                    if (c == '\\') k++;
                    else if (string.CompareOrdinal(line, k, quote, 0, quote.Length) == 0) { k += quote.Length - 1; quote = null; }
                    continue;
                }
                if (c == '#') break;
                if (c is '\'' or '"')
                {
                    quote = k + 2 < line.Length && line[k + 1] == c && line[k + 2] == c ? new string(c, 3) : c.ToString();
                    k += quote.Length - 1;
                }
                else if (c is '(' or '[' or '{') depth++;
                else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
                else if (c == '\\' && k == line.Length - 1) continued = true;
            }
            if (quote is { Length: 1 } && !continued) quote = null;
        }
        return starts;
    }

    /// <summary>A line that starts a statement (or any line, when none does).</summary>
    static int StatementLine(Random rng, List<string> b)
    {
        var starts = StatementStarts(b);
        int count = 0;
        foreach (bool st in starts) if (st) count++;
        if (count == 0) return rng.Next(b.Count);
        int pick = rng.Next(count);
        for (int n = 0; n < starts.Length; n++)
            if (starts[n] && pick-- == 0) return n;
        return 0;
    }

    /// <summary>The end (exclusive) of the block that starts at line p: the lines after it up to the next statement at its indentation or less, and up to a few more statements at its own indentation.</summary>
    static int BlockEnd(Random rng, List<string> b, int p)
    {
        var starts = StatementStarts(b);
        int ind = Indent(b[p]).Length;
        int extra = rng.Next(4);
        int q = p + 1;
        while (q < b.Count)
        {
            if (!starts[q] || Indent(b[q]).Length > ind) { q++; continue; }
            if (Indent(b[q]).Length < ind || extra-- <= 0) break;
            string t = b[q].TrimStart();
            if (t.StartsWith("else") || t.StartsWith("elif") || t.StartsWith("except") || t.StartsWith("finally") || t.StartsWith("case")) break;
            q++;
        }
        return q;
    }

    static string Mutate(Random rng, List<string> b)
    {
        if (b.Count == 0) b.Add("pass");
        switch (rng.Next(14))
        {
            case 0 or 1 or 2 or 3:
            {
                int p = StatementLine(rng, b);
                int q = BlockEnd(rng, b, p);
                string ind = Indent(b[p]);
                var (head, tail) = Wrappers[rng.Next(Wrappers.Length)];
                var block = new List<string>();
                for (int k = 0; k < head.Length; k++) block.Add(ind + new string(' ', 4 * k) + head[k]);
                string inner = new string(' ', 4 * head.Length);
                for (int k = p; k < q; k++) block.Add(b[k].Length == 0 ? b[k] : inner + b[k]);
                int tailDepth = head.Length - 1;
                foreach (var t in tail) block.Add(ind + new string(' ', 4 * tailDepth) + t);
                b.RemoveRange(p, q - p);
                b.InsertRange(p, block);
                return $"wrap@{p + 1}-{q}'{head[^1]}'";
            }
            case 4 or 5 or 6 or 7:
            {
                int p = StatementLine(rng, b);
                string s = Statements[rng.Next(Statements.Length)];
                b.Insert(p, Indent(b[p]) + s);
                return $"stmt@{p + 1}'{s}'";
            }
            case 8:
            {
                // A name (an identifier that is not a keyword) becomes a special one.
                int p = rng.Next(b.Count);
                var line = b[p];
                var ids = new List<(int, int)>();
                for (int k = 0; k < line.Length;)
                {
                    if (char.IsLetter(line[k]) || line[k] == '_')
                    {
                        int e = k;
                        while (e < line.Length && (char.IsLetterOrDigit(line[e]) || line[e] == '_')) e++;
                        if (!Keywords.Contains(line[k..e]) && (k == 0 || line[k - 1] != '.')) ids.Add((k, e));
                        k = e;
                    }
                    else k++;
                }
                if (ids.Count == 0) return "noname";
                var (s0, e0) = ids[rng.Next(ids.Count)];
                string nm = SpecialNames[rng.Next(SpecialNames.Length)];
                b[p] = line[..s0] + nm + line[e0..];
                return $"name@{p + 1}'{nm}'";
            }
            case 9:
            {
                // A block moves elsewhere, taking the indentation of its new place.
                int p = StatementLine(rng, b);
                int q = BlockEnd(rng, b, p);
                var block = b.GetRange(p, q - p);
                b.RemoveRange(p, q - p);
                if (b.Count == 0) { b.AddRange(block); return "nomove"; }
                int r = StatementLine(rng, b);
                string from = Indent(block[0]), to = Indent(b[r]);
                for (int k = 0; k < block.Count; k++)
                    if (block[k].StartsWith(from, StringComparison.Ordinal)) block[k] = to + block[k][from.Length..];
                b.InsertRange(r, block);
                return $"move@{p + 1}-{q}to{r + 1}";
            }
            case 10:
            {
                // Deep but valid nesting: parentheses, unary operators, blocks, functions, comprehensions.
                int p = StatementLine(rng, b);
                string ind = Indent(b[p]);
                int depth = 1 + rng.Next(rng.Next(2) == 0 ? 40 : 250);
                var sb = new StringBuilder(ind);
                switch (rng.Next(10))
                {
                    case 6:
                        // Many locals (past the 64 the uninitialized-load scan tracks per block) and long jumps.
                        sb.Append("def _many(_p):\n");
                        for (int k = 0; k < depth; k++)
                            sb.Append(ind).Append("    ").Append(k % 7 == 3 ? $"if _p: del _l{k / 2}\n" : $"_l{k} = _l{k / 2} if _p else {k}\n");
                        sb.Append(ind).Append("    return _l0");
                        break;
                    case 7:
                        // A call with many positional and keyword arguments, and a long elif chain.
                        sb.Append("_f(");
                        for (int k = 0; k < depth; k++) sb.Append(k % 3 == 0 ? $"_k{k}={k}, " : k % 5 == 1 ? $"*_s{k}, " : $"{k}, ");
                        sb.Append(")\n").Append(ind).Append("if _x == 0: pass");
                        for (int k = 1; k < Math.Min(depth, 200); k++) sb.Append('\n').Append(ind).Append($"elif _x == {k}: _y = {k}");
                        break;
                    case 8:
                        // Nested try/finally and except* with control flow leaving each handler.
                        sb.Append("for _i in _y:");
                        for (int k = 0; k < Math.Min(depth, 18); k++)
                            sb.Append('\n').Append(ind).Append(' ', 4 * (k + 1)).Append(k % 3 == 0 ? "try:" : k % 3 == 1 ? "with _a as _b:" : "if _x:");
                        sb.Append('\n').Append(ind).Append(' ', 4 * (Math.Min(depth, 18) + 1)).Append(rng.Next(3) switch { 0 => "break", 1 => "continue", _ => "return _i" });
                        for (int k = Math.Min(depth, 18) - 1; k >= 0; k--)
                            if (k % 3 == 0)
                                sb.Append('\n').Append(ind).Append(' ', 4 * (k + 1)).Append(k % 2 == 0 ? "finally:" : "except* OSError:")
                                  .Append('\n').Append(ind).Append(' ', 4 * (k + 2)).Append(k % 4 == 0 ? "continue" : "pass");
                        break;
                    case 9:
                        // Large constant collections: tuples, frozensets, big ints and strings.
                        sb.Append("_x = (");
                        for (int k = 0; k < depth * 3; k++) sb.Append(k % 4 == 0 ? $"{k}.5, " : k % 4 == 1 ? $"'s{k}', " : k % 4 == 2 ? $"{k}**{k % 90}, " : $"({k}, None), ");
                        sb.Append(")\n").Append(ind).Append("_y = _x in {");
                        for (int k = 0; k < depth; k++) sb.Append(k).Append(", ");
                        sb.Append('}');
                        break;
                    case 0: sb.Append("_x = ").Append('(', depth).Append("_y").Append(')', depth); break;
                    case 1: sb.Append("_x = "); for (int k = 0; k < depth; k++) sb.Append("-~"); sb.Append("_y"); break;
                    case 2: sb.Append("_x = "); for (int k = 0; k < depth; k++) sb.Append("_a").Append(k).Append(" + "); sb.Append('1'); break;
                    case 3:
                        for (int k = 0; k < Math.Min(depth, 90); k++)
                            sb.Append(rng.Next(4) switch { 0 => "for _i in _y:", 1 => "while _x:", 2 => "with _a:", _ => "if _x:" }).Append('\n').Append(ind).Append(' ', 4 * (k + 1));
                        sb.Append("pass");
                        break;
                    case 4:
                        for (int k = 0; k < Math.Min(depth, 60); k++)
                            sb.Append(k % 2 == 0 ? "def _f(_a):" : "class _C:").Append('\n').Append(ind).Append(' ', 4 * (k + 1));
                        sb.Append("return _a");
                        break;
                    default:
                        sb.Append("_x = ");
                        for (int k = 0; k < Math.Min(depth, 100); k++) sb.Append("[_v").Append(k).Append(" for _v").Append(k).Append(" in ");
                        sb.Append("_y");
                        sb.Append(']', Math.Min(depth, 100));
                        break;
                }
                b.Insert(p, sb.ToString());
                return $"nest@{p + 1}x{depth}";
            }
            case 11:
            {
                // A line is indented or dedented by one level.
                int p = StatementLine(rng, b);
                b[p] = rng.Next(2) == 0 ? "    " + b[p] : b[p].StartsWith("    ", StringComparison.Ordinal) ? b[p][4..] : b[p];
                return $"shift@{p + 1}";
            }
            case 12:
            {
                // A line is deleted (a block's only statement, a header, a decorator...).
                int p = rng.Next(b.Count);
                b.RemoveAt(p);
                return $"delline@{p + 1}";
            }
            default:
            {
                // A line is copied below another one, at that one's indentation.
                int p = StatementLine(rng, b), r = StatementLine(rng, b);
                b.Insert(r, Indent(b[r]) + b[p].TrimStart());
                return $"copy@{p + 1}to{r + 1}";
            }
        }
    }

    static readonly HashSet<string> Keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };
}
