using System.Collections.Generic;
using System.IO;
using Sharpy.Compiler;
using Xunit;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// tests/compiler/&lt;group&gt;/NAME.ast (CPython's AST) compiled must print NAME.code
/// (CPython's code objects, from codedump.py).
/// </summary>
public class CompilerCorpusTests
{
    static string CorpusDir()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "compiler")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "tests", "compiler");
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var group in Directory.GetDirectories(CorpusDir()))
            foreach (var ast in Directory.GetFiles(group, "*.ast"))
                yield return new object[] { Path.GetFileName(group) + "/" + Path.GetFileNameWithoutExtension(ast) };
    }

    public static string CompileDump(string astText, string filename)
    {
        var mod = AstDumpReader.Read(astText);
        var co = PythonCompiler.Compile(mod, filename, out var error);
        if (error != null)
            return $"{error.ExceptionType}: {error.Message} @ {error.Lineno}:{error.Offset}-{error.EndLineno}:{error.EndOffset}";
        return CodeDump.Dump(co!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CompilesLikeCPython(string name)
    {
        string basePath = Path.Combine(CorpusDir(), name);
        string expected = File.ReadAllText(basePath + ".code").TrimEnd('\n');
        string actual = CompileDump(File.ReadAllText(basePath + ".ast"), Path.GetFileName(basePath) + ".py");
        string? dumpDir = System.Environment.GetEnvironmentVariable("SHARPY_COMPILER_ACTUAL");
        if (dumpDir != null && expected != actual)
        {
            Directory.CreateDirectory(dumpDir);
            File.WriteAllText(Path.Combine(dumpDir, name.Replace('/', '_') + ".code"), actual + "\n");
        }
        Assert.Equal(expected, actual);
    }
}
