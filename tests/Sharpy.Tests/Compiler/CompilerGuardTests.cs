using Sharpy.Compiler;
using Sharpy.Parser.Ast;
using Xunit;
using Assert = Xunit.Assert;

namespace Sharpy.Tests.Compiler;

public class CompilerGuardTests
{
    [Fact]
    public void DeepExpressionIsARecursionErrorNotACrash()
    {
        Expr e = new Name { Id = "x", Lineno = 1, EndLineno = 1, ColOffset = 0, EndColOffset = 1 };
        for (int i = 0; i < 200_000; i++)
            e = new UnaryOp { Op = UnaryOpKind.USub, Operand = e, Lineno = 1, EndLineno = 1, ColOffset = 0, EndColOffset = 1 };
        var module = new Module();
        module.Body.Add(new ExprStmt { Value = e, Lineno = 1, EndLineno = 1, ColOffset = 0, EndColOffset = 1 });
        var co = PythonCompiler.Compile(module, "deep.py", out var error);
        Assert.Null(co);
        Assert.Equal("RecursionError", error!.ExceptionType);
    }
}
