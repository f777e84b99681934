using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace Sharpy.Tests.Cases;

/// <summary>
/// `sharpy -X dump=ast` and `-X dump=code` over every case program give exactly what
/// ../shared/tools/astdump.py and codedump.py print under CPython 3.14 (committed in
/// tests/cases/DUMPS.ast and DUMPS.code by tools/make_case_dumps.sh).
/// </summary>
public class DumpTests
{
    [Theory]
    [InlineData("ast")]
    [InlineData("code")]
    public void DumpsMatchCPython(string kind)
    {
        var root = CaseRunner.Root;
        var expected = File.ReadAllText(Path.Combine(root, "tests", "cases", "DUMPS." + kind));
        var files = expected.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();
        Assert.NotEmpty(files);
        var psi = new ProcessStartInfo(Path.Combine(root, "sharpy")) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-X");
        psi.ArgumentList.Add("dump=" + kind);
        foreach (var f in files) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi)!;
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var actual = stdoutTask.Result;
        Assert.True(p.ExitCode == 0, stderr);
        if (actual != expected)
            Assert.Fail(UnifiedDiff.Make(expected, actual, "DUMPS." + kind, "sharpy -X dump=" + kind));
    }
}
