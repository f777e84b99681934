using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sharpy.Tests.Cases;
using Xunit;
using Xunit.Abstractions;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// The host-crash fuzz: tests/fuzz/mutate_cases.py (run by sharpy itself) writes mutants of
/// the case programs (arguments swapped, dropped or made hostile, keywords passed twice,
/// class hierarchies with no consistent MRO, attributes deleted while the program runs, ...)
/// and each runs under ./sharpy. Whatever a mutant does, it must end as a Python program
/// ends, with a Python exception at worst: never a .NET exception reaching the top ("Fatal
/// Python error", "internal error in sharpy", a .NET stack trace), never death by a signal.
/// A mutant still running at the timeout is not a crash (its mutation may loop forever); the
/// count is reported. SHARPY_FUZZ_SEED and SHARPY_FUZZ_PER_CASE explore further.
/// </summary>
public class MutationFuzzTests(ITestOutputHelper output)
{
    static readonly TimeSpan MutantTimeout = TimeSpan.FromSeconds(20);

    /// <summary>What a crash of the host leaves on stderr.</summary>
    static readonly string[] CrashMarks =
        ["Fatal Python error", "internal error in sharpy", "Unhandled exception.", "   at Sharpy.", "Stack overflow."];

    /// <summary>Exit statuses of a death by SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGKILL, SIGSEGV.</summary>
    static readonly int[] SignalDeaths = [128 + 4, 128 + 5, 128 + 6, 128 + 7, 128 + 8, 128 + 9, 128 + 11];

    static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var v) && v > 0 ? v : fallback;

    [Fact]
    public void Mutated_cases_do_not_crash_the_host()
    {
        var buildError = CaseRunner.BuildError;
        if (buildError != null) Assert.Fail(buildError);
        int seed = Setting("SHARPY_FUZZ_SEED", 1), perCase = Setting("SHARPY_FUZZ_PER_CASE", 1);
        var dir = Path.Combine(CaseRunner.Root, ".build", "fuzz");
        var mutants = Path.Combine(dir, "mutants");
        var cwd = Path.Combine(dir, "cwd");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(cwd);

        var args = new List<string> { "tests/fuzz/mutate_cases.py", seed.ToString(), perCase.ToString(), mutants };
        args.AddRange(CaseRunner.AllCases().Select(c => "tests/cases/" + c));
        var made = CaseRunner.Run(args.ToArray(), CaseRunner.Root, TimeSpan.FromMinutes(10));
        Assert.True(made.ExitCode == 0, "mutate_cases.py failed:\n" + CaseRunner.Display(made.Stderr));

        var files = Directory.GetFiles(mutants, "*.py").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length > 300, $"only {files.Length} mutants were written");
        var crashes = new ConcurrentBag<string>();
        int timeouts = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, file =>
        {
            var r = CaseRunner.Run([file], cwd, MutantTimeout);
            if (r.TimedOut) { System.Threading.Interlocked.Increment(ref timeouts); return; }
            var stderr = CaseRunner.Display(r.Stderr);
            if (CrashMarks.Any(m => stderr.Contains(m, StringComparison.Ordinal)) || SignalDeaths.Contains(r.ExitCode))
            {
                var lines = stderr.TrimEnd('\n').Split('\n');
                crashes.Add($"{file}: exit {r.ExitCode}; stderr ends:\n  " + string.Join("\n  ", lines[Math.Max(0, lines.Length - 8)..]));
            }
        });
        output.WriteLine($"seed {seed}: {files.Length} mutants, {crashes.Count} crashes, {timeouts} still running after {MutantTimeout.TotalSeconds} s");
        Assert.True(crashes.IsEmpty, $"{crashes.Count} of {files.Length} mutants crashed the host:\n" + string.Join("\n", crashes.OrderBy(c => c, StringComparer.Ordinal)));
    }
}
