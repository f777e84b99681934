using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>The invalid_* rules of python.gram: tried only in the second pass, they match
/// common mistakes and raise CPython's specialised messages. They return nothing; success
/// means an error was raised.</summary>
internal sealed partial class Parser
{
    static string GetExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        TemplateStr or Interpolation => "t-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            bool b => b ? "True" : "False",
            EllipsisValue => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    enum TargetsType { StarTargets, DelTargets, ForTargets }

    /// <summary>_PyPegen_get_invalid_target.</summary>
    static Expr? GetInvalidTarget(Expr? e, TargetsType type)
    {
        switch (e)
        {
            case null: return null;
            case List l:
                foreach (var x in l.Elts) { var c = GetInvalidTarget(x, type); if (c != null) return c; }
                return null;
            case Tuple t:
                foreach (var x in t.Elts) { var c = GetInvalidTarget(x, type); if (c != null) return c; }
                return null;
            case Starred s:
                if (type == TargetsType.DelTargets) return e;
                return GetInvalidTarget(s.Value, type);
            case Compare cmp:
                if (type == TargetsType.ForTargets)
                    return cmp.Ops[0] == CmpOpKind.In ? GetInvalidTarget(cmp.Left, type) : null;
                return e;
            case Name or Subscript or Attribute: return null;
            default: return e;
        }
    }

    void RaiseInvalidTarget(TargetsType type, Expr e)
    {
        var t = GetInvalidTarget(e, type);
        if (t != null)
            RaiseKnownLocation(t, $"{(type == TargetsType.DelTargets ? "cannot delete" : "cannot assign to")} {GetExprName(t)}");
    }

    static Expr LastComprehensionItem(Comprehension c) => c.Ifs.Count == 0 ? c.Iter : c.Ifs[^1];

