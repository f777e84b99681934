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
