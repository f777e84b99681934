using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using Sharpy.Objects;
using Sharpy.Parser.Ast;
using Sharpy.Runtime;

namespace Sharpy.Modules.Ast;

/// <summary>
/// _PyAST_Validate (Python/ast.c): the checks compile() makes on a tree built from `ast`
/// objects before compiling it, with CPython's exceptions and messages. The parser never
/// makes a tree that fails them; a hand-built one that skipped them would reach the
/// compiler with shapes it assumes away.
/// </summary>
static class AstValidate
{
    /// <summary>False with the error set when the tree is not one the compiler accepts.</summary>
    public static bool Module(Mod mod) => mod switch
    {
        Sharpy.Parser.Ast.Module m => Stmts(m.Body),
        Interactive i => Stmts(i.Body),
        Expression e => Expr(e.Body, ExprContext.Load),
        FunctionType f => Exprs(f.Argtypes, ExprContext.Load, nullOk: false) && Expr(f.Returns, ExprContext.Load),
        _ => Fail(PyExc.SystemError, "impossible module node"),
    };

    static bool Fail(PyType type, string msg)
    {
        Errors.SetString(type, msg);
        return false;
    }

    static bool EnterRecursive()
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack()) return true;
        return Fail(PyExc.RecursionError, "maximum recursion depth exceeded during compilation");
    }

    static bool Positions(LocatedNode node)
    {
        if (node.Lineno > node.EndLineno)
            return Fail(PyExc.ValueError, $"AST node line range ({node.Lineno}, {node.EndLineno}) is not valid");
        if ((node.Lineno < 0 && node.EndLineno != node.Lineno) || (node.ColOffset < 0 && node.ColOffset != node.EndColOffset))
            return Fail(PyExc.ValueError,
                $"AST node column range ({node.ColOffset}, {node.EndColOffset}) for line range ({node.Lineno}, {node.EndLineno}) is not valid");
        if (node.Lineno == node.EndLineno && node.ColOffset > node.EndColOffset)
            return Fail(PyExc.ValueError, $"line {node.Lineno}, column {node.ColOffset}-{node.EndColOffset} is not a valid range");
        return true;
    }

    static bool Name(string name)
    {
        if (name is "None" or "True" or "False")
            return Fail(PyExc.ValueError, $"identifier field can't represent '{name}' constant");
        return true;
    }

    static bool Comprehension(List<Comprehension> gens)
    {
        if (gens.Count == 0) return Fail(PyExc.ValueError, "comprehension with no generators");
        foreach (var comp in gens)
            if (!Expr(comp.Target, ExprContext.Store) || !Expr(comp.Iter, ExprContext.Load) || !Exprs(comp.Ifs, ExprContext.Load, false))
                return false;
        return true;
    }

    static bool Keywords(List<Keyword> keywords)
    {
        foreach (var k in keywords)
            if (!Expr(k.Value, ExprContext.Load)) return false;
        return true;
    }

    static bool Args(List<Arg> args)
    {
        foreach (var a in args)
        {
            if (!Positions(a)) return false;
            if (a.Annotation != null && !Expr(a.Annotation, ExprContext.Load)) return false;
        }
        return true;
    }

    static bool Arguments(Arguments args)
    {
        if (!Args(args.Posonlyargs) || !Args(args.Args)) return false;
        if (args.Vararg?.Annotation is { } va && !Expr(va, ExprContext.Load)) return false;
        if (!Args(args.Kwonlyargs)) return false;
        if (args.Kwarg?.Annotation is { } ka && !Expr(ka, ExprContext.Load)) return false;
        if (args.Defaults.Count > args.Posonlyargs.Count + args.Args.Count)
            return Fail(PyExc.ValueError, "more positional defaults than args on arguments");
        if (args.KwDefaults.Count != args.Kwonlyargs.Count)
            return Fail(PyExc.ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
        return Exprs(args.Defaults, ExprContext.Load, false) && Exprs(args.KwDefaults, ExprContext.Load, true);
    }

    static bool Expr(Expr exp, ExprContext ctx)
    {
        if (!Positions(exp) || !EnterRecursive()) return false;
        ExprContext? actual = exp switch
        {
            Attribute a => a.Ctx,
            Subscript s => s.Ctx,
            Starred s => s.Ctx,
            Sharpy.Parser.Ast.Name n => n.Ctx,
            List l => l.Ctx,
            Tuple t => t.Ctx,
            _ => null,
        };
        if (exp is Sharpy.Parser.Ast.Name nm && !Name(nm.Id)) return false;
        if (actual == null && ctx != ExprContext.Load)
            return Fail(PyExc.ValueError, $"expression which can't be assigned to in {ctx} context");
        if (actual != null && actual != ctx)
            return Fail(PyExc.ValueError, $"expression must have {ctx} context but has {actual} instead");
        switch (exp)
        {
            case BoolOp b:
                if (b.Values.Count < 2) return Fail(PyExc.ValueError, "BoolOp with less than 2 values");
                return Exprs(b.Values, ExprContext.Load, false);
            case BinOp b: return Expr(b.Left, ExprContext.Load) && Expr(b.Right, ExprContext.Load);
            case UnaryOp u: return Expr(u.Operand, ExprContext.Load);
            case Lambda l: return Arguments(l.Args) && Expr(l.Body, ExprContext.Load);
            case IfExp i: return Expr(i.Test, ExprContext.Load) && Expr(i.Body, ExprContext.Load) && Expr(i.Orelse, ExprContext.Load);
            case Dict d:
                if (d.Keys.Count != d.Values.Count)
                    return Fail(PyExc.ValueError, "Dict doesn't have the same number of keys as values");
                // A None key is `**mapping` in a display.
                return Exprs(d.Keys, ExprContext.Load, true) && Exprs(d.Values, ExprContext.Load, false);
            case Set s: return Exprs(s.Elts, ExprContext.Load, false);
            case ListComp c: return Comprehension(c.Generators) && Expr(c.Elt, ExprContext.Load);
            case SetComp c: return Comprehension(c.Generators) && Expr(c.Elt, ExprContext.Load);
            case GeneratorExp c: return Comprehension(c.Generators) && Expr(c.Elt, ExprContext.Load);
            case DictComp c: return Comprehension(c.Generators) && Expr(c.Key, ExprContext.Load) && Expr(c.Value, ExprContext.Load);
            case Yield y: return y.Value == null || Expr(y.Value, ExprContext.Load);
            case YieldFrom y: return Expr(y.Value, ExprContext.Load);
            case Await a: return Expr(a.Value, ExprContext.Load);
            case Compare c:
                if (c.Comparators.Count == 0) return Fail(PyExc.ValueError, "Compare with no comparators");
                if (c.Comparators.Count != c.Ops.Count)
                    return Fail(PyExc.ValueError, "Compare has a different number of comparators and operands");
                return Exprs(c.Comparators, ExprContext.Load, false) && Expr(c.Left, ExprContext.Load);
            case Call c: return Expr(c.Func, ExprContext.Load) && Exprs(c.Args, ExprContext.Load, false) && Keywords(c.Keywords);
            case Constant:
                // ObjectToAst admits only the constant types validate_constant allows.
                return true;
            case JoinedStr j: return Exprs(j.Values, ExprContext.Load, false);
            case TemplateStr t: return Exprs(t.Values, ExprContext.Load, false);
            case FormattedValue f: return Expr(f.Value, ExprContext.Load) && (f.FormatSpec == null || Expr(f.FormatSpec, ExprContext.Load));
            case Interpolation i: return Expr(i.Value, ExprContext.Load) && (i.FormatSpec == null || Expr(i.FormatSpec, ExprContext.Load));
            case Attribute a: return Expr(a.Value, ExprContext.Load);
            case Subscript s: return Expr(s.Slice, ExprContext.Load) && Expr(s.Value, ExprContext.Load);
            case Starred s: return Expr(s.Value, ctx);
            case Slice s:
                return (s.Lower == null || Expr(s.Lower, ExprContext.Load)) && (s.Upper == null || Expr(s.Upper, ExprContext.Load))
                    && (s.Step == null || Expr(s.Step, ExprContext.Load));
            case List l: return Exprs(l.Elts, ctx, false);
            case Tuple t: return Exprs(t.Elts, ctx, false);
            case NamedExpr n:
                if (n.Target is not Sharpy.Parser.Ast.Name) return Fail(PyExc.TypeError, "NamedExpr target must be a Name");
                return Expr(n.Value, ExprContext.Load);
            case Sharpy.Parser.Ast.Name: return true;
        }
        return Fail(PyExc.SystemError, "unexpected expression");
    }

    static bool LiteralNumber(Expr exp, bool real, bool imaginary) =>
        exp is Constant c && ((real && c.Value is long or BigInteger or double) || (imaginary && c.Value is Complex));

    static bool LiteralNegative(Expr exp, bool real, bool imaginary) =>
        exp is UnaryOp { Op: UnaryOpKind.USub } u && LiteralNumber(u.Operand, real, imaginary);

    static bool LiteralComplex(BinOp b)
    {
        if (b.Op is not (OperatorKind.Add or OperatorKind.Sub)) return false;
        bool left = b.Left switch
        {
            Constant => LiteralNumber(b.Left, true, false),
            UnaryOp => LiteralNegative(b.Left, true, false),
            _ => false,
        };
        return left && LiteralNumber(b.Right, false, true);
    }

    static bool PatternMatchValue(Expr exp)
    {
        if (!Expr(exp, ExprContext.Load)) return false;
        switch (exp)
        {
            case Constant c:
                // True, False and None are MatchSingleton's; Ellipsis and tuples are no literals.
                if (c.Value is long or BigInteger or double or Complex or byte[] or string or SurrogateStr) return true;
                return Fail(PyExc.ValueError, "unexpected constant inside of a literal pattern");
            case Attribute:
                return true;
            case UnaryOp when LiteralNegative(exp, true, true):
                return true;
            case BinOp b when LiteralComplex(b):
                return true;
            case JoinedStr:
            case TemplateStr:
                // Rejected by the compiler.
                return true;
        }
        return Fail(PyExc.ValueError, "patterns may only match literals and attribute lookups");
    }

    static bool Capture(string name)
    {
        if (name == "_") return Fail(PyExc.ValueError, "can't capture name '_' in patterns");
        return Name(name);
    }

    static bool Pattern(Pattern p, bool starOk)
    {
        if (!Positions(p) || !EnterRecursive()) return false;
        switch (p)
        {
            case MatchValue v:
                return PatternMatchValue(v.Value);
            case MatchSingleton s:
                if (s.Value is null or bool) return true;
                return Fail(PyExc.ValueError, "MatchSingleton can only contain True, False and None");
            case MatchSequence s:
                return Patterns(s.Patterns, starOk: true);
            case MatchMapping m:
                if (m.Keys.Count != m.Patterns.Count)
                    return Fail(PyExc.ValueError, "MatchMapping doesn't have the same number of keys as patterns");
                if (m.Rest != null && !Capture(m.Rest)) return false;
                foreach (var key in m.Keys)
                {
                    // None, True and False are valid keys, though not valid match values.
                    if (key is Constant { Value: null or bool }) continue;
                    if (!PatternMatchValue(key)) return false;
                }
                return Patterns(m.Patterns, starOk: false);
            case MatchClass c:
                if (c.KwdAttrs.Count != c.KwdPatterns.Count)
                    return Fail(PyExc.ValueError, "MatchClass doesn't have the same number of keyword attributes as patterns");
                if (!Expr(c.Cls, ExprContext.Load)) return false;
                var cls = c.Cls;
                while (cls is Attribute a) cls = a.Value;
                if (cls is not Sharpy.Parser.Ast.Name)
                    return Fail(PyExc.ValueError, "MatchClass cls field can only contain Name or Attribute nodes.");
                foreach (var attr in c.KwdAttrs)
                    if (!Name(attr)) return false;
                return Patterns(c.Patterns, starOk: false) && Patterns(c.KwdPatterns, starOk: false);
            case MatchStar s:
                if (!starOk) return Fail(PyExc.ValueError, "can't use MatchStar here");
                return s.Name == null || Capture(s.Name);
            case MatchAs a:
                if (a.Name != null && !Capture(a.Name)) return false;
                if (a.Pattern == null) return true;
                if (a.Name == null) return Fail(PyExc.ValueError, "MatchAs must specify a target name if a pattern is given");
                return Pattern(a.Pattern, starOk: false);
            case MatchOr o:
                if (o.Patterns.Count < 2) return Fail(PyExc.ValueError, "MatchOr requires at least 2 patterns");
                return Patterns(o.Patterns, starOk: false);
        }
        return Fail(PyExc.SystemError, "unexpected pattern");
    }

    static bool NonEmpty<T>(List<T> seq, string what, string owner)
    {
        if (seq.Count > 0) return true;
        return Fail(PyExc.ValueError, $"empty {what} on {owner}");
    }

    static bool AssignList(List<Expr> targets, ExprContext ctx) =>
        NonEmpty(targets, "targets", ctx == ExprContext.Del ? "Delete" : "Assign") && Exprs(targets, ctx, false);

    static bool Body(List<Stmt> body, string owner) => NonEmpty(body, "body", owner) && Stmts(body);

    static bool WithItems(List<WithItem> items, string owner)
    {
        if (!NonEmpty(items, "items", owner)) return false;
        foreach (var item in items)
            if (!Expr(item.ContextExpr, ExprContext.Load) || (item.OptionalVars != null && !Expr(item.OptionalVars, ExprContext.Store)))
                return false;
        return true;
    }

    static bool TryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, string owner)
    {
        if (!Body(body, owner)) return false;
        if (handlers.Count == 0 && finalbody.Count == 0)
            return Fail(PyExc.ValueError, $"{owner} has neither except handlers nor finalbody");
        if (handlers.Count == 0 && orelse.Count > 0)
            return Fail(PyExc.ValueError, $"{owner} has orelse but no except handlers");
        foreach (var h in handlers)
        {
            if (owner == "Try" && !Positions(h)) return false;
            if ((h.Type != null && !Expr(h.Type, ExprContext.Load)) || !Body(h.Body, "ExceptHandler")) return false;
        }
        return Stmts(finalbody) && Stmts(orelse);
    }

    static bool FunctionParts(List<Stmt> body, string owner, List<TypeParam> typeParams, Arguments args, List<Expr> decorators, Expr? returns) =>
        Body(body, owner) && TypeParams(typeParams) && Arguments(args) && Exprs(decorators, ExprContext.Load, false)
        && (returns == null || Expr(returns, ExprContext.Load));

    static bool Stmt(Stmt stmt)
    {
        if (!Positions(stmt) || !EnterRecursive()) return false;
        switch (stmt)
        {
            case FunctionDef f: return FunctionParts(f.Body, "FunctionDef", f.TypeParams, f.Args, f.DecoratorList, f.Returns);
            case AsyncFunctionDef f: return FunctionParts(f.Body, "AsyncFunctionDef", f.TypeParams, f.Args, f.DecoratorList, f.Returns);
            case ClassDef c:
                return Body(c.Body, "ClassDef") && TypeParams(c.TypeParams) && Exprs(c.Bases, ExprContext.Load, false)
                    && Keywords(c.Keywords) && Exprs(c.DecoratorList, ExprContext.Load, false);
            case Return r: return r.Value == null || Expr(r.Value, ExprContext.Load);
            case Delete d: return AssignList(d.Targets, ExprContext.Del);
            case Assign a: return AssignList(a.Targets, ExprContext.Store) && Expr(a.Value, ExprContext.Load);
            case AugAssign a: return Expr(a.Target, ExprContext.Store) && Expr(a.Value, ExprContext.Load);
            case AnnAssign a:
                if (a.Target is not Sharpy.Parser.Ast.Name && a.Simple != 0)
                    return Fail(PyExc.TypeError, "AnnAssign with simple non-Name target");
                return Expr(a.Target, ExprContext.Store) && (a.Value == null || Expr(a.Value, ExprContext.Load))
                    && Expr(a.Annotation, ExprContext.Load);
            case TypeAlias t:
                if (t.Name is not Sharpy.Parser.Ast.Name) return Fail(PyExc.TypeError, "TypeAlias with non-Name name");
                return Expr(t.Name, ExprContext.Store) && TypeParams(t.TypeParams) && Expr(t.Value, ExprContext.Load);
            case For f: return Expr(f.Target, ExprContext.Store) && Expr(f.Iter, ExprContext.Load) && Body(f.Body, "For") && Stmts(f.Orelse);
            case AsyncFor f:
                return Expr(f.Target, ExprContext.Store) && Expr(f.Iter, ExprContext.Load) && Body(f.Body, "AsyncFor") && Stmts(f.Orelse);
            case While w: return Expr(w.Test, ExprContext.Load) && Body(w.Body, "While") && Stmts(w.Orelse);
            case If i: return Expr(i.Test, ExprContext.Load) && Body(i.Body, "If") && Stmts(i.Orelse);
            case With w: return WithItems(w.Items, "With") && Body(w.Body, "With");
            case AsyncWith w: return WithItems(w.Items, "AsyncWith") && Body(w.Body, "AsyncWith");
            case Match m:
                if (!Expr(m.Subject, ExprContext.Load) || !NonEmpty(m.Cases, "cases", "Match")) return false;
                foreach (var c in m.Cases)
                    if (!Pattern(c.Pattern, starOk: false) || (c.Guard != null && !Expr(c.Guard, ExprContext.Load)) || !Body(c.Body, "match_case"))
                        return false;
                return true;
            case Sharpy.Parser.Ast.Raise r:
                if (r.Exc != null) return Expr(r.Exc, ExprContext.Load) && (r.Cause == null || Expr(r.Cause, ExprContext.Load));
                if (r.Cause != null) return Fail(PyExc.ValueError, "Raise with cause but no exception");
                return true;
            case Try t: return TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, "Try");
            case TryStar t: return TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody, "TryStar");
            case Assert a: return Expr(a.Test, ExprContext.Load) && (a.Msg == null || Expr(a.Msg, ExprContext.Load));
            case Sharpy.Parser.Ast.Import i: return NonEmpty(i.Names, "names", "Import");
            case ImportFrom i:
                if (i.Level < 0) return Fail(PyExc.ValueError, "Negative ImportFrom level");
                return NonEmpty(i.Names, "names", "ImportFrom");
            case Global g: return NonEmpty(g.Names, "names", "Global");
            case Nonlocal n: return NonEmpty(n.Names, "names", "Nonlocal");
            case ExprStmt e: return Expr(e.Value, ExprContext.Load);
            case Pass or Break or Continue: return true;
        }
        return Fail(PyExc.SystemError, "unexpected statement");
    }

    static bool Stmts(List<Stmt> seq)
    {
        foreach (var s in seq)
        {
            if (s == null) return Fail(PyExc.ValueError, "None disallowed in statement list");
            if (!Stmt(s)) return false;
        }
        return true;
    }

    static bool Exprs(List<Expr> exprs, ExprContext ctx, bool nullOk)
    {
        foreach (var e in exprs)
        {
            if (e == null)
            {
                if (!nullOk) return Fail(PyExc.ValueError, "None disallowed in expression list");
                continue;
            }
            if (!Expr(e, ctx)) return false;
        }
        return true;
    }

    static bool Patterns(List<Pattern> patterns, bool starOk)
    {
        foreach (var p in patterns)
            if (!Pattern(p, starOk)) return false;
        return true;
    }

    static bool TypeParams(List<TypeParam> tps)
    {
        foreach (var tp in tps)
        {
            if (tp == null) continue;
            if (!Positions(tp)) return false;
            bool ok = tp switch
            {
                TypeVar v => Name(v.Name) && (v.Bound == null || Expr(v.Bound, ExprContext.Load))
                    && (v.DefaultValue == null || Expr(v.DefaultValue, ExprContext.Load)),
                ParamSpec p => Name(p.Name) && (p.DefaultValue == null || Expr(p.DefaultValue, ExprContext.Load)),
                TypeVarTuple t => Name(t.Name) && (t.DefaultValue == null || Expr(t.DefaultValue, ExprContext.Load)),
                _ => Fail(PyExc.SystemError, "unexpected type parameter"),
            };
            if (!ok) return false;
        }
        return true;
    }
}
