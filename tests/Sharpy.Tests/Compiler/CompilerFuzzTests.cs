using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Sharpy.Parser;
using Sharpy.Tests.Parser;
using Xunit;
using Xunit.Abstractions;

namespace Sharpy.Tests.Compiler;

/// <summary>Feeds 20,000 sources mutated line by line and block by block
/// (<see cref="CompilerFuzzInputs"/>) through the parser and, when they parse, through the
/// compiler at optimization levels 0, 1 and 2: each must end as a code object or an error
/// compile() raises (<see cref="FuzzCompile"/>), never a .NET exception, a hang or a stack
/// overflow.</summary>
public class CompilerFuzzTests
{
    // SHARPY_COMPILER_FUZZ_SEED and SHARPY_COMPILER_FUZZ_INPUTS explore beyond CI's run.
    static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("SHARPY_COMPILER_FUZZ_INPUTS"), out int n) ? n : 20_000;
    static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("SHARPY_COMPILER_FUZZ_SEED"), out int s) ? s : 20261207;
    const int MaxSlice = 1000;
    /// <summary>SHARPY_COMPILER_FUZZ_KEEP=DIR writes every input that parses there, for comparing
    /// code objects with CPython's (../shared/tools/codedump.py under both).</summary>
    static readonly string? KeepAllDir = Environment.GetEnvironmentVariable("SHARPY_COMPILER_FUZZ_KEEP");
    static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);

    readonly ITestOutputHelper _out;
    public CompilerFuzzTests(ITestOutputHelper output) { _out = output; }

    /// <summary>Writes a failing input to .build/fuzz/compiler/ for a look; returns its path.</summary>
    static string Keep(int i, byte[] bytes)
    {
        string dir = Path.Combine(FuzzTests.RepoRoot(), ".build", "fuzz", "compiler");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, $"{Seed}-{i}.py");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void MutatedProgramsCompileOrFailAsCompileDoes()
    {
        var seeds = FuzzInputs.Seeds(FuzzTests.RepoRoot(), out string origin);
        Assert.True(seeds.Count > 10, $"too few seed files in {origin}");
        var rng = new Random(Seed);
        var failures = new List<string>();
        int parseErrors = 0, compiled = 0;
        var counts = new Dictionary<string, int>();
        int current = -1;
        string currentWhat = "";
        long startedAt = 0;
        bool done = false;
        var sw = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;

        // The CLI compiles on a 256 MB thread; so does this run, one input after another.
        var worker = new Thread(() =>
        {
            for (int i = 0; i < Inputs; i++)
            {
                var (bytes, what) = CompilerFuzzInputs.Make(rng, seeds, MaxSlice);
                lock (failures) { current = i; currentWhat = what; startedAt = sw.ElapsedTicks; }
                try
                {
                    var tree = PythonParser.Parse(bytes, "<fuzz>", ParseMode.Exec, out _);
                    if (tree == null)
                    {
                        lock (failures) parseErrors++;
                        continue;
                    }
                    if (KeepAllDir != null)
                    {
                        Directory.CreateDirectory(KeepAllDir);
                        File.WriteAllBytes(Path.Combine(KeepAllDir, $"{Seed}-{i:D6}.py"), bytes);
                    }
                    string? bad = FuzzCompile.Check(tree, i % 3, out string? errorType);
                    lock (failures)
                    {
                        if (bad != null) failures.Add($"#{i} {what}: {bad} ({Keep(i, bytes)})");
                        else if (errorType == null) compiled++;
                        else counts[errorType] = counts.GetValueOrDefault(errorType) + 1;
                    }
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add($"#{i} {what} ({Keep(i, bytes)}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
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
                    failures.Add($"#{current} {currentWhat}: still compiling after {PerInputLimit.TotalSeconds} s");
                    break;
                }
            }
        }
        lock (failures)
        {
            _out.WriteLine($"{Inputs} inputs from {seeds.Count} files in {origin}: {parseErrors} did not parse, " +
                           $"{compiled} compiled, compile errors ({string.Join(", ", counts)}), {failures.Count} failures, " +
                           $"{sw.Elapsed.TotalSeconds:F1} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds:F1} s of CPU in the process)");
            Assert.True(failures.Count == 0, string.Join("\n", failures.GetRange(0, Math.Min(20, failures.Count))));
        }
    }
}
