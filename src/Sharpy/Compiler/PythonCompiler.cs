using System.Collections.Generic;

namespace Sharpy.Compiler;

/// <summary>A SyntaxError (or other error) raised by the compiler or the symbol table.</summary>
public sealed class CompileError
{
    public string ExceptionType = "SyntaxError";
    public string Message = "";
    public string Filename = "";
    public int Lineno, Offset, EndLineno, EndOffset;
    /// <summary>Raised as PyErr_SetString with PyErr_RangedSyntaxLocationObject (the symbol table's and
    /// the future statements' errors): args is (msg,) and the location is set as attributes only.</summary>
    public bool LocationAsAttributes;
    /// <summary>For a UnicodeEncodeError: the str the compiler had to encode as UTF-8.</summary>
    public Sharpy.Parser.Ast.SurrogateStr? Unencodable;

    public override string ToString() => $"{ExceptionType}: {Message} @ {Lineno}:{Offset}-{EndLineno}:{EndOffset}";
}

/// <summary>The compiler's entry point: an AST to CPython 3.14's code objects (Python/compile.c).</summary>
public static class PythonCompiler
{
    public static CodeObject? Compile(Sharpy.Parser.Ast.Mod module, string filename, out CompileError? error)
        => Compile(module, filename, 0, out error, out _);

    public static CodeObject? Compile(Sharpy.Parser.Ast.Mod module, string filename, out CompileError? error,
        out List<CompileWarning> warnings) => Compile(module, filename, 0, out error, out warnings);

    /// <summary>
    /// As above at compile()'s <paramref name="optimize"/> level (0, 1 or 2), with the
    /// SyntaxWarnings the compiler emits, in CPython's order. They are returned even when
    /// compilation fails: CPython prints them before the error. <paramref name="allowTopLevelAwait"/>
    /// is compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT.
    /// </summary>
    public static CodeObject? Compile(Sharpy.Parser.Ast.Mod module, string filename, int optimize, out CompileError? error,
        out List<CompileWarning> warnings, bool allowTopLevelAwait = false)
    {
        warnings = new List<CompileWarning>();
        var future = Future.Parse(module, filename, out error);
        if (future == null) return null;
        future.AllowTopLevelAwait = allowTopLevelAwait;
        FinallyControlFlow.Check(module, filename, warnings);
        if (!Preprocess(module, filename, optimize, out error)) return null;
        var st = Symtable.Build(module, filename, future);
        if (st.Error != null)
        {
            error = st.Error;
            return null;
        }
        return Codegen.CompileModule(module, st, filename, future, optimize, out error, warnings);
    }

    /// <summary>_PyCompile_AstPreprocess: the AST rewrites before the symbol table, also what
    /// ast.parse(optimize=N) returns; false (a RecursionError) when the tree is too deep.</summary>
    public static bool Preprocess(Sharpy.Parser.Ast.Mod module, string filename, int optimize, out CompileError? error)
    {
        error = null;
        if (AstPreprocess.Run(module, optimize)) return true;
        error = new CompileError
        {
            ExceptionType = "RecursionError", Message = "maximum recursion depth exceeded during compilation", Filename = filename,
        };
        return false;
    }
}
