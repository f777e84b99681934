using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Sharpy.Tests.Cases;

/// <summary>
/// Each tests/cases/AREA/NAME.py runs under ./sharpy and must give exactly the stdout,
/// stderr and exit status CPython 3.14 gave (NAME.stdout, NAME.stderr, NAME.exit).
///
/// Expected failures: a case listed in tests/cases/EXPECTED_FAILURES.txt still runs; the
/// test passes while it fails (output "XFAIL ...") and fails once it passes ("unexpected
/// pass"), so the list only shrinks.
/// </summary>
[TestCaseOrderer("Sharpy.Tests.Cases.ByNameOrderer", "Sharpy.Tests")]
public class CaseTests
{
    readonly ITestOutputHelper output;
    public CaseTests(ITestOutputHelper output) { this.output = output; }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var c in CaseRunner.AllCases()) yield return new object[] { c };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string path)
    {
        Check(path, () =>
        {
            var r = CaseRunner.RunCase(path);
            return CaseRunner.Compare(path, r);
        });
    }

    /// <summary>`sharpy MISSING.py` reports the file as CPython does (Modules/main.c:
    /// "%S: can't open file %R: [Errno %d] %s", exit 2). The message is the same in every
    /// CPython since 3.9, so the machine's python3 gives the reference; the program name
    /// before the first ": " is the executable's and is not compared.</summary>
    [Fact]
    public void Cli_missing_file()
    {
        Check("cli/missing_file", () =>
        {
            const string missing = "tests/cases/no_such_file_for_sharpy.py";
            var want = CaseRunner.Run(new[] { missing }, CaseRunner.Root, TimeSpan.FromSeconds(60), program: "python3");
            if (want.ExitCode != 2 || !want.Stderr.Contains(": can't open file ", StringComparison.Ordinal))
                throw new InvalidOperationException("python3 did not give the reference message: exit " + want.ExitCode + ", " + want.Stderr);
            var got = CaseRunner.Run(new[] { missing }, CaseRunner.Root, CaseRunner.CaseTimeout);
            string Strip(string s) => Regex.Replace(s, "^[^\n]*?: can't open file ", "<program>: can't open file ");
            var report = "";
            if (Strip(got.Stderr) != Strip(want.Stderr))
                report += UnifiedDiff.Make(CaseRunner.Display(Strip(want.Stderr)), CaseRunner.Display(Strip(got.Stderr)), "stderr (python3)", "stderr (sharpy)");
            if (got.Stdout != "")
                report += UnifiedDiff.Make("", CaseRunner.Display(got.Stdout), "stdout (python3)", "stdout (sharpy)");
            if (got.ExitCode != 2) report += "exit status: expected 2, got " + (got.TimedOut ? "none (killed)" : got.ExitCode.ToString()) + "\n";
            return report.Length == 0 ? null : report;
        });
    }

    /// <summary>Every entry of EXPECTED_FAILURES.txt names a case that exists.</summary>
    [Fact]
    public void Expected_failures_list_names_existing_cases()
    {
        var known = new HashSet<string>(CaseRunner.AllCases(), StringComparer.Ordinal) { "cli/missing_file" };
        var stale = new List<string>();
        foreach (var e in CaseRunner.ExpectedFailureEntries())
            if (!known.Contains(e)) stale.Add(e);
        Assert.True(stale.Count == 0, "entries in " + CaseRunner.ExpectedFailuresFile + " that name no case: " + string.Join(", ", stale));
    }

    /// <summary>Every case has its three reference files.</summary>
    [Fact]
    public void Every_case_has_references()
    {
        var missing = new List<string>();
        foreach (var c in CaseRunner.AllCases())
        {
            var stem = Path.Combine(CaseRunner.CasesDir, c.Substring(0, c.Length - 3));
            foreach (var ext in new[] { ".stdout", ".stderr", ".exit" })
                if (!File.Exists(stem + ext)) missing.Add(c.Substring(0, c.Length - 3) + ext);
        }
        Assert.True(missing.Count == 0, "missing references (run tools/make_case_refs.sh): " + string.Join(", ", missing));
    }

    void Check(string id, Func<string?> run)
    {
        var buildError = CaseRunner.BuildError;
        if (buildError != null) Assert.Fail(buildError);
        bool xfail = CaseRunner.IsExpectedFailure(id);
        string? mismatch = run();
        if (xfail)
        {
            if (mismatch == null)
                Assert.Fail("unexpected pass: " + id + " now passes, remove it from " + CaseRunner.ExpectedFailuresFile);
            output.WriteLine("XFAIL " + id + ": " + CaseRunner.FirstLine(mismatch));
            return;
        }
        if (mismatch != null) Assert.Fail(id + " differs from CPython 3.14:\n" + mismatch);
    }
}
