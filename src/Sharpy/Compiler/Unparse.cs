using System.Collections.Generic;
using System.Text;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// Expression to source text, for annotations under `from __future__ import annotations`
/// (Python/ast_unparse.c: the same precedences and spacing).
/// </summary>
static class Unparse
{
    const int PR_TUPLE = 0, PR_TEST = 1, PR_OR = 2, PR_AND = 3, PR_NOT = 4, PR_CMP = 5, PR_EXPR = 6,
        PR_BOR = PR_EXPR, PR_BXOR = 7, PR_BAND = 8, PR_SHIFT = 9, PR_ARITH = 10, PR_TERM = 11, PR_FACTOR = 12,
        PR_POWER = 13, PR_AWAIT = 14, PR_ATOM = 15;

    public static string ExprAsUnicode(Expr e)
    {
        var sb = new StringBuilder();
        Append(sb, e, PR_TEST);
        return sb.ToString();
    }

    static void Seq(StringBuilder sb, List<Expr> elts, int level)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Append(sb, elts[i], level);
        }
    }

    static (string, int) BinOpInfo(OperatorKind op) => op switch
    {
        OperatorKind.Add => (" + ", PR_ARITH),
        OperatorKind.Sub => (" - ", PR_ARITH),
        OperatorKind.Mult => (" * ", PR_TERM),
        OperatorKind.MatMult => (" @ ", PR_TERM),
        OperatorKind.Div => (" / ", PR_TERM),
        OperatorKind.Mod => (" % ", PR_TERM),
        OperatorKind.LShift => (" << ", PR_SHIFT),
        OperatorKind.RShift => (" >> ", PR_SHIFT),
        OperatorKind.BitOr => (" | ", PR_BOR),
        OperatorKind.BitXor => (" ^ ", PR_BXOR),
        OperatorKind.BitAnd => (" & ", PR_BAND),
        OperatorKind.FloorDiv => (" // ", PR_TERM),
        _ => (" ** ", PR_POWER),
    };

    static string CmpOp(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => " == ", CmpOpKind.NotEq => " != ", CmpOpKind.Lt => " < ", CmpOpKind.LtE => " <= ",
        CmpOpKind.Gt => " > ", CmpOpKind.GtE => " >= ", CmpOpKind.Is => " is ", CmpOpKind.IsNot => " is not ",
        CmpOpKind.In => " in ", _ => " not in ",
    };

    static void Constant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case EllipsisValue: sb.Append("..."); break;
            case double d when double.IsInfinity(d): sb.Append(d > 0 ? "1e309" : "-1e309"); break;
            default: sb.Append(ConstRepr.Repr(value)); break;
        }
    }

    static void Append(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case BoolOp b:
            {
                int pr = b.Op == BoolOpKind.And ? PR_AND : PR_OR;
                if (level > pr) sb.Append('(');
                for (int i = 0; i < b.Values.Count; i++)
                {
                    if (i > 0) sb.Append(b.Op == BoolOpKind.And ? " and " : " or ");
                    Append(sb, b.Values[i], pr + 1);
                }
                if (level > pr) sb.Append(')');
                break;
            }
            case BinOp b:
            {
                var (op, pr) = BinOpInfo(b.Op);
                int rassoc = b.Op == OperatorKind.Pow ? 1 : 0;
                if (level > pr) sb.Append('(');
                Append(sb, b.Left, pr + rassoc);
                sb.Append(op);
                Append(sb, b.Right, pr + 1 - rassoc);
                if (level > pr) sb.Append(')');
                break;
            }
            case UnaryOp u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOpKind.Not => ("not ", PR_NOT),
                    UnaryOpKind.Invert => ("~", PR_FACTOR),
                    UnaryOpKind.UAdd => ("+", PR_FACTOR),
                    _ => ("-", PR_FACTOR),
                };
                if (level > pr) sb.Append('(');
                sb.Append(op);
                Append(sb, u.Operand, pr);
                if (level > pr) sb.Append(')');
                break;
            }
            case Lambda l:
                if (level > PR_TEST) sb.Append('(');
                sb.Append("lambda");
                var args = Arguments(l.Args);
                if (args.Length > 0) sb.Append(' ').Append(args);
                sb.Append(": ");
                Append(sb, l.Body, PR_TEST);
                if (level > PR_TEST) sb.Append(')');
                break;
            case IfExp ie:
                if (level > PR_TEST) sb.Append('(');
                Append(sb, ie.Body, PR_TEST + 1);
                sb.Append(" if ");
                Append(sb, ie.Test, PR_TEST + 1);
                sb.Append(" else ");
                Append(sb, ie.Orelse, PR_TEST);
                if (level > PR_TEST) sb.Append(')');
                break;
            case Dict d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] == null)
                    {
                        sb.Append("**");
                        Append(sb, d.Values[i], PR_EXPR);
                    }
                    else
                    {
                        Append(sb, d.Keys[i], PR_TEST);
                        sb.Append(": ");
                        Append(sb, d.Values[i], PR_TEST);
                    }
                }
                sb.Append('}');
                break;
            case Set s:
                if (s.Elts.Count == 0)
                    sb.Append("{*()}");
                else
                {
                    sb.Append('{');
                    Seq(sb, s.Elts, PR_TEST);
                    sb.Append('}');
                }
                break;
            case ListComp lc: Comprehension(sb, "[", lc.Elt, null, lc.Generators, "]"); break;
            case SetComp sc: Comprehension(sb, "{", sc.Elt, null, sc.Generators, "}"); break;
            case DictComp dc: Comprehension(sb, "{", dc.Key, dc.Value, dc.Generators, "}"); break;
            case GeneratorExp ge: Comprehension(sb, "(", ge.Elt, null, ge.Generators, ")"); break;
            case Yield y:
                if (level > PR_ATOM) sb.Append('(');
                sb.Append("(yield");
                if (y.Value != null) { sb.Append(' '); Append(sb, y.Value, PR_TEST); }
                sb.Append(')');
                if (level > PR_ATOM) sb.Append(')');
                break;
            case YieldFrom yf:
                sb.Append("(yield from ");
                Append(sb, yf.Value, PR_TEST);
                sb.Append(')');
                break;
            case Await aw:
                if (level > PR_AWAIT) sb.Append('(');
                sb.Append("await ");
                Append(sb, aw.Value, PR_ATOM);
                if (level > PR_AWAIT) sb.Append(')');
                break;
            case Compare c:
                if (level > PR_CMP) sb.Append('(');
                Append(sb, c.Left, PR_CMP + 1);
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(CmpOp(c.Ops[i]));
                    Append(sb, c.Comparators[i], PR_CMP + 1);
                }
                if (level > PR_CMP) sb.Append(')');
                break;
            case Call c:
                Append(sb, c.Func, PR_ATOM);
                if (c.Args.Count == 1 && c.Keywords.Count == 0 && c.Args[0] is GeneratorExp g)
                {
                    Comprehension(sb, "(", g.Elt, null, g.Generators, ")");
                    break;
                }
                sb.Append('(');
                bool first = true;
                foreach (var a in c.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Append(sb, a, PR_TEST);
                }
                foreach (var k in c.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (k.Arg == null) sb.Append("**");
                    else sb.Append(k.Arg).Append('=');
                    Append(sb, k.Value, PR_TEST);
                }
                sb.Append(')');
                break;
            case Constant k:
                Constant(sb, k.Value);
                break;
            case JoinedStr js:
                sb.Append('f').Append(ConstRepr.StrRepr(FStringBody(js.Values)));
                break;
            case Attribute a:
                Append(sb, a.Value, PR_ATOM);
                if (a.Value is Constant { Value: long or System.Numerics.BigInteger })
                    sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Append(sb, s.Value, PR_ATOM);
                sb.Append('[');
                if (s.Slice is Tuple st2 && st2.Elts.Count > 0)
                {
                    Seq(sb, st2.Elts, PR_TEST);
                    if (st2.Elts.Count == 1) sb.Append(',');
                }
                else
                    Append(sb, s.Slice, PR_TUPLE);
                sb.Append(']');
                break;
            case Starred st:
                sb.Append('*');
                Append(sb, st.Value, PR_EXPR);
                break;
            case Name n:
                sb.Append(n.Id);
                break;
            case List l:
                sb.Append('[');
                Seq(sb, l.Elts, PR_TEST);
                sb.Append(']');
                break;
            case Tuple t:
                if (t.Elts.Count == 0)
                {
                    sb.Append("()");
                    break;
                }
                if (level > PR_TUPLE) sb.Append('(');
                Seq(sb, t.Elts, PR_TEST);
                if (t.Elts.Count == 1) sb.Append(',');
                if (level > PR_TUPLE) sb.Append(')');
                break;
            case Slice sl:
                if (sl.Lower != null) Append(sb, sl.Lower, PR_TEST);
                sb.Append(':');
                if (sl.Upper != null) Append(sb, sl.Upper, PR_TEST);
                if (sl.Step != null) { sb.Append(':'); Append(sb, sl.Step, PR_TEST); }
                break;
            case NamedExpr ne:
                if (level > PR_TUPLE) sb.Append('(');
                Append(sb, ne.Target, PR_ATOM);
                sb.Append(" := ");
                Append(sb, ne.Value, PR_ATOM);
                if (level > PR_TUPLE) sb.Append(')');
                break;
        }
    }

    /// <summary>The text of an f-string's parts, a str value (its constant parts may have lone surrogates).</summary>
    static object FStringBody(List<Expr> values)
    {
        var sb = new StrValueBuilder();
        foreach (var v in values)
        {
            if (v is Constant { Value: string s })
                sb.Append(s.Replace("{", "{{").Replace("}", "}}"));
            else if (v is Constant { Value: SurrogateStr ss })
            {
                foreach (int cp in ss.CodePoints)
                {
                    sb.AppendCodePoint(cp);
                    if (cp is '{' or '}') sb.AppendCodePoint(cp);
                }
            }
            else if (v is FormattedValue fv)
            {
                var inner = new StringBuilder();
                Append(inner, fv.Value, PR_TEST + 1);
                string text = inner.ToString();
                sb.Append(text.StartsWith('{') ? "{ " : "{");
                sb.Append(text);
                if (fv.Conversion != -1) sb.Append("!" + (char)fv.Conversion);
                if (fv.FormatSpec is JoinedStr spec) { sb.Append(":"); sb.AppendValue(FStringBody(spec.Values)); }
                sb.Append("}");
            }
        }
        return sb.ToValue();
    }

    static void Comprehension(StringBuilder sb, string open, Expr elt, Expr? val, List<Comprehension> gens, string close)
    {
        sb.Append(open);
        Append(sb, elt, PR_TEST);
        if (val != null)
        {
            sb.Append(": ");
            Append(sb, val, PR_TEST);
        }
        foreach (var g in gens)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Append(sb, g.Target, PR_TUPLE);
            sb.Append(" in ");
            Append(sb, g.Iter, PR_TEST + 1);
            foreach (var cond in g.Ifs)
            {
                sb.Append(" if ");
                Append(sb, cond, PR_TEST + 1);
            }
        }
        sb.Append(close);
    }

    static string Arguments(Arguments a)
    {
        var parts = new List<string>();
        var positional = new List<Arg>(a.Posonlyargs);
        positional.AddRange(a.Args);
        int defaultStart = positional.Count - a.Defaults.Count;
        for (int i = 0; i < positional.Count; i++)
        {
            var p = new StringBuilder(positional[i].ArgName);
            if (i >= defaultStart)
            {
                p.Append('=');
                Append(p, a.Defaults[i - defaultStart], PR_TEST);
            }
            parts.Add(p.ToString());
            if (a.Posonlyargs.Count > 0 && i == a.Posonlyargs.Count - 1) parts.Add("/");
        }
        if (a.Vararg != null) parts.Add("*" + a.Vararg.ArgName);
        else if (a.Kwonlyargs.Count > 0) parts.Add("*");
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            var p = new StringBuilder(a.Kwonlyargs[i].ArgName);
            if (i < a.KwDefaults.Count && a.KwDefaults[i] != null)
            {
                p.Append('=');
                Append(p, a.KwDefaults[i], PR_TEST);
            }
            parts.Add(p.ToString());
        }
        if (a.Kwarg != null) parts.Add("**" + a.Kwarg.ArgName);
        return string.Join(", ", parts);
    }
}
