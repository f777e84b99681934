using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// PEP 765: `return`, `break` and `continue` that leave a `finally` block draw a
/// SyntaxWarning during AST preprocessing (Python/ast_preprocess.c). Only the innermost
/// context counts: a function body or loop body nested in the `finally` hides it.
/// </summary>
static class FinallyControlFlow
{
    enum Ctx { Finally, FuncDef, Loop }

    public static void Check(Mod mod, string filename, List<CompileWarning> warnings)
    {
        var stack = new List<Ctx>();
        switch (mod)
        {
            case Module m: Stmts(m.Body, stack, filename, warnings); break;
            case Interactive i: Stmts(i.Body, stack, filename, warnings); break;
        }
    }

    static void Stmts(List<Stmt> body, List<Ctx> stack, string filename, List<CompileWarning> w)
    {
        foreach (var s in body)
            if (!Stmt(s, stack, filename, w)) return;
    }

    static void In(Ctx ctx, List<Stmt> body, List<Ctx> stack, string filename, List<CompileWarning> w)
    {
        stack.Add(ctx);
        Stmts(body, stack, filename, w);
        stack.RemoveAt(stack.Count - 1);
    }

    /// <summary>Visits one statement; false when the tree is too deep to go on.</summary>
    static bool Stmt(Stmt s, List<Ctx> stack, string filename, List<CompileWarning> w)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return false;
        switch (s)
        {
            case FunctionDef f: In(Ctx.FuncDef, f.Body, stack, filename, w); break;
            case AsyncFunctionDef f: In(Ctx.FuncDef, f.Body, stack, filename, w); break;
            case ClassDef c: Stmts(c.Body, stack, filename, w); break;
            case For f: In(Ctx.Loop, f.Body, stack, filename, w); Stmts(f.Orelse, stack, filename, w); break;
            case AsyncFor f: In(Ctx.Loop, f.Body, stack, filename, w); Stmts(f.Orelse, stack, filename, w); break;
            case While wh: In(Ctx.Loop, wh.Body, stack, filename, w); Stmts(wh.Orelse, stack, filename, w); break;
            case If i: Stmts(i.Body, stack, filename, w); Stmts(i.Orelse, stack, filename, w); break;
            case With wi: Stmts(wi.Body, stack, filename, w); break;
            case AsyncWith wi: Stmts(wi.Body, stack, filename, w); break;
            case Try t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, stack, filename, w); break;
            case TryStar t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, stack, filename, w); break;
            case Match m:
                foreach (var c in m.Cases) Stmts(c.Body, stack, filename, w);
                break;
            case Return r:
                if (stack.Count > 0 && stack[^1] == Ctx.Finally) Add("return", r, filename, w);
                break;
            case Break b:
                if (stack.Count > 0 && stack[^1] == Ctx.Finally) Add("break", b, filename, w);
                break;
            case Continue c:
                if (stack.Count > 0 && stack[^1] == Ctx.Finally) Add("continue", c, filename, w);
                break;
        }
        return true;
    }

    static void TryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
        List<Ctx> stack, string filename, List<CompileWarning> w)
    {
        Stmts(body, stack, filename, w);
        foreach (var h in handlers) Stmts(h.Body, stack, filename, w);
        Stmts(orelse, stack, filename, w);
        In(Ctx.Finally, finalbody, stack, filename, w);
    }

    static void Add(string kw, Stmt n, string filename, List<CompileWarning> w) => w.Add(new CompileWarning
    {
        Message = $"'{kw}' in a 'finally' block", Filename = filename,
        Lineno = n.Lineno, Offset = n.ColOffset + 1, EndLineno = n.EndLineno, EndOffset = n.EndColOffset + 1,
    });
}
