using System.Collections.Generic;
using Sharpy.Compiler;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Tests.Compiler;

/// <summary>
/// What the fuzz tests require of the compiler: a parsed tree goes through the symbol table,
/// codegen, the flowgraph and the assembler and ends as a code object (made into the runtime's
/// `code` object, constants and all), or as an error of a kind compile() raises. A .NET
/// exception thrown out of it is a host crash.
/// </summary>
public static class FuzzCompile
{
    /// <summary>
    /// compile()'s errors. SystemError included: CPython's compiler raises it where its symbol
    /// table and codegen disagree (compiler_lookup_arg for a `__classdict__` or `__class__` that
    /// an annotation scope captures), and Sharpy raises the same one at the same place.
    /// </summary>
    static readonly HashSet<string> Allowed = new()
    {
        "SyntaxError", "IndentationError", "TabError", "RecursionError", "UnicodeEncodeError", "MemoryError",
        "OverflowError", "ValueError", "SystemError",
    };

    /// <summary>Null when the tree compiled or failed as compile() may; else what went wrong.
    /// <paramref name="errorType"/> is the exception type of a failed compilation.</summary>
    public static string? Check(Sharpy.Parser.Ast.Mod tree, int optimize, out string? errorType)
    {
        errorType = null;
        var co = PythonCompiler.Compile(tree, "<fuzz>", optimize, out var err, out _);
        if (co != null)
        {
            if (err != null) return $"a code object and an error ({err})";
            var code = new PyCode(co);
            Py.DECREF(code);
            return null;
        }
        if (err == null) return "neither a code object nor an error";
        errorType = err.ExceptionType;
        if (!Allowed.Contains(err.ExceptionType)) return $"unexpected {err}";
        if (err.ExceptionType == "UnicodeEncodeError")
            return err.Unencodable == null ? "UnicodeEncodeError without the str to encode" : null;
        if (err.Message.Length == 0) return $"{err.ExceptionType} without a message";
        return null;
    }
}
