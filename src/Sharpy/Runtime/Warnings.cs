using Sharpy.Objects;
using Sharpy.Parser;

namespace Sharpy.Runtime;

/// <summary>
/// Warnings raised by the runtime itself (Python/_warnings.c). Until the `warnings` module
/// runs, a warning is printed in CPython's default format: "file:line: Category: message"
/// and the source line.
/// </summary>
public static class Warnings
{
    public static int EmitSyntaxWarnings(ParseDiagnostics diagnostics)
    {
        foreach (var w in diagnostics.Warnings)
            Emit(PyExc.SyntaxWarning, w.Message, w.Filename, w.Lineno);
        return 0;
    }

    /// <summary>The compiler's SyntaxWarnings (ast_preprocess.c and codegen.c), each printed as CPython prints it.</summary>
    public static int EmitCompileWarnings(System.Collections.Generic.List<Sharpy.Compiler.CompileWarning> warnings)
    {
        foreach (var w in warnings)
            Emit(PyExc.SyntaxWarning, w.Message, w.Filename, w.Lineno);
        return 0;
    }

    public static void Emit(PyType category, string message, string filename, int lineno)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(filename).Append(':').Append(lineno).Append(": ").Append(category.Name).Append(": ").Append(message).Append('\n');
        var line = SourceLines.Get(filename, lineno);
        if (line != null && line.Trim().Length > 0) sb.Append("  ").Append(line.Trim()).Append('\n');
        var err = Sharpy.Modules.SysModule.Stderr;
        if (err != null) { err.Write(sb.ToString()); err.Flush(); }
        else System.Console.Error.Write(sb.ToString());
    }
}
