using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Sharpy.Tests.Cases;

/// <summary>The outcome of one run of sharpy: raw bytes, Latin-1 decoded so no byte is lost.</summary>
public sealed record RunResult(string Stdout, string Stderr, int ExitCode, bool TimedOut, double Seconds);

/// <summary>
/// Finds the repository, makes sure sharpy is built, and runs the cases of tests/cases
/// under it: with the repository root as working directory and the case's path relative to
/// it, as tools/make_case_refs.sh ran them under the reference CPython.
/// </summary>
public static class CaseRunner
{
    public const string ExpectedFailuresFile = "tests/cases/EXPECTED_FAILURES.txt";
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("SHARPY_CASE_TIMEOUT"), out var t) ? t : 30);
    static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(20);

    public static readonly Encoding Latin1 = Encoding.Latin1;
    static readonly Encoding Utf8 = new UTF8Encoding(false);

    static readonly Lazy<string> root = new(FindRoot);
    public static string Root => root.Value;
    public static string CasesDir => Path.Combine(Root, "tests", "cases");
    /// <summary>What runs the cases: ./sharpy, or the program named by SHARPY_CASES_PROGRAM
    /// (e.g. `python3`, to check the runner and the references against another Python).</summary>
    public static string Launcher => OtherProgram ?? Path.Combine(Root, "sharpy");
    static string? OtherProgram => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SHARPY_CASES_PROGRAM"))
        ? null : Environment.GetEnvironmentVariable("SHARPY_CASES_PROGRAM");

    static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("SHARPY_ROOT");
        if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sharpy.slnx")) &&
                Directory.Exists(Path.Combine(dir.FullName, "tests", "cases")))
                return dir.FullName;
            dir = dir.Parent;
        }
        throw new InvalidOperationException("cannot find the repository root (Sharpy.slnx) above " + AppContext.BaseDirectory);
    }

    /// <summary>Case ids: paths relative to tests/cases with '/' separators, sorted ordinally.</summary>
    public static List<string> AllCases()
    {
        var list = new List<string>();
        foreach (var f in Directory.EnumerateFiles(CasesDir, "*.py", SearchOption.AllDirectories))
            list.Add(Path.GetRelativePath(CasesDir, f).Replace(Path.DirectorySeparatorChar, '/'));
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>The entries of EXPECTED_FAILURES.txt (comments after '#', blank lines ignored).</summary>
    public static List<string> ExpectedFailureEntries()
    {
        var path = Path.Combine(Root, ExpectedFailuresFile);
        var list = new List<string>();
        if (!File.Exists(path)) return list;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line.Substring(0, hash);
            line = line.Trim();
            if (line.StartsWith("tests/cases/", StringComparison.Ordinal)) line = line.Substring("tests/cases/".Length);
            if (line.Length > 0) list.Add(line);
        }
        return list;
    }

    static readonly Lazy<HashSet<string>> expected = new(() => new HashSet<string>(ExpectedFailureEntries(), StringComparer.Ordinal));
    public static bool IsExpectedFailure(string id) => expected.Value.Contains(id);

    // ---- building -------------------------------------------------------------------

    static readonly Lazy<string?> buildError = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Null when sharpy is built; otherwise the launcher's build report.</summary>
    public static string? BuildError => buildError.Value;

    static string? Build()
    {
        if (OtherProgram != null) return null;
        var r = Run(Array.Empty<string>(), Root, BuildTimeout, buildOnly: true);
        if (r.TimedOut) return "building sharpy timed out after " + BuildTimeout;
        if (r.ExitCode != 0)
            return "building sharpy failed (SHARPY_BUILD_ONLY=1 ./sharpy, exit " + r.ExitCode + "):\n" + Display(r.Stderr) + Display(r.Stdout);
        return null;
    }

    // ---- running cases ----------------------------------------------------------------

    static readonly ConcurrentDictionary<string, Task<RunResult>> started = new(StringComparer.Ordinal);
    static readonly int parallel = Math.Max(1, Environment.ProcessorCount);
    static readonly SemaphoreSlim slots = new(parallel);
    static readonly Lazy<List<string>> ordered = new(AllCases);

    /// <summary>
    /// The result of running a case. xunit runs a theory's rows one after another, in
    /// order; so each call also starts the next few cases in the background (as many at
    /// once as there are processors) and most calls just collect a result.
    /// </summary>
    public static RunResult RunCase(string id)
    {
        var task = Start(id);
        var all = ordered.Value;
        int i = all.BinarySearch(id, StringComparer.Ordinal);
        if (i >= 0)
            for (int j = i + 1; j < all.Count && j <= i + 2 * parallel; j++) Start(all[j]);
        return task.GetAwaiter().GetResult();
    }

    static Task<RunResult> Start(string id) => started.GetOrAdd(id, key => Task.Run(async () =>
    {
        await slots.WaitAsync().ConfigureAwait(false);
        try { return Run(new[] { "tests/cases/" + key }, Root, CaseTimeout, env: CaseEnvironment(key)); }
        finally { slots.Release(); }
    }));

    /// <summary>
    /// Settings a case asks for in its first line, <c># sharpy-case: heap-limit=4G</c>: the .NET
    /// heap limit (DOTNET_GCHeapHardLimit) for a case that allocates until memory runs out.
    /// </summary>
    public static Dictionary<string, string>? CaseEnvironment(string id)
    {
        string first;
        using (var r = new StreamReader(Path.Combine(CasesDir, id))) first = r.ReadLine() ?? "";
        const string Marker = "# sharpy-case:";
        if (!first.StartsWith(Marker, StringComparison.Ordinal)) return null;
        var env = new Dictionary<string, string>();
        foreach (var setting in first.Substring(Marker.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = setting.Split('=', 2);
            if (kv.Length == 2 && kv[0] == "heap-limit")
                env["DOTNET_GCHeapHardLimit"] = ParseSize(kv[1]).ToString("X");
            else
                throw new FormatException($"{id}: unknown sharpy-case setting '{setting}'");
        }
        return env;
    }

    /// <summary>A size such as 512M or 4G, in bytes.</summary>
    static long ParseSize(string s)
    {
        long unit = char.ToUpperInvariant(s[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1 };
        return long.Parse(unit == 1 ? s : s[..^1], System.Globalization.CultureInfo.InvariantCulture) * unit;
    }

    /// <summary>Runs ./sharpy ARGS in DIR with stdin empty, PYTHON* variables removed and
    /// PYTHONHASHSEED=0 (what the reference CPython uses), plus <paramref name="env"/>.</summary>
    public static RunResult Run(string[] args, string cwd, TimeSpan timeout, bool buildOnly = false, string? program = null,
        IReadOnlyDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo(program ?? Launcher)
        {
            WorkingDirectory = cwd,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var remove = new List<string>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var k = (string)e.Key;
            if (k.StartsWith("PYTHON", StringComparison.Ordinal) || k == "SHARPY_BUILD_ONLY") remove.Add(k);
        }
        foreach (var k in remove) psi.Environment.Remove(k);
        psi.Environment["PYTHONHASHSEED"] = "0";
        if (buildOnly) psi.Environment["SHARPY_BUILD_ONLY"] = "1";
        if (env != null) foreach (var kv in env) psi.Environment[kv.Key] = kv.Value;

        var sw = Stopwatch.StartNew();
        using var p = new Process { StartInfo = psi };
        p.Start();
        try { p.StandardInput.Close(); } catch (IOException) { }
        var outTask = ReadAll(p.StandardOutput.BaseStream);
        var errTask = ReadAll(p.StandardError.BaseStream);
        bool exited = p.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
        if (!exited)
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            p.WaitForExit();
        }
        // The streams end when every holder of the pipes has exited; don't wait forever on a
        // grandchild that kept them open.
        Task.WaitAll(new Task[] { outTask, errTask }, TimeSpan.FromSeconds(10));
        string o = outTask.IsCompletedSuccessfully ? outTask.Result : "";
        string e2 = errTask.IsCompletedSuccessfully ? errTask.Result : "";
        return new RunResult(o, e2, exited ? p.ExitCode : -1, !exited, sw.Elapsed.TotalSeconds);
    }

    static async Task<string> ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        await s.CopyToAsync(ms).ConfigureAwait(false);
        return Latin1.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }

    // ---- comparing ----------------------------------------------------------------------

    /// <summary>A native CPython prints the absolute path of the script; the references were
    /// made with the path relative to the repository root. Strip "ROOT/".</summary>
    public static string Normalize(string latin1)
    {
        var prefix = Latin1.GetString(Utf8.GetBytes(Root + "/"));
        return latin1.Replace(prefix, "", StringComparison.Ordinal);
    }

    public static string ReadReference(string path) =>
        File.Exists(path) ? Latin1.GetString(File.ReadAllBytes(path)) : throw new FileNotFoundException("missing reference file (run tools/make_case_refs.sh)", path);

    /// <summary>Latin-1 text (raw bytes) shown as UTF-8.</summary>
    public static string Display(string latin1) => Utf8.GetString(Latin1.GetBytes(latin1));

    /// <summary>Null when the run matches the reference; otherwise a report with unified diffs.</summary>
    public static string? Compare(string id, RunResult r)
    {
        string stem = Path.Combine(CasesDir, id.Substring(0, id.Length - 3));
        string wantOut = ReadReference(stem + ".stdout");
        string wantErr = ReadReference(stem + ".stderr");
        string wantExitText = ReadReference(stem + ".exit").Trim();
        if (!int.TryParse(wantExitText, out int wantExit))
            throw new InvalidDataException(stem + ".exit does not hold an exit status: " + wantExitText);

        string gotOut = Normalize(r.Stdout), gotErr = Normalize(r.Stderr);
        var sb = new StringBuilder();
        if (r.TimedOut) sb.Append("timed out after ").Append(CaseTimeout.TotalSeconds).Append(" s\n");
        if (gotOut != wantOut) sb.Append(UnifiedDiff.Make(Display(wantOut), Display(gotOut), id + ".stdout (expected)", "stdout (sharpy)"));
        if (gotErr != wantErr) sb.Append(UnifiedDiff.Make(Display(wantErr), Display(gotErr), id + ".stderr (expected)", "stderr (sharpy)"));
        if (r.ExitCode != wantExit || r.TimedOut)
            sb.Append("exit status: expected ").Append(wantExit).Append(", got ").Append(r.TimedOut ? "none (killed)" : r.ExitCode.ToString()).Append('\n');
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>The first line of a mismatch report worth showing in a one-line summary.</summary>
    public static string FirstLine(string report)
    {
        foreach (var line in report.Split('\n'))
            if ((line.StartsWith("-", StringComparison.Ordinal) || line.StartsWith("+", StringComparison.Ordinal)) &&
                !line.StartsWith("---", StringComparison.Ordinal) && !line.StartsWith("+++", StringComparison.Ordinal))
                return line.Length > 160 ? line.Substring(0, 160) + "..." : line;
        var first = report.Split('\n')[0];
        return first.Length > 160 ? first.Substring(0, 160) + "..." : first;
    }
}
