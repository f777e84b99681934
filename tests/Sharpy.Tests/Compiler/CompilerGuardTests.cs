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

    /// <summary>
    /// A class that assigns `__classdict__` and holds a generic class: the type-parameter scope
    /// loads `__classdict__` as a free variable the symbol table did not give it, and its code
    /// object has a free-variable slot without a name. CPython's compiler reads the empty slot
    /// (a SystemError, or worse); found by the compiler fuzz, it crashed Sharpy's.
    /// </summary>
    [Fact]
    public void UnnamedFreeVariableIsASystemErrorNotACrash()
    {
        var src = "class NodeFilter:\n    __classdict__ = 2\n    class _C[_T]:\n        pass\n"u8.ToArray();
        var tree = Sharpy.Parser.PythonParser.Parse(src, "fuzz.py", Sharpy.Parser.ParseMode.Exec, out var perr);
        Assert.NotNull(tree);
        var co = PythonCompiler.Compile(tree!, "fuzz.py", out var error);
        Assert.Null(co);
        Assert.Equal("SystemError", error!.ExceptionType);
        Assert.StartsWith("_PyST_GetScope(name=<NULL>) failed", error.Message);
    }
}
