using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sharpy.Parser;
using Xunit;

namespace Sharpy.Tests.Parser;

/// <summary>Each case of tests/parser/modes/*.json (mode, type_comments, source) must give what
/// CPython 3.14's ast.parse gave (tests/parser/modes/refresh.py wrote it into "expected").</summary>
public class ModeTests
{
    static string ModesDir()
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "parser")))
            dir = dir.Parent;
        return Path.Combine(dir!.FullName, "tests", "parser", "modes");
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (var f in Directory.GetFiles(ModesDir(), "*.json"))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(f));
            int i = 0;
            foreach (var _ in doc.RootElement.EnumerateArray())
                yield return new object[] { Path.GetFileName(f), i++ };
        }
    }

    static ParseMode Mode(string name) => name switch
    {
        "exec" => ParseMode.Exec,
        "eval" => ParseMode.Eval,
        "single" => ParseMode.Single,
        _ => ParseMode.FuncType,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string file, int index)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ModesDir(), file)));
        var c = doc.RootElement[index];
        string source = c.GetProperty("source").GetString()!;
        var tree = PythonParser.ParseString(source, "<unknown>", Mode(c.GetProperty("mode").GetString()!),
            c.GetProperty("type_comments").GetBoolean() ? ParseFlags.TypeComments : ParseFlags.None, out var error);
        string actual = tree == null ? error!.ToString() : AstDump.Dump(tree);
        Assert.Equal(c.GetProperty("expected").GetString(), actual);
    }

    [Fact]
    public void TypeCommentsOffByDefault()
    {
        var tree = PythonParser.ParseString("x = 1  # type: int  # type: ignore\n", "<unknown>", ParseMode.Exec, out var error);
        Assert.Null(error);
        var m = Assert.IsType<Sharpy.Parser.Ast.Module>(tree);
        Assert.Empty(m.TypeIgnores);
        Assert.Null(Assert.IsType<Sharpy.Parser.Ast.Assign>(m.Body[0]).TypeComment);
    }
}
