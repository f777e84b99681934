using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>A SyntaxError (or other error) raised by the compiler or the symbol table.</summary>
public sealed class CompileError
{
    public string ExceptionType = "SyntaxError";
    public string Message = "";
    public string Filename = "";
    public int Lineno, Offset, EndLineno, EndOffset;

    public override string ToString() => $"{ExceptionType}: {Message} @ {Lineno}:{Offset}-{EndLineno}:{EndOffset}";
}

/// <summary>The compiler's entry point: an AST to CPython 3.14's code objects (Python/compile.c).</summary>
public static class PythonCompiler
{
    public static CodeObject? Compile(Sharpy.Parser.Ast.Mod module, string filename, out CompileError? error)
        => Compile(module, filename, out error, out _);

    /// <summary>
    /// As above, with the SyntaxWarnings the compiler emits, in CPython's order. They are
    /// returned even when compilation fails: CPython prints them before the error.
    /// </summary>
    public static CodeObject? Compile(Sharpy.Parser.Ast.Mod module, string filename, out CompileError? error,
        out List<CompileWarning> warnings)
    {
        warnings = new List<CompileWarning>();
        var future = Future.Parse(module, filename, out error);
        if (future == null) return null;
        bool futureAnnotations = future.Annotations;
        FinallyControlFlow.Check(module, filename, warnings);
        if (!AstPreprocess.Run(module, optimize: 0))
        {
            error = new CompileError
            {
                ExceptionType = "RecursionError", Message = "maximum recursion depth exceeded during compilation", Filename = filename,
            };
            return null;
        }
        var st = Symtable.Build(module, filename, futureAnnotations);
        if (st.Error != null)
        {
            error = st.Error;
            return null;
        }
        return Codegen.CompileModule(module, st, filename, future, out error, warnings);
    }
}
