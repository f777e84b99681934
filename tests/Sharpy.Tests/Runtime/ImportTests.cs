using System;
using System.IO;
using Sharpy.Tests.Cases;
using Xunit;

namespace Sharpy.Tests.Runtime;

/// <summary>
/// `sharpy -m MODULE`, run in tests/cases/imports (whose helper package imppkg has a
/// __main__). The expected stdout is what CPython 3.14 (../shared/tools/cpython314) prints.
/// For a module that cannot be run, CPython prints "EXECUTABLE: message" and exits 1
/// (runpy's _Error through sys.exit); the executable's path is not compared. A traceback
/// starts with runpy's frames, which CPython shows as frozen (`File "<frozen runpy>"`).
/// </summary>
public class ImportTests
{
    static string Dir => Path.Combine(CaseRunner.Root, "tests", "cases", "imports");

    static RunResult RunM(params string[] args)
    {
        Assert.Null(CaseRunner.BuildError);
        var all = new string[args.Length + 1];
        all[0] = "-m";
        args.CopyTo(all, 1);
        return CaseRunner.Run(all, Dir, CaseRunner.CaseTimeout);
    }

    [Fact]
    public void Package_runs_its_main_submodule_with_argv()
    {
        var r = RunM("imppkg", "a", "b");
        Assert.Equal("", r.Stderr);
        Assert.Equal(
            "imppkg/__init__ as imppkg package imppkg\n" +
            "imppkg.__main__: __main__ imppkg imppkg.__main__\n" +
            "argv0: __main__.py args: ['a', 'b']\n" +
            "imppkg.mod_b loaded as imppkg.mod_b\n" +
            "B\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Submodule_runs_as_main_after_its_package()
    {
        var r = RunM("imppkg.mod_b");
        Assert.Equal("imppkg/__init__ as imppkg package imppkg\nimppkg.mod_b loaded as __main__\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
        r = RunM("imppkg.sub.deep");
        Assert.Equal(
            "imppkg/__init__ as imppkg package imppkg\n" +
            "imppkg.sub loaded, package imppkg.sub\n" +
            "imppkg.mod_b loaded as imppkg.mod_b\n" +
            "imppkg.sub.deep: package imppkg.sub PKG_VALUE pkg value\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Theory]
    [InlineData("no_such_mod", "", "No module named no_such_mod")]
    [InlineData("imppkg.nope", "imppkg/__init__ as imppkg package imppkg\n", "No module named imppkg.nope")]
    [InlineData("nopkg.x", "", "Error while finding module specification for 'nopkg.x' (ModuleNotFoundError: No module named 'nopkg')")]
    [InlineData("imppkg.sub", "imppkg/__init__ as imppkg package imppkg\nimppkg.sub loaded, package imppkg.sub\n",
        "No module named imppkg.sub.__main__; 'imppkg.sub' is a package and cannot be directly executed")]
    [InlineData("impns", "", "No module named impns.__main__; 'impns' is a package and cannot be directly executed")]
    [InlineData(".rel", "", "Relative module names not supported")]
    public void Module_that_cannot_run_is_reported_without_traceback(string module, string stdout, string message)
    {
        var r = RunM(module);
        Assert.Equal(stdout, r.Stdout);
        Assert.EndsWith(": " + message + "\n", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void Exception_in_main_module_gives_traceback_and_status_1()
    {
        var r = RunM("impmod_raises");
        Assert.Equal("impmod_raises: running\n", r.Stdout);
        var file = Path.Combine(Dir, "impmod_raises.py");
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n" +
            "  File \"<frozen runpy>\", line 88, in _run_code\n" +
            $"  File \"{file}\", line 6, in <module>\n" +
            "    fail()\n" +
            "    ~~~~^^\n" +
            $"  File \"{file}\", line 5, in fail\n" +
            "    raise ValueError(\"failed while importing impmod_raises\")\n" +
            "ValueError: failed while importing impmod_raises\n", r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }
}
