namespace Sharpy.Compiler;

/// <summary>
/// A SyntaxWarning the compiler emits (_PyCompile_Warn in Python/compile.c and
/// _PyErr_EmitSyntaxWarning in Python/ast_preprocess.c), in the order CPython emits them.
/// Columns are 1-based, like a SyntaxError's offsets.
/// </summary>
public sealed class CompileWarning
{
    public string Message = "";
    public string Filename = "";
    public int Lineno, Offset, EndLineno, EndOffset;

    public override string ToString() => $"SyntaxWarning: {Message} @ {Lineno}:{Offset}-{EndLineno}:{EndOffset}";
}
