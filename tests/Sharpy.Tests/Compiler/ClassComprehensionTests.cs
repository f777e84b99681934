using System.Linq;
using System.Text;
using Sharpy.Compiler;
using Sharpy.Parser;
using Xunit;
using Assert = Xunit.Assert;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// Comprehensions inlined into a class body whose nested scopes use the class's implicit cells
/// (CPython gh-145701, gh-150700). CPython 3.14.2, the case reference, raises SystemError on
/// these; 3.14.7 compiles them, so they are pinned here rather than as cases.
/// </summary>
public class ClassComprehensionTests
{
    static CodeObject CompileClassBody(string source)
    {
        var tree = PythonParser.Parse(Encoding.UTF8.GetBytes(source), "c.py", ParseMode.Exec, out var perr)!;
        Assert.Null(perr);
        var co = PythonCompiler.Compile(tree, "c.py", out var error);
        Assert.Null(error);
        return co!.Consts.OfType<CodeObject>().Single();
    }

    [Theory]
    [InlineData("class C:\n    res = [lambda: __class__ for _ in [1]]\n", "__class__")]
    [InlineData("class C:\n    res = [(lambda: __classdict__)() for _ in [1]]\n", "__classdict__")]
    [InlineData("class C:\n    fs = {n: (lambda: (__class__, n)) for n in 'ab'}\n", "__class__")]
    public void LambdaInComprehensionGetsTheClassCell(string source, string cell)
    {
        var body = CompileClassBody(source);
        Assert.Contains(cell, body.CellVars);
    }

    [Theory]
    [InlineData("class C: [__classdict__ for x in y]\n", "__classdict__")]
    [InlineData("class C: [__conditional_annotations__ for x in y]\n", "__conditional_annotations__")]
    [InlineData("class C: [__class__ for x in y]\n", "__class__")]
    public void UsedDirectlyTheNameIsAGlobal(string source, string name)
    {
        var body = CompileClassBody(source);
        Assert.Empty(body.CellVars);
        Assert.Contains(name, body.Names);
    }
}
