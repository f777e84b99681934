using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Sharpy.Tests.Cases;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// The leak hunter over every case: each tests/cases program runs under the Debug build of
/// the command line (reference totals, refcount assertions, the eval loop's stack-effect
/// check) with `-X leakcheck`, which runs it repeatedly in one interpreter and fails when
/// the total reference count grows after the warm-up runs. A case may be left out only in
/// tests/cases/LEAKCHECK_EXCLUDED.txt, with the reason after '#'.
/// </summary>
[TestCaseOrderer("Sharpy.Tests.Cases.ByNameOrderer", "Sharpy.Tests")]
public class LeakCheckTests
{
    const string ExcludedFile = "tests/cases/LEAKCHECK_EXCLUDED.txt";
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The Debug build of src/Sharpy.Cli (a build dependency of this project, in its configuration).</summary>
    static string DebugCli
    {
        get
        {
            var config = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/CONFIG/net10.0/
            return Path.Combine(CaseRunner.Root, "src", "Sharpy.Cli", "bin", config, "net10.0", OperatingSystem.IsWindows() ? "Sharpy.Cli.exe" : "Sharpy.Cli");
        }
    }

    static readonly Dictionary<string, string> Env = new()
    {
        ["SHARPY_STDLIB"] = Path.Combine(CaseRunner.Root, ".stdlib", "lib", "python3.14"),
    };

    static RunResult Hunt(params string[] args)
    {
        var buildError = CaseRunner.BuildError; // also installs the standard library
        if (buildError != null) Assert.Fail(buildError);
        var a = new List<string> { "-X", "leakcheck" };
        a.AddRange(args);
        return CaseRunner.Run(a.ToArray(), CaseRunner.Root, Timeout, program: DebugCli, env: Env);
    }

    /// <summary>The excluded cases and their reasons.</summary>
    static Dictionary<string, string> Excluded()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = Path.Combine(CaseRunner.Root, ExcludedFile);
        if (!File.Exists(path)) return d;
        foreach (var raw in File.ReadAllLines(path))
        {
            if (raw.TrimStart().StartsWith('#') || raw.Trim().Length == 0) continue;
            int hash = raw.IndexOf('#');
            d[(hash < 0 ? raw : raw[..hash]).Trim()] = hash < 0 ? "" : raw[(hash + 1)..].Trim();
        }
        return d;
    }

    public static IEnumerable<object[]> Cases()
    {
        var excluded = Excluded();
        foreach (var c in CaseRunner.AllCases())
            if (!excluded.ContainsKey(c)) yield return new object[] { c };
    }

    // xunit runs the rows one after another; like CaseRunner, each row starts the next few.
    static readonly ConcurrentDictionary<string, Task<RunResult>> started = new(StringComparer.Ordinal);
    static readonly SemaphoreSlim slots = new(Math.Max(1, Environment.ProcessorCount));
    static readonly Lazy<List<string>> ordered = new(() =>
    {
        var l = new List<string>();
        foreach (var row in Cases()) l.Add((string)row[0]);
        return l;
    });

    static Task<RunResult> Start(string id) => started.GetOrAdd(id, key => Task.Run(async () =>
    {
        await slots.WaitAsync().ConfigureAwait(false);
        try { return Hunt("tests/cases/" + key); }
        finally { slots.Release(); }
    }));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string path)
    {
        var task = Start(path);
        var all = ordered.Value;
        int i = all.IndexOf(path);
        for (int j = i + 1; j < all.Count && j <= i + 2 * Environment.ProcessorCount; j++) Start(all[j]);
        var r = task.GetAwaiter().GetResult();
        var stderr = CaseRunner.Display(r.Stderr);
        var lines = stderr.TrimEnd('\n').Split('\n');
        var verdict = lines[^1];
        Assert.True(r.ExitCode == 0 && !r.TimedOut && verdict.StartsWith("leakcheck: no growth", StringComparison.Ordinal),
            $"{path}: exit {(r.TimedOut ? "none (timed out)" : r.ExitCode.ToString())}; stderr ends:\n" + string.Join("\n", lines[Math.Max(0, lines.Length - 15)..]));
    }

    public static IEnumerable<object[]> ExcludedCases()
    {
        foreach (var c in Excluded().Keys) yield return new object[] { c };
    }

    /// <summary>
    /// A case the hunter leaves out still runs once under the Debug build, so that the
    /// refcount assertions and the eval loop's stack-effect check see every case: the run
    /// must match the case's reference, as the Release run does.
    /// </summary>
    [Theory]
    [MemberData(nameof(ExcludedCases))]
    public void Excluded_case_runs_under_Debug(string path)
    {
        var env = new Dictionary<string, string>(Env);
        foreach (var (k, v) in CaseRunner.CaseEnvironment(path) ?? []) env[k] = v;
        var r = CaseRunner.Run(["tests/cases/" + path], CaseRunner.Root, Timeout, program: DebugCli, env: env);
        var report = CaseRunner.Compare(path, r);
        Assert.True(report == null, report);
    }

