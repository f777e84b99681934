using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using Sharpy.Parser;
using Xunit;
using Xunit.Abstractions;

namespace Sharpy.Tests.Parser;

/// <summary>Feeds 20,000 mutated sources through the parser: each must give a tree or a
/// ParseError of the SyntaxError family (or the ValueError/UnicodeDecodeError/MemoryError the
/// parser raises), never a .NET exception, a hang or a stack overflow. A tree of the modes
/// compile() compiles goes on through the compiler (<see cref="Sharpy.Tests.Compiler.FuzzCompile"/>).</summary>
public class FuzzTests
{
    const int Inputs = 20_000;
    const int Seed = 20261121;
    const int MaxSlice = 3000;
    static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);
    static readonly HashSet<string> Allowed = new()
    {
        "SyntaxError", "IndentationError", "TabError", "ValueError", "UnicodeDecodeError", "MemoryError",
    };

    readonly ITestOutputHelper _out;
    public FuzzTests(ITestOutputHelper output) { _out = output; }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "parser")))
            dir = dir.Parent;
        return dir!.FullName;
    }

    [Fact]
    public void MutatedSourcesNeverCrash()
    {
        var seeds = FuzzInputs.Seeds(RepoRoot(), out string origin);
        Assert.True(seeds.Count > 10, $"too few seed files in {origin}");
        var rng = new Random(Seed);
        var failures = new List<string>();
        int trees = 0, errors = 0, compileErrors = 0;
        var counts = new Dictionary<string, int>();
        int current = -1;
        string currentWhat = "";
        long startedAt = 0;
        bool done = false;
        var sw = Stopwatch.StartNew();

        // The CLI parses on a 256 MB thread; so does this run, one input after another.
        var worker = new Thread(() =>
        {
            for (int i = 0; i < Inputs; i++)
            {
                var (bytes, what) = FuzzInputs.Make(rng, seeds, MaxSlice);
                var mode = (i % 20) switch { 7 or 17 => ParseMode.Eval, 8 or 18 => ParseMode.Single, 19 => ParseMode.FuncType, _ => ParseMode.Exec };
                var typeComments = i % 3 == 1 ? ParseFlags.TypeComments : ParseFlags.None;
                lock (failures) { current = i; currentWhat = what; startedAt = sw.ElapsedTicks; }
                try
                {
                    ParseError? err;
                    var tree = i % 13 == 5
                        ? PythonParser.ParseString(Encoding.UTF8.GetString(bytes), "<fuzz>", mode, typeComments, out err)
                        : PythonParser.Parse(bytes, "<fuzz>", mode, typeComments, out err);
                    string? bad = Check(tree, err);
                    string? compileErrorType = null;
                    if (bad == null && tree != null && mode != ParseMode.FuncType)
                        bad = Sharpy.Tests.Compiler.FuzzCompile.Check(tree, i % 3, out compileErrorType);
                    lock (failures)
                    {
                        if (compileErrorType != null) compileErrors++;
                        if (bad != null) failures.Add($"#{i} {what}: {bad}");
                        else if (tree != null) trees++;
                        else { errors++; counts[err!.ExceptionType] = counts.GetValueOrDefault(err.ExceptionType) + 1; }
                    }
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add($"#{i} {what}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }
            }
            lock (failures) done = true;
        }, 256 * 1024 * 1024) { IsBackground = true };
        worker.Start();

        while (true)
        {
            Thread.Sleep(50);
            lock (failures)
            {
                if (done) break;
                var running = TimeSpan.FromSeconds((sw.ElapsedTicks - startedAt) / (double)Stopwatch.Frequency);
                if (current >= 0 && running > PerInputLimit)
                {
                    failures.Add($"#{current} {currentWhat}: still parsing after {PerInputLimit.TotalSeconds} s");
                    break;
                }
            }
        }
        lock (failures)
        {
            _out.WriteLine($"{Inputs} inputs from {seeds.Count} files in {origin}: {trees} trees ({compileErrors} failing to compile), " +
                           $"{errors} errors ({string.Join(", ", counts)}), {failures.Count} failures, {sw.Elapsed.TotalSeconds:F1} s");
            Assert.True(failures.Count == 0, string.Join("\n", failures.GetRange(0, Math.Min(20, failures.Count))));
        }
    }

    static string? Check(Sharpy.Parser.Ast.Mod? tree, ParseError? err)
    {
        if (tree != null) return err == null ? null : "a tree and an error";
        if (err == null) return "neither a tree nor an error";
        if (!Allowed.Contains(err.ExceptionType)) return $"unexpected {err.ExceptionType}: {err.Message}";
        if (err.Message.Length == 0) return $"{err.ExceptionType} without a message";
        return null;
    }
}
