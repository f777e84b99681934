using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Sharpy.Cli;

/// <summary>
/// `-X dump=ast FILE...` and `-X dump=code FILE...`: exactly what ../shared/tools/astdump.py
/// and codedump.py print under the reference CPython, so the parser and compiler can be
/// compared with it file by file.
/// </summary>
internal static class Dumps
{
    public static int Run(string which, List<string> files)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var path in files)
        {
            if (path.Length == 0) continue;
            stdout.Write("== " + path + "\n");
            stdout.Write((which == "dump=ast" ? DumpAst(path) : DumpCode(path)) + "\n");
        }
        stdout.Flush();
        return 0;
    }

    static string DumpAst(string path) => Sharpy.Parser.AstDump.DumpFile(path);

    static string DumpCode(string path)
    {
        var source = File.ReadAllBytes(path);
        var tree = Sharpy.Parser.PythonParser.Parse(source, path, Sharpy.Parser.ParseMode.Exec, out var perr);
        if (tree == null) return perr!.ToString();
        var co = Sharpy.Compiler.PythonCompiler.Compile(tree, path, out var cerr);
        if (co == null)
        {
            if (cerr!.Unencodable is { } doc) return UnencodableMessage(doc);
            // Only a SyntaxError has a location (SystemError, RecursionError: the message).
            return cerr.ExceptionType is "SyntaxError" ? cerr.ToString() : $"{cerr.ExceptionType}: {cerr.Message}";
        }
        return Sharpy.Compiler.CodeDump.Dump(co);
    }

    /// <summary>The UnicodeEncodeError line codedump.py prints for a docstring with lone surrogates.</summary>
    static string UnencodableMessage(Sharpy.Parser.Ast.SurrogateStr doc)
    {
        var cps = Sharpy.Parser.Ast.StrValue.CodePoints(doc);
        int start = Array.FindIndex(cps, c => c is >= 0xD800 and <= 0xDFFF), end = start;
        while (end + 1 < cps.Length && cps[end + 1] is >= 0xD800 and <= 0xDFFF) end++;
        string where = start == end
            ? $"character '\\u{cps[start]:x4}' in position {start}"
            : $"characters in position {start}-{end}";
        return $"UnicodeEncodeError: 'utf-8' codec can't encode {where}: surrogates not allowed";
    }

    /// <summary>
    /// `-X bench=parse[:N] FILE...` and `-X bench=compile[:N] FILE...`, for bench/parse_stdlib.py:
    /// parses the files (read beforehand), or compiles them as compile(source, file, 'exec') does
    /// (parser, compiler and the `code` objects), N times (default 5) after one warm-up round,
    /// and prints the best and mean time of a round.
    /// </summary>
    public static int Bench(string option, List<string> files)
    {
        bool compile = option.StartsWith("bench=compile", StringComparison.Ordinal);
        string what = compile ? "compile" : "parse";
        string prefix = $"bench={what}:";
        int rounds = option.StartsWith(prefix, StringComparison.Ordinal) ? int.Parse(option[prefix.Length..]) : 5;
        if (compile) Sharpy.Runtime.Interpreter.Initialize();
        var sources = new List<(string, byte[])>();
        long bytes = 0;
        foreach (var f in files)
        {
            if (f.Length == 0) continue;
            var b = File.ReadAllBytes(f);
            bytes += b.Length;
            sources.Add((f, b));
        }
        int failed = 0;
        double best = double.MaxValue, total = 0;
        long allocated = 0;
        for (int r = -1; r < rounds; r++)
        {
            failed = 0;
            long before = GC.GetAllocatedBytesForCurrentThread();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            foreach (var (name, b) in sources)
                if (!(compile ? Compile(b, name) : Sharpy.Parser.PythonParser.Parse(b, name, Sharpy.Parser.ParseMode.Exec, out _) != null))
                    failed++;
            double ms = sw.Elapsed.TotalMilliseconds;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (r < 0) continue;
            best = Math.Min(best, ms);
            total += ms;
        }
        Console.Out.Write(FormattableString.Invariant(
            $"{what} {sources.Count} files ({bytes} bytes, {failed} errors) x{rounds}: best {best:F1} ms, mean {total / rounds:F1} ms, {allocated >> 20} MB allocated per round\n"));
        return 0;
    }

    /// <summary>compile(source, name, 'exec', dont_inherit=True) at optimization level 0; the code object is dropped.</summary>
    static bool Compile(byte[] source, string name)
    {
        var code = Sharpy.Runtime.Pipeline.Compile(source, name, Sharpy.Parser.ParseMode.Exec, optimize: 0);
        if (code == null)
        {
            Sharpy.Runtime.Errors.Clear();
            return false;
        }
        Sharpy.Objects.Py.DECREF(code);
        return true;
    }
}
