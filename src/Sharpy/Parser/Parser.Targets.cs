using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: FUNCTION CALL ARGUMENTS and ASSIGNMENT TARGETS.</summary>
internal sealed partial class Parser
{
    /// <summary>What `arguments` produces (the Call of _PyPegen_collect_call_seqs, minus the dummy func).</summary>
    sealed class CallArgs
    {
        public List<Expr> Args = new();
        public List<Keyword> Keywords = new();
        public int Start;
    }

    // arguments (memo): args [','] &')' | invalid_arguments
    CallArgs? CallArguments()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_arguments, out CallArgs? memo)) return memo;
        var a = Args();
        if (a != null)
        {
            Expect(TokenType.Comma);
            if (!Lookahead(TokenType.RPar)) a = null;
        }
        if (a == null && !Failed && _callInvalidRules)
        {
            _mark = start;
            InvalidArguments();
        }
        if (Failed) a = null;
        Memoize(start, M_arguments, a);
        return a;
    }

    // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
    CallArgs? Args()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var result = new CallArgs { Start = start };
        int count = 0;
        while (true)
        {
            int m = _mark;
            var e = PositionalArg();
            if (e == null)
            {
                if (Failed) return null;
                _mark = m;
                if (count > 0) _mark--;
                break;
            }
            result.Args.Add(e);
            count++;
            if (!Expect(TokenType.Comma)) break;
        }
        if (count > 0)
        {
            int m = _mark;
            if (Expect(TokenType.Comma) && Kwargs(result)) return result;
            if (Failed) return null;
            _mark = m;
            return result;
        }
        _mark = start;
        if (Kwargs(result)) return result;
        _mark = start;
        return null;
    }

    Expr? PositionalArg()
    {
        int m = _mark;
        var e = StarredExpression();
        if (e != null || Failed) return e;
        _mark = m;
        e = AssignmentExpression();
        if (e == null && !Failed)
        {
            _mark = m;
            e = Expression();
            if (e != null && Lookahead(TokenType.ColonEqual)) e = null;
        }
        if (e != null && Lookahead(TokenType.Equal)) e = null;
        if (e == null) _mark = m;
        return e;
    }

    // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+
    bool Kwargs(CallArgs into)
    {
        int start = _mark;
        var items = new List<Node>();
        int n1 = KwargGather(items, doubleStarred: false);
        if (Failed) return false;
        if (n1 > 0)
        {
            int m = _mark;
            if (Expect(TokenType.Comma))
            {
                int n2 = KwargGather(items, doubleStarred: true);
                if (Failed) return false;
                if (n2 == 0) _mark = m;
            }
            AddKwargs(into, items);
            return true;
        }
        _mark = start;
        items.Clear();
        int n3 = KwargGather(items, doubleStarred: true);
        if (Failed) return false;
        if (n3 == 0) { _mark = start; return false; }
        AddKwargs(into, items);
        return true;
    }

    static void AddKwargs(CallArgs into, List<Node> items)
    {
        foreach (var it in items)
        {
            if (it is Keyword k) into.Keywords.Add(k);
            else into.Args.Add((Expr)it);
        }
    }

    int KwargGather(List<Node> items, bool doubleStarred)
    {
        int count = 0;
        int before = items.Count;
        while (true)
        {
            int m = _mark;
            var e = doubleStarred ? KwargOrDoubleStarred() : KwargOrStarred();
            if (e == null)
            {
                if (Failed) return 0;
                _mark = m;
                if (count > 0) _mark--;
                break;
            }
            items.Add(e);
            count++;
            if (!Expect(TokenType.Comma)) break;
        }
        if (count == 0) items.RemoveRange(before, items.Count - before);
        return count;
    }

    // kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
    Node? KwargOrStarred()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwarg();
            if (Failed) return null;
            _mark = start;
        }
        var kw = NameEqualsExpression(start);
        if (kw != null || Failed) return kw;
        _mark = start;
        return StarredExpression();
    }

    // kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
    Node? KwargOrDoubleStarred()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidKwarg();
            if (Failed) return null;
            _mark = start;
        }
        var kw = NameEqualsExpression(start);
        if (kw != null || Failed) return kw;
        _mark = start;
        if (Expect(TokenType.DoubleStar))
        {
            var e = Expression();
            if (e != null) return Loc(new Keyword { Arg = null, Value = e }, start);
        }
        _mark = start;
        return null;
    }

    Keyword? NameEqualsExpression(int start)
    {
        var a = NameToken();
        if (a == null || !Expect(TokenType.Equal)) { _mark = start; return null; }
        var b = Expression();
        if (b == null) { _mark = start; return null; }
        return Loc(new Keyword { Arg = a.Id, Value = b }, start);
    }

    // starred_expression: invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression
    Expr? StarredExpression()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidStarredExpressionUnpacking();
            if (Failed) return null;
            _mark = start;
        }
        if (Expect(TokenType.Star))
        {
            var a = Expression();
            if (a != null) return Loc(new Starred { Value = a, Ctx = ExprContext.Load }, start);
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidStarredExpression();
            if (Failed) return null;
            _mark = start;
        }
        return null;
    }

    // ---- targets ----------------------------------------------------------------------

    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    Expr? StarTargets()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = StarTarget();
        if (a == null) return null;
        if (!Lookahead(TokenType.Comma)) return a;
        var elts = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var c = StarTarget();
            if (c == null) { _mark = m; break; }
            elts.Add(c);
        }
        if (Failed) return null;
        Expect(TokenType.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Store }, start);
    }

    // star_targets_list_seq: ','.star_target+ [',']
    List<Expr>? StarTargetsListSeq()
    {
        var first = StarTarget();
        if (first == null) return null;
        var list = new List<Expr> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var e = StarTarget();
            if (e == null) { _mark = m; break; }
            list.Add(e);
        }
        if (Failed) return null;
        Expect(TokenType.Comma);
        return list;
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    List<Expr>? StarTargetsTupleSeq()
    {
        int start = _mark;
        var first = StarTarget();
        if (first == null) return null;
        var list = new List<Expr> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var e = StarTarget();
            if (e == null) { _mark = m; break; }
            list.Add(e);
        }
        if (Failed) return null;
        if (list.Count > 1)
        {
            Expect(TokenType.Comma);
            return list;
        }
        if (Expect(TokenType.Comma)) return list;
        _mark = start;
        return null;
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    Expr? StarTarget()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_star_target, out Expr? memo)) { Leave(); return memo; }
        Expr? r = null;
        if (Expect(TokenType.Star))
        {
            if (!Lookahead(TokenType.Star))
            {
                var a = StarTarget();
                if (a != null) r = Loc(new Starred { Value = SetExprContext(a, ExprContext.Store), Ctx = ExprContext.Store }, start);
            }
            if (r == null) _mark = start;
        }
        if (r == null && !Failed) r = TargetWithStarAtom();
        Memoize(start, M_star_target, r);
        Leave();
        return r;
    }

    // target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom
    Expr? TargetWithStarAtom()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_target_with_star_atom, out Expr? memo)) return memo;
        var r = SubscriptAttributeTarget(ExprContext.Store);
        if (r == null && !Failed)
        {
            _mark = start;
            r = StarAtom();
        }
        Memoize(start, M_target_with_star_atom, r);
        return r;
    }

    /// <summary>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with ctx.</summary>
    Expr? SubscriptAttributeTarget(ExprContext ctx)
    {
        int start = _mark;
        var a = TPrimary();
        if (a == null) return null;
        int m = _mark;
        if (Expect(TokenType.Dot))
        {
            var b = NameToken();
            if (b != null && !TLookahead()) return Loc(new Attribute { Value = a, Attr = b.Id, Ctx = ctx }, start);
            if (Failed) return null;
        }
        _mark = m;
        if (Expect(TokenType.LSqb))
        {
            var s = Slices();
            if (s != null && Expect(TokenType.RSqb) && !TLookahead()) return Loc(new Subscript { Value = a, Slice = s, Ctx = ctx }, start);
            if (Failed) return null;
        }
        _mark = start;
        return null;
    }

    // star_atom
    Expr? StarAtom()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var n = NameToken();
        if (n != null) { n.Ctx = ExprContext.Store; return n; }
        if (Expect(TokenType.LPar))
        {
            var a = TargetWithStarAtom();
            if (a != null && Expect(TokenType.RPar)) return SetExprContext(a, ExprContext.Store);
            if (Failed) return null;
            _mark = start + 1;
            var seq = StarTargetsTupleSeq();
            if (Failed) return null;
            if (seq == null) _mark = start + 1;
            if (Expect(TokenType.RPar)) return Loc(new Tuple { Elts = seq ?? new List<Expr>(), Ctx = ExprContext.Store }, start);
            _mark = start;
            return null;
        }
        if (Expect(TokenType.LSqb))
        {
            var seq = StarTargetsListSeq();
            if (Failed) return null;
            if (seq == null) _mark = start + 1;
            if (Expect(TokenType.RSqb)) return Loc(new List { Elts = seq ?? new List<Expr>(), Ctx = ExprContext.Store }, start);
        }
        _mark = start;
        return null;
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    Expr? SingleTarget()
    {
        if (!Enter()) return null;
        int start = _mark;
        var r = SubscriptAttributeTarget(ExprContext.Store);
        if (r == null && !Failed)
        {
            _mark = start;
            var n = NameToken();
            if (n != null) { n.Ctx = ExprContext.Store; r = n; }
            else if (Expect(TokenType.LPar))
            {
                var a = SingleTarget();
                if (a != null && Expect(TokenType.RPar)) r = a;
                else _mark = start;
            }
        }
        Leave();
        return r;
    }

    bool TLookahead()
    {
        var t = PeekType();
        return t == TokenType.LPar || t == TokenType.LSqb || t == TokenType.Dot;
    }

    // t_primary: left-recursive; every step must be followed by t_lookahead
    Expr? TPrimary()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_t_primary, out Expr? memo)) { Leave(); return memo; }
        var a = Atom();
        if (a != null && !TLookahead()) a = null;
        while (a != null && !Failed)
        {
            int m = _mark;
            var next = PrimaryTrailer(a, start);
            if (next == null || !TLookahead()) { _mark = m; break; }
            a = next;
        }
        if (Failed) a = null;
        Memoize(start, M_t_primary, a);
        Leave();
        return a;
    }

    // del_targets: ','.del_target+ [',']
    List<Expr>? DelTargets()
    {
        var first = DelTarget();
        if (first == null) return null;
        var list = new List<Expr> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var e = DelTarget();
            if (e == null) { _mark = m; break; }
            list.Add(e);
        }
        if (Failed) return null;
        Expect(TokenType.Comma);
        return list;
    }

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom
    Expr? DelTarget()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_del_target, out Expr? memo)) { Leave(); return memo; }
        var r = SubscriptAttributeTarget(ExprContext.Del);
        if (r == null && !Failed)
        {
            _mark = start;
            r = DelTAtom();
        }
        Memoize(start, M_del_target, r);
        Leave();
        return r;
    }

    Expr? DelTAtom()
    {
        int start = _mark;
        var n = NameToken();
        if (n != null) { n.Ctx = ExprContext.Del; return n; }
        if (Expect(TokenType.LPar))
        {
            var a = DelTarget();
            if (a != null && Expect(TokenType.RPar)) return SetExprContext(a, ExprContext.Del);
            if (Failed) return null;
            _mark = start + 1;
            var seq = DelTargets();
            if (Failed) return null;
            if (seq == null) _mark = start + 1;
            if (Expect(TokenType.RPar)) return Loc(new Tuple { Elts = seq ?? new List<Expr>(), Ctx = ExprContext.Del }, start);
            _mark = start;
            return null;
        }
        if (Expect(TokenType.LSqb))
        {
            var seq = DelTargets();
            if (Failed) return null;
            if (seq == null) _mark = start + 1;
            if (Expect(TokenType.RSqb)) return Loc(new List { Elts = seq ?? new List<Expr>(), Ctx = ExprContext.Del }, start);
        }
        _mark = start;
        return null;
    }

    /// <summary>_PyPegen_set_expr_context: a copy of the target with the given context.</summary>
    static Expr SetExprContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: return CopyLoc(new Name { Id = n.Id, Ctx = ctx }, n);
            case Tuple t: return CopyLoc(new Tuple { Elts = SetSeqContext(t.Elts, ctx), Ctx = ctx }, t);
            case List l: return CopyLoc(new List { Elts = SetSeqContext(l.Elts, ctx), Ctx = ctx }, l);
            case Subscript s: return CopyLoc(new Subscript { Value = s.Value, Slice = s.Slice, Ctx = ctx }, s);
            case Attribute a: return CopyLoc(new Attribute { Value = a.Value, Attr = a.Attr, Ctx = ctx }, a);
            case Starred st: return CopyLoc(new Starred { Value = SetExprContext(st.Value, ctx), Ctx = ctx }, st);
            default: return e;
        }
    }

    static List<Expr> SetSeqContext(List<Expr> elts, ExprContext ctx)
    {
        var r = new List<Expr>(elts.Count);
        foreach (var e in elts) r.Add(SetExprContext(e, ctx));
        return r;
    }
}
