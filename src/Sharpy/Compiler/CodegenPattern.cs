using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Structural pattern matching (PEP 634).</summary>
sealed partial class Codegen
{
    void MatchStmt(Match s)
    {
        SetError("match statements are not supported by this compiler yet", Loc(s));
    }
}
