using System.Diagnostics;
using System.IO;
using Xunit;

namespace Sharpy.Tests.Cases;

/// <summary>
/// The command line against CPython's: each check runs the same arguments under ./sharpy
/// and under the machine's python3 (3.11, where its behaviour is 3.14's) and compares.
/// </summary>
public class CliTests
{
    static (string Out, string Err, int Exit) Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = CaseRunner.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var outTask = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (outTask.Result, err, p.ExitCode);
    }

    static void SameAsCPython(params string[] args)
    {
        var want = Run("python3", args);
        var got = Run(Path.Combine(CaseRunner.Root, "sharpy"), args);
        Assert.Equal(want.Out, got.Out);
        Assert.Equal(want.Err, got.Err);
        Assert.Equal(want.Exit, got.Exit);
    }

    [Fact]
    public void ExitStatusFromSystemExit() => SameAsCPython("-c", "import sys; print('out'); sys.exit(3)");

    [Fact]
    public void SystemExitWithAMessageGoesToStderr() => SameAsCPython("-c", "raise SystemExit('bye')");

    [Fact]
    public void ArgvOfCommand() => SameAsCPython("-c", "import sys; print(sys.argv)", "a", "-b");

    /// <summary>3.13+: -c's source is registered with linecache, so its traceback shows the lines (python3 3.11 does not; test_sys.test_sys_tracebacklimit).</summary>
    [Fact]
    public void CommandTracebackShowsSourceLines()
    {
        var got = Run(Path.Combine(CaseRunner.Root, "sharpy"), "-c", "def f():\n    1/0\nf()\n");
        Assert.Equal(1, got.Exit);
        Assert.Equal("Traceback (most recent call last):\n"
            + "  File \"<string>\", line 3, in <module>\n    f()\n    ~^^\n"
            + "  File \"<string>\", line 2, in f\n    1/0\n    ~^~\n"
            + "ZeroDivisionError: division by zero\n", got.Err);
    }

    [Fact]
    public void SkipFirstLineKeepsLineNumbers()
    {
        var file = Path.Combine(Path.GetTempPath(), "sharpy_cli_x.py");
        File.WriteAllText(file, "this is not python\nprint('second line')\n1/0\n");
        SameAsCPython("-x", file);
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var got = Run(Path.Combine(CaseRunner.Root, "sharpy"), "-z");
        var want = Run("python3", "-z");
        Assert.Equal(want.Exit, got.Exit);
        Assert.StartsWith("Unknown option: -z\n", got.Err);
        Assert.StartsWith("Unknown option: -z\n", want.Err);
    }

    [Fact]
    public void VersionIs3142()
    {
        var got = Run(Path.Combine(CaseRunner.Root, "sharpy"), "-V");
        Assert.Equal("Python 3.14.2\n", got.Out);
        Assert.Equal(0, got.Exit);
    }
}