#if Py_DEBUG
    /// <summary>
    /// The instructions of opcode.opmap (the installed standard library's) that no program
    /// can reach: inline cache entries, an unused number, the entry of CPython's tier-2
    /// executors (Sharpy has none), the exit of CPython's C-to-Python trampoline frame (Sharpy's
    /// loop returns to C# from the entry frame), and the pseudo-instructions (256 and up) the
    /// compiler replaces before a code object is made.
    /// </summary>
    static readonly HashSet<string> Unreachable = new(StringComparer.Ordinal)
    {
        "CACHE", "RESERVED", "ENTER_EXECUTOR", "INTERPRETER_EXIT",
    };

    /// <summary>
    /// Every instruction is implemented and reached: between them, the case programs the hunter
    /// runs (it reports the instructions the Debug eval loop dispatched) reach every opcode of
    /// opcode.opmap but the unreachable ones.
    /// </summary>
    [Fact]
    public void Instructions_are_all_reached_by_the_cases()
    {
        var opmap = Hunt("-c", "import opcode\nfor name, op in opcode.opmap.items():\n    if op < 256: print(name)\n");
        var wanted = new SortedSet<string>(CaseRunner.Display(opmap.Stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        Assert.True(wanted.Count > 100, "opcode.opmap: " + opmap.Stderr);
        wanted.ExceptWith(Unreachable);
        const string Marker = "leakcheck: instructions reached: ";
        foreach (var c in ordered.Value)
        {
            foreach (var line in Start(c).GetAwaiter().GetResult().Stderr.Split('\n'))
                if (line.StartsWith(Marker, StringComparison.Ordinal))
                    wanted.ExceptWith(line[Marker.Length..].Split(' '));
        }
        Assert.True(wanted.Count == 0, "no case program reaches " + string.Join(", ", wanted));
    }
#endif

    /// <summary>Every exclusion names an existing case and says why.</summary>
    [Fact]
    public void Exclusions_name_cases_and_reasons()
    {
        var known = new HashSet<string>(CaseRunner.AllCases(), StringComparer.Ordinal);
        foreach (var (c, why) in Excluded())
        {
            Assert.True(known.Contains(c), $"{ExcludedFile}: {c} is not a case");
            Assert.True(why.Length > 0, $"{ExcludedFile}: {c} has no reason after '#'");
        }
    }

    /// <summary>The hunter sees growth: a program that keeps one more object alive per run (CPython's test of -R does the same).</summary>
    [Fact]
    public void Hunter_reports_growth()
    {
        var r = Hunt("-c", "import sys\nsys.__dict__.setdefault('_leakcheck_test', []).append(object())\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("leakcheck: leaked 2 references", r.Stderr);
        var clean = Hunt("-c", "x = [object() for i in range(10)]\n");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("leakcheck: no growth", clean.Stderr);
    }

#if Py_DEBUG
    /// <summary>A missing DECREF in C# shows in the total the hunter reads.</summary>
    [Fact]
    public void Total_counts_a_missing_decref()
    {
        var engine = new Sharpy.Hosting.PythonEngine("leakcheck_total");
        engine.Execute("def make():\n    return [1, 2, 3]\n");
        long Run(bool leak)
        {
            long before = Sharpy.Runtime.RefDebug.RefTotal;
            for (int i = 0; i < 3; i++)
            {
                using var h = engine.Evaluate("make()");
                if (leak) Sharpy.Objects.Py.INCREF(h.Object);
            }
            return Sharpy.Runtime.RefDebug.RefTotal - before;
        }
        Run(false);
        Assert.Equal(0, Run(false));
        Assert.Equal(3, Run(true));
    }

    /// <summary>The eval loop's Debug check flags an instruction that moved the stack or the instruction pointer wrongly.</summary>
    [Fact]
    public void Stack_effect_check_flags_a_wrong_effect()
    {
        static ushort W(int op, int arg = 0) => (ushort)(op | (arg << 8));
        // LOAD_CONST 0 pushes one.
        ushort[] loadConst = [W(Sharpy.Compiler.Op.LOAD_CONST)];
        Assert.Null(Sharpy.Runtime.StackEffectCheck.Verify(loadConst, 0, 5, 6, 1));
        Assert.Contains("stack effect is 1", Sharpy.Runtime.StackEffectCheck.Verify(loadConst, 0, 5, 7, 1));
        // BINARY_OP pops two, pushes one, and has five cache entries to skip.
        var binaryOp = new ushort[1 + Sharpy.Compiler.Op.INLINE_CACHE_ENTRIES_BINARY_OP];
        binaryOp[0] = W(Sharpy.Compiler.Op.BINARY_OP);
        Assert.Null(Sharpy.Runtime.StackEffectCheck.Verify(binaryOp, 0, 5, 4, binaryOp.Length));
        Assert.Contains("cache entries", Sharpy.Runtime.StackEffectCheck.Verify(binaryOp, 0, 5, 4, 1));
        // CALL 2 pops callable, self-or-null and two arguments, pushes the result.
        ushort[] call = [W(Sharpy.Compiler.Op.CALL, 2), 0, 0, 0];
        Assert.Null(Sharpy.Runtime.StackEffectCheck.Verify(call, 0, 10, 7, 4));
        Assert.NotNull(Sharpy.Runtime.StackEffectCheck.Verify(call, 0, 10, 8, 4));
    }
#endif
}
