using System.Collections.Generic;
using System.IO;
using System.Text;
using Sharpy.Compiler;
using Sharpy.Parser.Ast;
using Xunit;
using Assert = Xunit.Assert;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// tests/compiler/warnings/NAME.ast compiled must emit the SyntaxWarnings in NAME.warnings
/// (CPython's, from gen_warnings.py there): `LINENO: MESSAGE` lines in order, then the error.
/// </summary>
public class CompilerWarningTests
{
    static string WarningsDir() => Path.Combine(Path.GetDirectoryName(CorpusDirProbe())!, "warnings");

    static string CorpusDirProbe()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "compiler")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "tests", "compiler", "x");
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var f in Directory.GetFiles(WarningsDir(), "*.warnings"))
            yield return new object[] { Path.GetFileNameWithoutExtension(f) };
    }

    static List<CompileWarning> Compile(Mod mod, string filename, out CompileError? error)
    {
        PythonCompiler.Compile(mod, filename, out error, out var warnings);
        return warnings;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WarnsLikeCPython(string name)
    {
        string basePath = Path.Combine(WarningsDir(), name);
        var mod = AstDumpReader.Read(File.ReadAllText(basePath + ".ast"));
        var warnings = Compile(mod, name + ".py", out var error);
        var sb = new StringBuilder();
        foreach (var w in warnings)
            sb.Append(w.Lineno).Append(": ").Append(w.Message).Append('\n');
        if (error != null)
            sb.Append($"{error.ExceptionType}: {error.Message} @ {error.Lineno}:{error.Offset}-{error.EndLineno}:{error.EndOffset}\n");
        Assert.Equal(File.ReadAllText(basePath + ".warnings"), sb.ToString());
    }

    static Mod Parse(string source) =>
        Sharpy.Parser.PythonParser.Parse(Encoding.UTF8.GetBytes(source), "w.py", Sharpy.Parser.ParseMode.Exec, out _, out _)!;

    // Offsets as CPython reports them when the warning is turned into an error (-W error).
    [Theory]
    [InlineData("x = 1\ny = (x is 1)\n", 2, 6, 2, 12)]
    [InlineData("f = lambda: (1)(2)\n", 1, 14, 1, 15)]
    [InlineData("y = [1, 2][3, 4]\n", 1, 5, 1, 11)]
    [InlineData("assert (0, 'm')\n", 1, 1, 1, 16)]
    [InlineData("def f():\n    try:\n        pass\n    finally:\n        return 42\n", 5, 9, 5, 18)]
    public void WarningLocation(string source, int lineno, int offset, int endLineno, int endOffset)
    {
        var warnings = Compile(Parse(source), "w.py", out var error);
        Assert.Null(error);
        var w = Assert.Single(warnings);
        Assert.Equal((lineno, offset, endLineno, endOffset), (w.Lineno, w.Offset, w.EndLineno, w.EndOffset));
    }

    [Fact]
    public void OldOverloadStillCompiles()
    {
        var co = PythonCompiler.Compile(Parse("x = 1\nx is 1\n"), "w.py", out var error);
        Assert.Null(error);
        Assert.NotNull(co);
    }
}
