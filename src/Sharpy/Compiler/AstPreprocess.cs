using System.Collections;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// The AST rewrites CPython 3.14 makes before the symbol table (Python/ast_preprocess.c):
/// `__debug__` becomes a constant, `"..." % (a, b)` with simple %s/%r/%a becomes an
/// f-string, constants in match patterns are folded, and at optimize level 2 docstrings are
/// dropped. The tree is rewritten
/// in place (the compiler owns its AST, as CPython's compile() owns its C copy).
/// </summary>
static class AstPreprocess
{
    /// <summary>Rewrites <paramref name="node"/>'s subtree; false when the tree is too deep for the stack.</summary>
    public static bool Run(Node node, int optimize)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            return false;
        if (node is MatchValue mv)
            mv.Value = FoldConstMatchPattern(mv.Value);
        else if (node is MatchMapping mm)
            for (int i = 0; i < mm.Keys.Count; i++)
                mm.Keys[i] = FoldConstMatchPattern(mm.Keys[i]);
        // astfold_body: -OO drops the docstring of a module, class or function.
        var body = node switch { Sharpy.Parser.Ast.Module m => m.Body, FunctionDef fd => fd.Body, AsyncFunctionDef afd => afd.Body, ClassDef cd => cd.Body, _ => null };
        bool docstring = body != null && Codegen.GetDocString(body) != null;
        if (docstring && optimize >= 2)
        {
            // A body that was only its docstring keeps a `pass` where the docstring began.
            var doc = body![0];
            if (body.Count == 1)
                body[0] = new Pass { Lineno = doc.Lineno, ColOffset = doc.ColOffset, EndLineno = doc.Lineno, EndColOffset = doc.ColOffset + 4 };
            else
                body.RemoveAt(0);
            docstring = false;
        }
        for (int f = 0; f < node.FieldNames.Length; f++)
        {
            var value = node.GetField(f);
            if (value is IList list)
            {
                for (int i = 0; i < list.Count; i++)
                    if (list[i] is Node child)
                    {
                        if (!Run(child, optimize)) return false;
                        if (child is Expr e && Rewrite(e, optimize) is Expr r)
                            list[i] = r;
                    }
            }
            else if (value is Node child)
            {
                if (!Run(child, optimize)) return false;
                if (child is Expr e && Rewrite(e, optimize) is Expr r)
                    node.SetField(f, r);
            }
        }
        // A string that has become the first statement is not a docstring: it is wrapped in an f-string.
        if (body != null && !docstring && Codegen.GetDocString(body) != null)
        {
            var st = (ExprStmt)body[0];
            st.Value = new JoinedStr
            {
                Values = [st.Value], Lineno = st.Lineno, ColOffset = st.ColOffset, EndLineno = st.EndLineno, EndColOffset = st.EndColOffset,
            };
        }
        return true;
    }

    static Expr? Rewrite(Expr e, int optimize)
    {
        switch (e)
        {
            case Name { Ctx: ExprContext.Load, Id: "__debug__" } n:
                return new Constant { Value = optimize == 0, Lineno = n.Lineno, ColOffset = n.ColOffset, EndLineno = n.EndLineno, EndColOffset = n.EndColOffset };
            case BinOp { Op: OperatorKind.Mod, Left: Constant fmt, Right: Tuple t } b when StrValue.Is(fmt.Value) && !HasStarred(t.Elts):
                return OptimizeFormat(b, StrValue.CodePoints(fmt.Value!), t.Elts);
        }
        return null;
    }

    /// <summary>fold_const_match_patterns: negative numbers and complex literals in patterns.</summary>
    static Expr FoldConstMatchPattern(Expr node)
    {
        switch (node)
        {
            case UnaryOp { Op: UnaryOpKind.USub, Operand: Constant c } u:
                if (ConstFolding.UnaryOp(c.Value, Op.UNARY_NEGATIVE, out var neg))
                    return new Constant { Value = neg, Lineno = u.Lineno, ColOffset = u.ColOffset, EndLineno = u.EndLineno, EndColOffset = u.EndColOffset };
                break;
            case BinOp { Op: OperatorKind.Add or OperatorKind.Sub, Right: Constant r } b:
                b.Left = FoldConstMatchPattern(b.Left);
                if (b.Left is Constant l
                    && ConstFolding.BinaryOp(l.Value, b.Op == OperatorKind.Add ? NbOp.ADD : NbOp.SUBTRACT, r.Value, out var folded))
                    return new Constant { Value = folded, Lineno = b.Lineno, ColOffset = b.ColOffset, EndLineno = b.EndLineno, EndColOffset = b.EndColOffset };
                break;
        }
        return node;
    }

    static bool HasStarred(List<Expr> elts)
    {
        foreach (var e in elts)
            if (e is Starred) return true;
        return false;
    }

    static Constant MakeConstant(object value) =>
        new() { Value = value, Lineno = -1, ColOffset = -1, EndLineno = -1, EndColOffset = -1 };

    /// <summary>parse_literal: the text up to the next lone '%', with '%%' unescaped.</summary>
    static Constant? ParseLiteral(int[] fmt, ref int ppos)
    {
        int start = ppos, pos = ppos;
        bool hasPercents = false;
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%') pos++;
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else break;
        }
        ppos = pos;
        if (pos == start) return null;
        var str = new List<int>(pos - start);
        for (int i = start; i < pos; i++)
        {
            str.Add(fmt[i]);
            if (hasPercents && fmt[i] == '%') i++;
        }
        return MakeConstant(StrValue.FromCodePoints(CollectionsMarshal.AsSpan(str)));
    }

    const int MaxDigits = 3;

    static bool SimpleFormatArgParse(int[] fmt, ref int ppos, out int spec, out bool ljust, ref int width, ref int prec)
    {
        int pos = ppos;
        spec = 0;
        ljust = false;
        int ch;
        bool Next(out int c)
        {
            c = 0;
            if (pos >= fmt.Length) return false;
            c = fmt[pos++];
            return true;
        }
        while (true)
        {
            if (!Next(out ch)) return false;
            if (ch == '-') { ljust = true; continue; }
            if (ch is '+' or ' ' or '#' or '0') continue;
            break;
        }
        if (ch is >= '0' and <= '9')
        {
            width = 0;
            int digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = width * 10 + (ch - '0');
                if (!Next(out ch)) return false;
                if (++digits >= MaxDigits) return false;
            }
        }
        if (ch == '.')
        {
            if (!Next(out ch)) return false;
            prec = 0;
            if (ch is >= '0' and <= '9')
            {
                int digits = 0;
                while (ch is >= '0' and <= '9')
                {
                    prec = prec * 10 + (ch - '0');
                    if (!Next(out ch)) return false;
                    if (++digits >= MaxDigits) return false;
                }
            }
        }
        spec = ch;
        ppos = pos;
        return true;
    }

    static Expr? ParseFormat(int[] fmt, ref int ppos, Expr arg)
    {
        int width = -1, prec = -1;
        if (!SimpleFormatArgParse(fmt, ref ppos, out int spec, out bool ljust, ref width, ref prec))
            return null;
        if (spec is not ('s' or 'r' or 'a'))
            return null;
        var buf = new StringBuilder();
        if (!ljust && width > 0) buf.Append('>');
        if (width >= 0) buf.Append(width);
        if (prec >= 0) buf.Append('.').Append(prec);
        return new FormattedValue
        {
            Value = arg, Conversion = spec, FormatSpec = buf.Length > 0 ? MakeConstant(buf.ToString()) : null,
            Lineno = arg.Lineno, ColOffset = arg.ColOffset, EndLineno = arg.EndLineno, EndColOffset = arg.EndColOffset,
        };
    }

    static Expr? OptimizeFormat(BinOp node, int[] fmt, List<Expr> elts)
    {
        int pos = 0, cnt = 0;
        var seq = new List<Expr>();
        while (true)
        {
            var lit = ParseLiteral(fmt, ref pos);
            if (lit != null) seq.Add(lit);
            if (pos >= fmt.Length) break;
            if (cnt >= elts.Count) return null;
            pos++;
            var expr = ParseFormat(fmt, ref pos, elts[cnt]);
            cnt++;
            if (expr == null) return null;
            seq.Add(expr);
        }
        if (cnt < elts.Count) return null;
        return new JoinedStr
        {
            Values = seq, Lineno = node.Lineno, ColOffset = node.ColOffset, EndLineno = node.EndLineno, EndColOffset = node.EndColOffset,
        };
    }
}