    // invalid_arguments
    void InvalidArguments()
    {
        int start = _mark;
        // ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) a=',' ','.(starred_expression !'=')+
        {
            var ca = Args();
            if (ca != null && ca.Keywords.Count > 0)
            {
                int comma = ExpectTok(TokenType.Comma);
                if (comma >= 0)
                {
                    int m = _mark;
                    var s = StarredExpression();
                    if (s != null && !Lookahead(TokenType.Equal))
                    {
                        bool afterKwUnpack = false;
                        foreach (var k in ca.Keywords) if (k.Arg == null) afterKwUnpack = true;
                        if (afterKwUnpack)
                        {
                            RaiseStartingFrom(comma, "iterable argument unpacking follows keyword argument unpacking");
                            return;
                        }
                    }
                    _mark = m;
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        {
            var a = Expression();
            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(TokenType.Comma))
                {
                    RaiseKnownRange(a, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
                    return;
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // a=NAME b='=' expression for_if_clauses
        {
            var a = NameToken();
            int b = a != null ? ExpectTok(TokenType.Equal) : -1;
            if (b >= 0 && Expression() != null && ForIfClauses() != null)
            {
                RaiseKnownRange(a!, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // (args ',')? a=NAME b='=' &(',' | ')')
        {
            int m = _mark;
            if (Args() == null || !Expect(TokenType.Comma)) _mark = m;
            if (Failed) return;
            var a = NameToken();
            int b = a != null ? ExpectTok(TokenType.Equal) : -1;
            if (b >= 0 && LookaheadAny(TokenType.Comma, TokenType.RPar))
            {
                RaiseKnownRange(a!, b, "expected argument value expression");
                return;
            }
        }
        _mark = start;
        // a=args b=for_if_clauses
        {
            var a = Args();
            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null)
                {
                    if (a.Args.Count > 1)
                    {
                        RaiseKnownRange(a.Args[^1], LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
                        return;
                    }
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // args ',' a=expression b=for_if_clauses
        {
            if (Args() != null && Expect(TokenType.Comma))
            {
                var a = Expression();
                var b = a != null ? ForIfClauses() : null;
                if (b != null)
                {
                    RaiseKnownRange(a!, LastComprehensionItem(b[^1]), "Generator expression must be parenthesized");
                    return;
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // a=args ',' args
        {
            var a = Args();
            if (a != null && Expect(TokenType.Comma) && Args() != null)
            {
                bool kwUnpack = false;
                foreach (var k in a.Keywords) if (k.Arg == null) kwUnpack = true;
                RaiseSyntaxError(kwUnpack ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
            }
        }
    }

    // invalid_kwarg
    void InvalidKwarg()
    {
        int start = _mark;
        var ty = PeekType();
        if (ty is TokenType.KwTrue or TokenType.KwFalse or TokenType.KwNone)
        {
            int a = _mark++;
            int b = ExpectTok(TokenType.Equal);
            if (b >= 0)
            {
                string kw = ty == TokenType.KwTrue ? "True" : ty == TokenType.KwFalse ? "False" : "None";
                RaiseKnownRange(a, b, $"cannot assign to {kw}");
                return;
            }
        }
        _mark = start;
        {
            var a = NameToken();
            int b = a != null ? ExpectTok(TokenType.Equal) : -1;
            if (b >= 0 && Expression() != null && ForIfClauses() != null)
            {
                RaiseKnownRange(a!, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        {
            bool nameEq = NameToken() != null && Expect(TokenType.Equal);
            _mark = start;
            if (!nameEq)
            {
                var a = Expression();
                int b = a != null ? ExpectTok(TokenType.Equal) : -1;
                if (b >= 0)
                {
                    RaiseKnownRange(a!, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
                    return;
                }
                if (Failed) return;
            }
        }
        _mark = start;
        {
            int a = ExpectTok(TokenType.DoubleStar);
            if (a >= 0 && Expression() != null && Expect(TokenType.Equal))
            {
                var b = Expression();
                if (b != null) RaiseKnownRange(a, b, "cannot assign to keyword argument unpacking");
            }
        }
    }

    // invalid_legacy_expression: NAME !'(' star_expressions
    void InvalidLegacyExpression()
    {
        var a = NameToken();
        if (a == null || Lookahead(TokenType.LPar)) return;
        var b = StarExpressions();
        if (b != null && (a.Id == "print" || a.Id == "exec"))
            RaiseKnownRange(a, b, $"Missing parentheses in call to '{a.Id}'. Did you mean {a.Id}(...)?");
    }

    // invalid_expression
    void InvalidExpression()
    {
        int start = _mark;
        // STRING (!STRING expression_without_invalid)+ STRING
        if (Lookahead(TokenType.String))
        {
            _mark++;
            var items = new List<Expr>();
            while (!Lookahead(TokenType.String))
            {
                int m = _mark;
                var e = ExpressionWithoutInvalid();
                if (e == null) { _mark = m; break; }
                items.Add(e);
            }
            if (items.Count > 0 && Lookahead(TokenType.String))
            {
                RaiseKnownRange(items[0], items[^1], "invalid syntax. Is this intended to be part of the string?");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
        {
            bool skip = false;
            if (Lookahead(TokenType.Name))
            {
                _mark++;
                skip = Lookahead(TokenType.String);
                _mark = start;
            }
            if (!skip && LookaheadSoftKeyword()) skip = true;
            if (!skip)
            {
                var a = Disjunction();
                if (a != null)
                {
                    var b = ExpressionWithoutInvalid();
                    if (b != null)
                    {
                        bool legacy = a is Name n && (n.Id == "print" || n.Id == "exec");
                        if (!legacy && _tokens[_mark - 1].Level != 0)
                        {
                            RaiseKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                            return;
                        }
                    }
                }
                if (Failed) return;
            }
        }
        _mark = start;
        // disjunction 'if' disjunction !('else'|':')
        {
            var a = Disjunction();
            if (a != null && Expect(TokenType.KwIf))
            {
                var b = Disjunction();
                if (b != null && !LookaheadAny(TokenType.KwElse, TokenType.Colon))
                {
                    RaiseKnownRange(a, b, "expected 'else' after 'if' expression");
                    return;
                }
                if (b != null && Expect(TokenType.KwElse))
                {
                    int m = _mark;
                    var c = Expression();
                    _mark = m;
                    if (c == null && !Failed)
                    {
                        RaiseSyntaxErrorOnNextToken("expected expression after 'else', but statement is given");
                        return;
                    }
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // (pass_stmt|break_stmt|continue_stmt) 'if' disjunction 'else' simple_stmt
        {
            var ty = PeekType();
            if (ty is TokenType.KwPass or TokenType.KwBreak or TokenType.KwContinue)
            {
                int a = _mark++;
                if (Expect(TokenType.KwIf) && Disjunction() != null && Expect(TokenType.KwElse) && SimpleStmt() != null)
                {
                    RaiseKnownLocation(a, "expected expression before 'if', but statement is given");
                    return;
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // 'lambda' [lambda_params] ':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)
        {
            int a = ExpectTok(TokenType.KwLambda);
            if (a >= 0)
            {
                int m = _mark;
                if (LambdaParams() == null) _mark = m;
                if (Failed) return;
                int b = ExpectTok(TokenType.Colon);
                if (b >= 0)
                {
                    if (Lookahead(TokenType.FStringMiddle))
                        RaiseKnownRange(a, b, "f-string: lambda expressions are not allowed without parentheses");
                    else if (Lookahead(TokenType.TStringMiddle))
                        RaiseKnownRange(a, b, "t-string: lambda expressions are not allowed without parentheses");
                }
            }
        }
    }

    // invalid_if_expression (not in every version; harmless): disjunction 'if' disjunction 'else' ('*' | '**')
    void InvalidIfExpression()
    {
        var a = Disjunction();
        if (a == null || !Expect(TokenType.KwIf)) return;
        if (Disjunction() == null || !Expect(TokenType.KwElse)) return;
        int star = ExpectTok(TokenType.Star);
        if (star >= 0) { RaiseKnownLocation(star, "cannot unpack only part of a conditional expression"); return; }
        int dstar = ExpectTok(TokenType.DoubleStar);
        if (dstar >= 0) RaiseKnownLocation(dstar, "cannot use dict unpacking on only part of a conditional expression");
    }

    // invalid_named_expression (memo)
    void InvalidNamedExpression()
    {
        int start = _mark;
        if (TryMemo(M_invalid_named_expression, out object? _)) return;
        InvalidNamedExpressionBody(start);
        Memoize(start, M_invalid_named_expression, null);
    }

    void InvalidNamedExpressionBody(int start)
    {
        // a=expression ':=' expression
        {
            var a = Expression();
            if (a != null && Expect(TokenType.ColonEqual) && Expression() != null)
            {
                RaiseKnownLocation(a, $"cannot use assignment expressions with {GetExprName(a)}");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // a=NAME '=' b=bitwise_or !('='|':=')
        {
            var a = NameToken();
            if (a != null && Expect(TokenType.Equal))
            {
                var b = BitwiseOr();
                if (b != null && !LookaheadAny(TokenType.Equal, TokenType.ColonEqual))
                {
                    RaiseKnownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    return;
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        {
            var ty = PeekType();
            if (ty is TokenType.KwTrue or TokenType.KwNone or TokenType.KwFalse) return;
            if (ty is TokenType.LSqb or TokenType.LPar)
            {
                bool isSeq = ListRule() != null;
                if (!isSeq && !Failed) { _mark = start; isSeq = TupleAtom() != null; }
                if (!isSeq && !Failed) { _mark = start; isSeq = Genexp() != null; }
                _mark = start;
                if (isSeq || Failed) return;
            }
            var a = BitwiseOr();
            if (a != null && Expect(TokenType.Equal) && BitwiseOr() != null && !LookaheadAny(TokenType.Equal, TokenType.ColonEqual))
                RaiseKnownLocation(a, $"cannot assign to {GetExprName(a)} here. Maybe you meant '==' instead of '='?");
        }
    }

    // invalid_assignment
    void InvalidAssignment()
    {
        int start = _mark;
        // invalid_ann_assign_target ':' expression
        {
            var a = InvalidAnnAssignTarget();
            if (a != null && Expect(TokenType.Colon) && Expression() != null)
            {
                RaiseKnownLocation(a, $"only single target (not {GetExprName(a)}) can be annotated");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // star_named_expression ',' star_named_expressions* ':' expression
        {
            var a = StarNamedExpression();
            if (a != null && Expect(TokenType.Comma))
            {
                while (StarNamedExpressions() != null) { }
                if (Expect(TokenType.Colon) && Expression() != null)
                {
                    RaiseKnownLocation(a, "only single target (not tuple) can be annotated");
                    return;
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // expression ':' expression
        {
            var a = Expression();
            if (a != null && Expect(TokenType.Colon) && Expression() != null)
            {
                RaiseKnownLocation(a, "illegal target for annotation");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // (star_targets '=')* star_expressions '='
        {
            SkipStarTargetsEquals();
            var a = StarExpressions();
            if (a != null && Expect(TokenType.Equal))
            {
                RaiseInvalidTarget(TargetsType.StarTargets, a);
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // (star_targets '=')* yield_expr '='
        {
            SkipStarTargetsEquals();
            var a = YieldExpr();
            if (a != null && Expect(TokenType.Equal))
            {
                RaiseKnownLocation(a, "assignment to yield expression not possible");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        // star_expressions augassign annotated_rhs
        {
            var a = StarExpressions();
            if (a != null && AugAssignRule(out _) && AnnotatedRhs() != null)
                RaiseKnownLocation(a, $"'{GetExprName(a)}' is an illegal expression for augmented assignment");
        }
    }

    void SkipStarTargetsEquals()
    {
        while (true)
        {
            int m = _mark;
            if (StarTargets() == null || !Expect(TokenType.Equal)) { _mark = m; break; }
        }
    }

    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    Expr? InvalidAnnAssignTarget()
    {
        int start = _mark;
        var l = ListRule();
        if (l != null || Failed) return l;
        _mark = start;
        var t = TupleAtom();
        if (t != null || Failed) return t;
        _mark = start;
        if (Expect(TokenType.LPar))
        {
            var a = InvalidAnnAssignTarget();
            if (a != null && Expect(TokenType.RPar)) return a;
        }
        _mark = start;
        return null;
    }

    // invalid_del_stmt: 'del' star_expressions
    void InvalidDelStmt()
    {
        if (!Expect(TokenType.KwDel)) return;
        var a = StarExpressions();
        if (a != null) RaiseInvalidTarget(TargetsType.DelTargets, a);
    }

    // invalid_block: NEWLINE !INDENT
    void InvalidBlock()
    {
        if (Expect(TokenType.Newline) && !Lookahead(TokenType.Indent))
            RaiseIndentationError("expected an indented block");
    }

    /// <summary>The common shape of invalid_X_stmt: `kw ... NEWLINE` gives "expected ':'", and
    /// `kw ... ':' NEWLINE !INDENT` gives "expected an indented block after ...".</summary>
    bool ColonNewlineNoIndent(int kwTok, string what)
    {
        if (Expect(TokenType.Colon) && Expect(TokenType.Newline) && !Lookahead(TokenType.Indent))
        {
            RaiseIndentationError($"expected an indented block after {what} on line {_tokens[kwTok].Lineno}");
            return true;
        }
        return false;
    }

    // invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt
    void InvalidIfStmt() => InvalidCondStmt(TokenType.KwIf, "'if' statement");
    void InvalidElifStmt() => InvalidCondStmt(TokenType.KwElif, "'elif' statement");
    void InvalidWhileStmt() => InvalidCondStmt(TokenType.KwWhile, "'while' statement");

    void InvalidCondStmt(TokenType kw, string what)
    {
        int start = _mark;
        if (Expect(kw) && NamedExpression() != null && Expect(TokenType.Newline))
        {
            RaiseSyntaxError("expected ':'");
            return;
        }
        if (Failed) return;
        _mark = start;
        int a = ExpectTok(kw);
        if (a >= 0 && NamedExpression() != null) ColonNewlineNoIndent(a, what);
    }

    // invalid_else_stmt
    void InvalidElseStmt()
    {
        int start = _mark;
        int a = ExpectTok(TokenType.KwElse);
        if (a < 0) return;
        if (ColonNewlineNoIndent(a, "'else' statement") || Failed) return;
        _mark = start + 1;
        if (Expect(TokenType.Colon) && Block() != null && Expect(TokenType.KwElif))
            RaiseSyntaxError("'elif' block follows an 'else' block");
    }

    // invalid_for_stmt
    void InvalidForStmt()
    {
        int start = _mark;
        Expect(TokenType.KwAsync);
        int a = ExpectTok(TokenType.KwFor);
        if (a < 0) return;
        if (StarTargets() != null && Expect(TokenType.KwIn) && StarExpressions() != null)
        {
            int m = _mark;
            if (Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
            _mark = m;
            ColonNewlineNoIndent(a, "'for' statement");
        }
        _ = start;
    }

    // invalid_for_target: 'async'? 'for' star_expressions
    void InvalidForTarget()
    {
        Expect(TokenType.KwAsync);
        if (!Expect(TokenType.KwFor)) return;
        var a = StarExpressions();
        if (a != null) RaiseInvalidTarget(TargetsType.ForTargets, a);
    }

    // invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
    void InvalidForIfClause()
    {
        Expect(TokenType.KwAsync);
        if (!Expect(TokenType.KwFor)) return;
        if (BitwiseOr() == null) return;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma) || BitwiseOr() == null) { _mark = m; break; }
        }
        Expect(TokenType.Comma);
        if (!Lookahead(TokenType.KwIn)) RaiseSyntaxError("'in' expected after for-loop variables");
    }

    // invalid_def_raw
    void InvalidDefRaw()
    {
        int start = _mark;
        Expect(TokenType.KwAsync);
        int a = ExpectTok(TokenType.KwDef);
        if (a < 0 || NameToken() == null) return;
        int m = _mark;
        if (TypeParams() == null) _mark = m;
        if (Failed) return;
        int afterName = _mark;
        if (Expect(TokenType.LPar))
        {
            m = _mark;
            if (Params() == null) _mark = m;
            if (Failed) return;
            if (Expect(TokenType.RPar))
            {
                m = _mark;
                if (!(Expect(TokenType.RArrow) && Expression() != null)) _mark = m;
                if (Failed) return;
                if (ColonNewlineNoIndent(a, "function definition") || Failed) return;
            }
        }
        // ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
        _mark = afterName;
        if (!ExpectForced(TokenType.LPar, "(")) return;
        m = _mark;
        if (Params() == null) _mark = m;
        if (Failed || !Expect(TokenType.RPar)) return;
        m = _mark;
        if (!(Expect(TokenType.RArrow) && Expression() != null)) _mark = m;
        if (Failed) return;
        if (!ExpectForced(TokenType.Colon, ":")) return;
        m = _mark;
        if (FuncTypeComment() == null) _mark = m;
        if (Failed) return;
        Block();
        _ = start;
    }

    // invalid_class_def_raw
    void InvalidClassDefRaw()
    {
        int a = ExpectTok(TokenType.KwClass);
        if (a < 0 || NameToken() == null) return;
        int m = _mark;
        if (TypeParams() == null) _mark = m;
        if (Failed) return;
        m = _mark;
        if (Expect(TokenType.LPar))
        {
            int m2 = _mark;
            if (CallArguments() == null) _mark = m2;
            if (Failed) return;
            if (!Expect(TokenType.RPar)) _mark = m;
        }
        int afterHead = _mark;
        if (Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
        _mark = afterHead;
        ColonNewlineNoIndent(a, "class definition");
    }

    // invalid_with_stmt_indent
    void InvalidWithStmtIndent()
    {
        int start = _mark;
        Expect(TokenType.KwAsync);
        int a = ExpectTok(TokenType.KwWith);
        if (a < 0) return;
        int afterWith = _mark;
        if (WithItemsLoose(parenthesized: false) && (ColonNewlineNoIndent(a, "'with' statement") || Failed)) return;
        _mark = afterWith;
        if (Expect(TokenType.LPar) && WithItemsLoose(parenthesized: true))
        {
            Expect(TokenType.Comma);
            if (Expect(TokenType.RPar)) ColonNewlineNoIndent(a, "'with' statement");
        }
        _ = start;
    }

    /// <summary>','.(expression ['as' star_target])+ (or `expressions` when parenthesized).</summary>
    bool WithItemsLoose(bool parenthesized)
    {
        int count = 0;
        while (true)
        {
            int m = _mark;
            var e = parenthesized ? Expressions() : Expression();
            if (e == null) { _mark = m; if (count > 0) _mark--; break; }
            int m2 = _mark;
            if (!(Expect(TokenType.KwAs) && StarTarget() != null)) _mark = m2;
            count++;
            if (!Expect(TokenType.Comma)) break;
        }
        return count > 0 && !Failed;
    }

    // invalid_with_stmt
    void InvalidWithStmt()
    {
        int start = _mark;
        Expect(TokenType.KwAsync);
        if (!Expect(TokenType.KwWith)) return;
        int afterWith = _mark;
        if (WithItemsLoose(parenthesized: false) && Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
        if (Failed) return;
        _mark = afterWith;
        if (Expect(TokenType.LPar) && WithItemsLoose(parenthesized: true))
        {
            Expect(TokenType.Comma);
            if (Expect(TokenType.RPar) && Expect(TokenType.Newline)) RaiseSyntaxError("expected ':'");
        }
        _ = start;
    }

    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    void InvalidWithItem()
    {
        if (Expression() == null || !Expect(TokenType.KwAs)) return;
        var a = Expression();
        if (a != null && LookaheadAny(TokenType.Comma, TokenType.RPar, TokenType.Colon))
            RaiseInvalidTarget(TargetsType.StarTargets, a);
    }

    // invalid_try_stmt
    void InvalidTryStmt()
    {
        int start = _mark;
        int a = ExpectTok(TokenType.KwTry);
        if (a < 0) return;
        if (ColonNewlineNoIndent(a, "'try' statement") || Failed) return;
        _mark = start + 1;
        if (Expect(TokenType.Colon) && Block() != null && !LookaheadAny(TokenType.KwExcept, TokenType.KwFinally))
        {
            RaiseSyntaxError("expected 'except' or 'finally' block");
            return;
        }
        if (Failed) return;
        // 'try' ':' block* except_block+ 'except' '*' ... / except_star_block+ 'except' ...
        for (int star = 0; star < 2; star++)
        {
            _mark = start + 1;
            if (!Expect(TokenType.Colon)) return;
            while (Block() != null) { }
            if (Failed) return;
            int n = 0;
            while ((star == 0 ? ExceptBlock() : ExceptStarBlock()) != null) n++;
            if (Failed) return;
            if (n == 0) continue;
            int e = ExpectTok(TokenType.KwExcept);
            if (e < 0) continue;
            if (star == 0)
            {
                int s = ExpectTok(TokenType.Star);
                if (s >= 0 && Expression() != null)
                {
                    int m = _mark;
                    if (!(Expect(TokenType.KwAs) && NameToken() != null)) _mark = m;
                    if (Expect(TokenType.Colon))
                    {
                        RaiseKnownRange(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
                        return;
                    }
                }
            }
            else
            {
                int m = _mark;
                if (Expression() != null)
                {
                    int m2 = _mark;
                    if (!(Expect(TokenType.KwAs) && NameToken() != null)) _mark = m2;
                }
                else _mark = m;
                if (Expect(TokenType.Colon))
                {
                    RaiseKnownLocation(e, "cannot have both 'except' and 'except*' on the same 'try'");
                    return;
                }
            }
            if (Failed) return;
        }
    }

    // invalid_except_stmt
    void InvalidExceptStmt() => InvalidExceptCommon(star: false);
    void InvalidExceptStarStmt() => InvalidExceptCommon(star: true);

    void InvalidExceptCommon(bool star)
    {
        int start = _mark;
        if (!Expect(TokenType.KwExcept) || (star && !Expect(TokenType.Star))) return;
        int afterKw = _mark;
        {
            var a = Expression();
            if (a != null && Expect(TokenType.Comma) && Expressions() != null && Expect(TokenType.KwAs) && NameToken() != null && Expect(TokenType.Colon))
            {
                RaiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
                return;
            }
            if (Failed) return;
        }
        _mark = afterKw;
        if (Expression() != null)
        {
            int m = _mark;
            if (!(Expect(TokenType.KwAs) && NameToken() != null)) _mark = m;
            if (Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
        }
        if (Failed) return;
        _mark = afterKw;
        if (!star && Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
        if (star && (Expect(TokenType.Newline) || Expect(TokenType.Colon))) { RaiseSyntaxError("expected one or more exception types"); return; }
        _mark = afterKw;
        if (Expression() != null && Expect(TokenType.KwAs))
        {
            var a = Expression();
            if (a != null && Expect(TokenType.Colon) && Block() != null)
                RaiseKnownLocation(a, $"cannot use {(star ? "except*" : "except")} statement with {GetExprName(a)}");
        }
        _ = start;
    }

    // invalid_except_stmt_indent / invalid_except_star_stmt_indent
    void InvalidExceptStmtIndent() => InvalidExceptIndentCommon(star: false);
    void InvalidExceptStarStmtIndent() => InvalidExceptIndentCommon(star: true);

    void InvalidExceptIndentCommon(bool star)
    {
        int a = ExpectTok(TokenType.KwExcept);
        if (a < 0 || (star && !Expect(TokenType.Star))) return;
        int afterKw = _mark;
        string what = star ? "'except*' statement" : "'except' statement";
        if (Expression() != null)
        {
            int m = _mark;
            if (!(Expect(TokenType.KwAs) && NameToken() != null)) _mark = m;
            if (ColonNewlineNoIndent(a, what) || Failed) return;
        }
        if (Failed || star) return;
        _mark = afterKw;
        ColonNewlineNoIndent(a, what);
    }

    // invalid_finally_stmt
    void InvalidFinallyStmt()
    {
        int a = ExpectTok(TokenType.KwFinally);
        if (a >= 0) ColonNewlineNoIndent(a, "'finally' statement");
    }

    // invalid_match_stmt
    void InvalidMatchStmt()
    {
        int start = _mark;
        int a = ExpectSoftKeyword("match");
        if (a >= 0 && SubjectExpr() != null)
        {
            int m = _mark;
            if (Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
            _mark = m;
            if (ColonNewlineNoIndent(a, "'match' statement") || Failed) return;
        }
        if (Failed) return;
        _mark = start;
        int c = ExpectSoftKeyword("case");
        if (c >= 0 && Patterns() != null)
        {
            Guard();
            int colon = ExpectTok(TokenType.Colon);
            if (colon >= 0 && Block() != null) RaiseKnownRange(c, colon, "case statement must be inside match statement");
        }
    }

    // invalid_case_block
    void InvalidCaseBlock()
    {
        int start = _mark;
        int a = ExpectSoftKeyword("case");
        if (a < 0 || Patterns() == null) return;
        Guard();
        if (Failed) return;
        int m = _mark;
        if (Expect(TokenType.Newline)) { RaiseSyntaxError("expected ':'"); return; }
        _mark = m;
        ColonNewlineNoIndent(a, "'case' statement");
        _ = start;
    }

    // invalid_as_pattern
    void InvalidAsPattern()
    {
        if (OrPattern() == null || !Expect(TokenType.KwAs)) return;
        int m = _mark;
        int u = ExpectSoftKeyword("_");
        if (u >= 0) { RaiseKnownLocation(u, "cannot use '_' as a target"); return; }
        _mark = m;
        var a = Expression();
        if (a != null) RaiseKnownLocation(a, $"cannot use {GetExprName(a)} as pattern target");
    }

    // invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
    void InvalidClassPattern()
    {
        if (NameOrAttr() == null || !Expect(TokenType.LPar)) return;
        // [positional_patterns ','] keyword_patterns ',' positional_patterns
        int m = _mark;
        if (!(PositionalPatterns() != null && Expect(TokenType.Comma))) _mark = m;
        if (!KeywordPatterns(new List<string>(), new List<Pattern>()) || !Expect(TokenType.Comma)) return;
        var a = PositionalPatterns();
        if (a != null) RaiseKnownRange(a[0], a[^1], "positional patterns follow keyword patterns");
    }

    // invalid_import
    void InvalidImport()
    {
        int start = _mark;
        int a = ExpectTok(TokenType.KwImport);
        if (a < 0) return;
        int count = 0;
        while (DottedName() != null) { count++; if (!Expect(TokenType.Comma)) break; }
        if (count > 0 && Expect(TokenType.KwFrom) && DottedName() != null)
        {
            RaiseStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
            return;
        }
        _mark = start + 1;
        int nl = ExpectTok(TokenType.Newline);
        if (nl >= 0) RaiseStartingFrom(nl, "Expected one or more names after 'import'");
    }

    // invalid_dotted_as_name / invalid_import_from_as_name
    void InvalidDottedAsName()
    {
        if (DottedName() == null) return;
        InvalidAsImportTarget();
    }

    void InvalidImportFromAsName()
    {
        if (NameToken() == null) return;
        InvalidAsImportTarget();
    }

    void InvalidAsImportTarget()
    {
        if (!Expect(TokenType.KwAs)) return;
        int m = _mark;
        bool ok = NameToken() != null && (LookaheadAny(TokenType.Comma, TokenType.RPar, TokenType.Semi) || Lookahead(TokenType.Newline));
        _mark = m;
        if (ok) return;
        var a = Expression();
        if (a != null) RaiseKnownLocation(a, $"cannot use {GetExprName(a)} as import target");
    }

    // invalid_import_from_targets
    void InvalidImportFromTargets()
    {
        int start = _mark;
        if (ImportFromAsNames() != null && Expect(TokenType.Comma) && Expect(TokenType.Newline))
        {
            RaiseSyntaxError("trailing comma not allowed without surrounding parentheses");
            return;
        }
        if (Failed) return;
        _mark = start;
        int nl = ExpectTok(TokenType.Newline);
        if (nl >= 0) RaiseStartingFrom(nl, "Expected one or more names after 'import'");
    }

    // invalid_group
    void InvalidGroup()
    {
        int start = _mark;
        if (!Expect(TokenType.LPar)) return;
        var a = StarredExpression();
        if (a != null && Expect(TokenType.RPar)) { RaiseKnownLocation(a, "cannot use starred expression here"); return; }
        if (Failed) return;
        _mark = start + 1;
        int d = ExpectTok(TokenType.DoubleStar);
        if (d >= 0 && Expression() != null && Expect(TokenType.RPar))
            RaiseKnownLocation(d, "cannot use double starred expression here");
    }

    // invalid_comprehension
    void InvalidComprehension()
    {
        int start = _mark;
        var ty = PeekType();
        if (ty is TokenType.LSqb or TokenType.LPar or TokenType.LBrace)
        {
            _mark++;
            var a = StarredExpression();
            if (a != null && ForIfClauses() != null)
            {
                RaiseKnownLocation(a, "iterable unpacking cannot be used in comprehension");
                return;
            }
            if (Failed) return;
        }
        _mark = start;
        if (ty is TokenType.LSqb or TokenType.LBrace)
        {
            _mark++;
            var a = StarNamedExpression();
            if (a != null && Expect(TokenType.Comma))
            {
                int afterComma = _mark;
                var b = StarNamedExpressions();
                if (b != null && ForIfClauses() != null)
                {
                    RaiseKnownRange(a, b[^1], "did you forget parentheses around the comprehension target?");
                    return;
                }
                if (Failed) return;
                _mark = afterComma;
                if (ForIfClauses() != null)
                {
                    RaiseKnownRange(a, afterComma - 1, "did you forget parentheses around the comprehension target?");
                    return;
                }
            }
        }
    }

    // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
    void InvalidDictComprehension()
    {
        if (!Expect(TokenType.LBrace)) return;
        int a = ExpectTok(TokenType.DoubleStar);
        if (a < 0 || BitwiseOr() == null || ForIfClauses() == null || !Expect(TokenType.RBrace)) return;
        RaiseKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
    }

    // invalid_double_starred_kvpairs
    void InvalidDoubleStarredKvpairs()
    {
        int start = _mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        {
            var keys = new List<Expr>();
            var values = new List<Expr>();
            if (DoubleStarredKvpairs(keys, values))
            {
                _mark--;
                if (_tokens[_mark].Type != TokenType.Comma) _mark++;
                if (Expect(TokenType.Comma) && InvalidKvpair()) return;
            }
            if (Failed) return;
        }
        _mark = start;
        // expression ':' a='*' bitwise_or
        {
            if (Expression() != null && Expect(TokenType.Colon))
            {
                int a = ExpectTok(TokenType.Star);
                if (a >= 0 && BitwiseOr() != null) { RaiseStartingFrom(a, "cannot use a starred expression in a dictionary value"); return; }
            }
            if (Failed) return;
        }
        _mark = start;
        // expression ':' &('}'|',')
        {
            if (Expression() != null)
            {
                int a = ExpectTok(TokenType.Colon);
                if (a >= 0 && LookaheadAny(TokenType.RBrace, TokenType.Comma))
                    RaiseKnownLocation(a, "expression expected after dictionary key and ':'");
            }
        }
    }

    // invalid_kvpair
    bool InvalidKvpair()
    {
        int start = _mark;
        var a = Expression();
        if (a != null && !Lookahead(TokenType.Colon))
        {
            RaiseAt("SyntaxError", a.Lineno, a.EndColOffset - 1, a.EndLineno, -1, "':' expected after dictionary key");
            return true;
        }
        if (Failed) return true;
        _mark = start;
        if (Expression() != null && Expect(TokenType.Colon))
        {
            int s = ExpectTok(TokenType.Star);
            if (s >= 0 && BitwiseOr() != null) { RaiseStartingFrom(s, "cannot use a starred expression in a dictionary value"); return true; }
            int c = _mark - 1;
            if (s < 0 && LookaheadAny(TokenType.RBrace, TokenType.Comma))
            {
                RaiseKnownLocation(c, "expression expected after dictionary key and ':'");
                return true;
            }
        }
        return Failed;
    }

    // invalid_starred_expression_unpacking: '*' expression '=' expression
    void InvalidStarredExpressionUnpacking()
    {
        int a = ExpectTok(TokenType.Star);
        if (a < 0 || Expression() == null || !Expect(TokenType.Equal)) return;
        var b = Expression();
        if (b != null) RaiseKnownRange(a, b, "cannot assign to iterable argument unpacking");
    }

    // invalid_starred_expression: '*'
    void InvalidStarredExpression()
    {
        if (Expect(TokenType.Star)) RaiseSyntaxError("Invalid star expression");
    }

    // invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion
    void InvalidArithmetic()
    {
        if (Sum() == null) return;
        var ty = PeekType();
        if (ty is not (TokenType.Plus or TokenType.Minus or TokenType.Star or TokenType.Slash or TokenType.Percent or TokenType.DoubleSlash or TokenType.At)) return;
        _mark++;
        int a = ExpectTok(TokenType.KwNot);
        if (a < 0) return;
        var b = Inversion();
        if (b != null) RaiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }

    // invalid_factor: ('+' | '-' | '~') 'not' factor
    void InvalidFactor()
    {
        var ty = PeekType();
        if (ty is not (TokenType.Plus or TokenType.Minus or TokenType.Tilde)) return;
        _mark++;
        int a = ExpectTok(TokenType.KwNot);
        if (a < 0) return;
        var b = Factor();
        if (b != null) RaiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }

    // invalid_type_params: '[' ']'
    void InvalidTypeParams()
    {
        if (!Expect(TokenType.LSqb)) return;
        int t = ExpectTok(TokenType.RSqb);
        if (t >= 0) RaiseStartingFrom(t, "Type parameter list cannot be empty");
    }

    // invalid_type_param
    void InvalidTypeParam()
    {
        bool star = Lookahead(TokenType.Star);
        if (!Expect(TokenType.Star) && !Expect(TokenType.DoubleStar)) return;
        if (NameToken() == null) return;
        int colon = ExpectTok(TokenType.Colon);
        if (colon < 0) return;
        var e = Expression();
        if (e == null) return;
        string kind = star ? "TypeVarTuple" : "ParamSpec";
        RaiseStartingFrom(colon, e is Tuple ? $"cannot use constraints with {kind}" : $"cannot use bound with {kind}");
    }

    // invalid_default: '=' &(')'|',')
    void InvalidDefault()
    {
        int a = ExpectTok(TokenType.Equal);
        if (a >= 0 && LookaheadAny(TokenType.RPar, TokenType.Comma))
            RaiseKnownLocation(a, "expected default value expression");
    }

    // invalid_parameters
    void InvalidParameters() => InvalidParametersCommon(lambda: false);
    void InvalidLambdaParameters() => InvalidParametersCommon(lambda: true);

    void InvalidParametersCommon(bool lambda)
    {
        int start = _mark;
        // "/" ','
        {
            int a = ExpectTok(TokenType.Slash);
            if (a >= 0 && Expect(TokenType.Comma)) { RaiseKnownLocation(a, "at least one argument must precede /"); return; }
        }
        _mark = start;
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        {
            bool ok = SlashNoDefault(lambda) != null;
            if (!ok) { _mark = start; ok = SlashWithDefault(lambda) != null; }
            if (ok)
            {
                ParamMaybeDefaultStar(lambda);
                int a = ExpectTok(TokenType.Slash);
                if (a >= 0) { RaiseKnownLocation(a, "/ may appear only once"); return; }
            }
            if (Failed) return;
        }
        _mark = start;
        // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
        {
            int m = _mark;
            if (SlashNoDefault(lambda) == null) _mark = m;
            ParamNoDefaultStar(lambda);
            m = _mark;
            bool helper = SlashWithDefault(lambda) != null;
            if (!helper) { _mark = m; helper = ParamWithDefaultStar(lambda).Count > 0; }
            if (helper)
            {
                var a = ParamNoDefault(lambda);
                if (a != null) { RaiseKnownLocation(a, "parameter without a default follows parameter with a default"); return; }
            }
            if (Failed) return;
        }
        _mark = start;
        // param_no_default* '(' param_no_default+ ','? ')'
        {
            ParamNoDefaultStar(lambda);
            int a = ExpectTok(TokenType.LPar);
            if (a >= 0)
            {
                int n = 0;
                if (lambda)
                {
                    while (Param(true) != null) { n++; if (!Expect(TokenType.Comma)) break; }
                }
                else n = ParamNoDefaultStar(false).Count;
                if (n > 0)
                {
                    Expect(TokenType.Comma);
                    int b = ExpectTok(TokenType.RPar);
                    if (b >= 0)
                    {
                        RaiseKnownRange(a, b, lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
                        return;
                    }
                }
            }
            if (Failed) return;
        }
        _mark = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
        {
            int m = _mark;
            if (SlashNoDefault(lambda) == null) { _mark = m; if (SlashWithDefault(lambda) == null) _mark = m; }
            ParamMaybeDefaultStar(lambda);
            if (Expect(TokenType.Star) && (Expect(TokenType.Comma) || ParamNoDefault(lambda) != null))
            {
                ParamMaybeDefaultStar(lambda);
                int a = ExpectTok(TokenType.Slash);
                if (a >= 0) { RaiseKnownLocation(a, "/ must be ahead of *"); return; }
            }
            if (Failed) return;
        }
        _mark = start;
        // param_maybe_default+ '/' '*'
        {
            if (ParamMaybeDefaultStar(lambda).Count > 0 && Expect(TokenType.Slash))
            {
                int a = ExpectTok(TokenType.Star);
                if (a >= 0) RaiseKnownLocation(a, "expected comma between / and *");
            }
        }
    }

    // invalid_star_etc / invalid_lambda_star_etc
    void InvalidStarEtc() => InvalidStarEtcCommon(lambda: false);
    void InvalidLambdaStarEtc() => InvalidStarEtcCommon(lambda: true);

    void InvalidStarEtcCommon(bool lambda)
    {
        int start = _mark;
        var close = lambda ? TokenType.Colon : TokenType.RPar;
        int a = ExpectTok(TokenType.Star);
        if (a < 0) return;
        if (Lookahead(close) || (Expect(TokenType.Comma) && LookaheadAny(close, TokenType.DoubleStar)))
        {
            if (lambda) RaiseSyntaxError("named arguments must follow bare *");
            else RaiseKnownLocation(a, "named arguments must follow bare *");
            return;
        }
        _mark = start + 1;
        if (!lambda && Expect(TokenType.Comma) && Expect(TokenType.TypeComment))
        {
            RaiseSyntaxError("bare * has associated type comment");
            return;
        }
        _mark = start + 1;
        if (Param(lambda) != null)
        {
            int eq = ExpectTok(TokenType.Equal);
            if (eq >= 0) { RaiseKnownLocation(eq, "var-positional argument cannot have default value"); return; }
        }
        _mark = start + 1;
        if (ParamNoDefault(lambda) != null || Expect(TokenType.Comma))
        {
            ParamMaybeDefaultStar(lambda);
            int s = ExpectTok(TokenType.Star);
            if (s >= 0 && (ParamNoDefault(lambda) != null || Expect(TokenType.Comma)))
                RaiseKnownLocation(s, "* argument may appear only once");
        }
    }

    // invalid_kwds / invalid_lambda_kwds
    void InvalidKwds() => InvalidKwdsCommon(lambda: false);
    void InvalidLambdaKwds() => InvalidKwdsCommon(lambda: true);

    void InvalidKwdsCommon(bool lambda)
    {
        int start = _mark;
        if (!Expect(TokenType.DoubleStar) || Param(lambda) == null) return;
        int afterParam = _mark;
        int eq = ExpectTok(TokenType.Equal);
        if (eq >= 0) { RaiseKnownLocation(eq, "var-keyword argument cannot have default value"); return; }
        _mark = afterParam;
        if (!Expect(TokenType.Comma)) return;
        int m = _mark;
        var p = Param(lambda);
        if (p != null) { RaiseKnownLocation(p, "arguments cannot follow var-keyword argument"); return; }
        _mark = m;
        var ty = PeekType();
        if (ty is TokenType.Star or TokenType.DoubleStar or TokenType.Slash)
            RaiseKnownLocation(_mark, "arguments cannot follow var-keyword argument");
        _ = start;
    }

    // invalid_string_tstring_concat
    void InvalidStringTstringConcat()
    {
        int start = _mark;
        var parts = new List<Expr>();
        while (true)
        {
            var ty = PeekType();
            Expr? e = ty == TokenType.String ? StringToken() : ty == TokenType.FStringStart ? FString() : null;
            if (e == null) break;
            parts.Add(e);
        }
        if (Failed) return;
        if (parts.Count > 0 && Lookahead(TokenType.TStringStart))
        {
            var b = TString();
            if (b != null) { RaiseKnownRange(parts[^1], b, "cannot mix t-string literals with string or bytes literals"); return; }
        }
        if (Failed) return;
        _mark = start;
        parts.Clear();
        while (Lookahead(TokenType.TStringStart))
        {
            var e = TString();
            if (e == null) break;
            parts.Add(e);
        }
        if (Failed || parts.Count == 0) return;
        var tyn = PeekType();
        Expr? s = tyn == TokenType.String ? StringToken() : tyn == TokenType.FStringStart ? FString() : null;
        if (s != null) RaiseKnownRange(parts[^1], s, "cannot mix t-string literals with string or bytes literals");
    }

    // invalid_fstring_replacement_field / invalid_tstring_replacement_field
    void InvalidReplacementField(bool isT)
    {
        string p = isT ? "t" : "f";
        int start = _mark;
        if (!Expect(TokenType.LBrace)) return;
        int afterBrace = _mark;
        var ty = PeekType();
        if (ty is TokenType.Equal or TokenType.Exclamation or TokenType.Colon or TokenType.RBrace)
        {
            string c = ty switch { TokenType.Equal => "=", TokenType.Exclamation => "!", TokenType.Colon => ":", _ => "}" };
            RaiseKnownLocation(_mark, $"{p}-string: valid expression required before '{c}'");
            return;
        }
        if (AnnotatedRhs() == null)
        {
            if (Failed) return;
            _mark = afterBrace;
            RaiseSyntaxErrorOnNextToken($"{p}-string: expecting a valid expression after '{{'");
            return;
        }
        if (!LookaheadAny(TokenType.Equal, TokenType.Exclamation, TokenType.Colon) && !Lookahead(TokenType.RBrace))
        {
            RaiseSyntaxErrorOnNextToken($"{p}-string: expecting '=', or '!', or ':', or '}}'");
            return;
        }
        int afterExpr = _mark;
        if (Expect(TokenType.Equal) && !LookaheadAny(TokenType.Exclamation, TokenType.Colon, TokenType.RBrace))
        {
            RaiseSyntaxErrorOnNextToken($"{p}-string: expecting '!', or ':', or '}}'");
            return;
        }
        _mark = afterExpr;
        Expect(TokenType.Equal);
        int afterEq = _mark;
        if (Expect(TokenType.Exclamation))
        {
            if (LookaheadAny(TokenType.Colon, TokenType.RBrace)) { RaiseSyntaxErrorOnNextToken($"{p}-string: missing conversion character"); return; }
            if (!Lookahead(TokenType.Name)) { RaiseSyntaxErrorOnNextToken($"{p}-string: invalid conversion character"); return; }
        }
        _mark = afterEq;
        if (!(Expect(TokenType.Exclamation) && NameToken() != null)) _mark = afterEq;
        if (!LookaheadAny(TokenType.Colon, TokenType.RBrace))
        {
            RaiseSyntaxErrorOnNextToken($"{p}-string: expecting ':' or '}}'");
            return;
        }
        if (Expect(TokenType.Colon))
        {
            var middle = isT ? TokenType.TStringMiddle : TokenType.FStringMiddle;
            while (true)
            {
                if (Expect(middle)) continue;
                int m = _mark;
                if (ReplacementField(isT) == null) { _mark = m; break; }
            }
            if (Failed) return;
            if (!Lookahead(TokenType.RBrace)) { RaiseSyntaxErrorOnNextToken($"{p}-string: expecting '}}', or format specs"); return; }
        }
        if (!Lookahead(TokenType.RBrace)) RaiseSyntaxErrorOnNextToken($"{p}-string: expecting '}}'");
        _ = start;
    }
}
