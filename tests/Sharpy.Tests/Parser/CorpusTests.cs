using System.Collections.Generic;
using System.IO;
using Sharpy.Parser;
using Xunit;

namespace Sharpy.Tests.Parser;

/// <summary>Each tests/parser/{slice,errors}/X.py must dump exactly as X.ast, which CPython 3.14's
/// astdump.py produced.</summary>
public class CorpusTests
{
    static string CorpusDir(string name)
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "parser")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "tests", "parser", name);
    }

    public static IEnumerable<object[]> Files(string corpus)
    {
        foreach (var f in Directory.GetFiles(CorpusDir(corpus), "*.py"))
            yield return new object[] { Path.GetFileName(f) };
    }

    public static IEnumerable<object[]> SliceFiles() => Files("slice");
    public static IEnumerable<object[]> ErrorFiles() => Files("errors");

    static void Check(string corpus, string file)
    {
        string py = Path.Combine(CorpusDir(corpus), file);
        string expected = File.ReadAllText(Path.ChangeExtension(py, ".ast")).TrimEnd('\n');
        string actual = RunWithBigStack(() => AstDump.DumpFile(py));
        Assert.Equal(expected, actual);
    }

    static string RunWithBigStack(System.Func<string> f)
    {
        string result = "";
        var t = new System.Threading.Thread(() => result = f(), 64 * 1024 * 1024);
        t.Start();
        t.Join();
        return result;
    }

    [Theory]
    [MemberData(nameof(SliceFiles))]
    public void Slice(string file) => Check("slice", file);

    [Theory]
    [MemberData(nameof(ErrorFiles))]
    public void Errors(string file) => Check("errors", file);
}
