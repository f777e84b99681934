using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: EXPRESSIONS (python.gram "expressions" through "atom").</summary>
internal sealed partial class Parser
{
    // Memo keys of the (memo) rules and the left-recursive ones.
    const int M_expression = 1, M_star_expression = 2, M_disjunction = 3, M_conjunction = 4, M_inversion = 5,
        M_factor = 6, M_await_primary = 7, M_bitwise_or = 8, M_primary = 9, M_t_primary = 10, M_star_target = 11,
        M_target_with_star_atom = 12, M_del_target = 13, M_arguments = 14, M_strings = 15, M_simple_stmt = 16,
        M_block = 17, M_import_stmt = 18, M_closed_pattern = 19, M_star_pattern = 20, M_type_param = 21,
        M_invalid_named_expression = 22, M_tstring = 23, M_sum = 24, M_shift_expr = 25, M_bitwise_and = 26,
        M_bitwise_xor = 27, M_term = 28, M_dotted_name = 29, M_attr = 30;

    // expressions: expression (',' expression)+ [','] | expression ',' | expression
    Expr? Expressions()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = Expression();
        if (a == null) return null;
        if (!Lookahead(TokenType.Comma)) return a;
        var elts = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var e = Expression();
            if (e == null) { _mark = m; break; }
            elts.Add(e);
        }
        if (Failed) return null;
        Expect(TokenType.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    Expr? Expression()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_expression, out Expr? memo)) { Leave(); return memo; }
        var r = ExpressionBody(start);
        Memoize(start, M_expression, r);
        Leave();
        return r;
    }

    Expr? ExpressionBody(int start)
    {
        if (_callInvalidRules)
        {
            InvalidIfExpression();
            if (Failed) return null;
            _mark = start;
            InvalidExpression();
            if (Failed) return null;
            _mark = start;
            InvalidLegacyExpression();
            if (Failed) return null;
            _mark = start;
        }
        var a = Disjunction();
        if (a != null)
        {
            int m = _mark;
            if (Expect(TokenType.KwIf))
            {
                var b = Disjunction();
                if (b != null && Expect(TokenType.KwElse))
                {
                    var c = Expression();
                    if (c != null) return Loc(new IfExp { Test = b, Body = a, Orelse = c }, start);
                }
                if (Failed) return null;
            }
            _mark = m;
            return a;
        }
        if (Failed) return null;
        _mark = start;
        return Lambdef();
    }

    /// <summary>expression_without_invalid: expression with invalid_ rules disabled.</summary>
    Expr? ExpressionWithoutInvalid()
    {
        bool saved = _callInvalidRules;
        _callInvalidRules = false;
        int start = _mark;
        Expr? r = null;
        var a = Disjunction();
        if (a != null)
        {
            int m = _mark;
            if (Expect(TokenType.KwIf))
            {
                var b = Disjunction();
                if (b != null && Expect(TokenType.KwElse))
                {
                    var c = Expression();
                    if (c != null) r = Loc(new IfExp { Test = b, Body = a, Orelse = c }, start);
                }
            }
            if (r == null) { _mark = m; r = a; }
        }
        else if (!Failed)
        {
            _mark = start;
            r = Lambdef();
        }
        _callInvalidRules = saved;
        return r;
    }

    // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    Expr? YieldExpr()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (!Expect(TokenType.KwYield)) return null;
        if (Expect(TokenType.KwFrom))
        {
            var a = Expression();
            if (a != null) return Loc(new YieldFrom { Value = a }, start);
            if (Failed) return null;
            _mark = start + 1;
        }
        var v = StarExpressions();
        if (Failed) return null;
        return Loc(new Yield { Value = v }, start);
    }

    // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
    Expr? StarExpressions()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = StarExpression();
        if (a == null) return null;
        if (!Lookahead(TokenType.Comma)) return a;
        var elts = new List<Expr> { a };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var e = StarExpression();
            if (e == null) { _mark = m; break; }
            elts.Add(e);
        }
        if (Failed) return null;
        Expect(TokenType.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    // star_expression (memo): '*' bitwise_or | expression
    Expr? StarExpression()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_star_expression, out Expr? memo)) return memo;
        Expr? r = null;
        if (Expect(TokenType.Star))
        {
            var a = BitwiseOr();
            if (a != null) r = Loc(new Starred { Value = a, Ctx = ExprContext.Load }, start);
            else _mark = start;
        }
        if (r == null && !Failed) r = Expression();
        Memoize(start, M_star_expression, r);
        return r;
    }

    // star_named_expressions: ','.star_named_expression+ [',']
    List<Expr>? StarNamedExpressions()
    {
        var first = StarNamedExpression();
        if (first == null) return null;
        var list = new List<Expr> { first };
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) break;
            var e = StarNamedExpression();
            if (e == null) { _mark = m; break; }
            list.Add(e);
        }
        if (Failed) return null;
        Expect(TokenType.Comma);
        return list;
    }

    // star_named_expression: '*' bitwise_or | named_expression
    Expr? StarNamedExpression()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (Expect(TokenType.Star))
        {
            var a = BitwiseOr();
            if (a != null) return Loc(new Starred { Value = a, Ctx = ExprContext.Load }, start);
            if (Failed) return null;
            _mark = start;
        }
        return NamedExpression();
    }

    // assignment_expression: NAME ':=' ~ expression
    Expr? AssignmentExpression()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = NameToken();
        if (a == null) return null;
        if (!Expect(TokenType.ColonEqual)) { _mark = start; return null; }
        var b = Expression();
        if (b == null) return null; // cut
        a.Ctx = ExprContext.Store;
        return CheckVersion(8, "Assignment expressions are", Loc(new NamedExpr { Target = a, Value = b }, start));
    }

    // named_expression: assignment_expression | invalid_named_expression | expression !':='
    Expr? NamedExpression()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = AssignmentExpression();
        if (a != null || Failed) return a;
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidNamedExpression();
            if (Failed) return null;
            _mark = start;
        }
        var e = Expression();
        if (e != null && !Lookahead(TokenType.ColonEqual)) return e;
        _mark = start;
        return null;
    }

    // disjunction (memo): conjunction ('or' conjunction)+ | conjunction
    Expr? Disjunction()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_disjunction, out Expr? memo)) { Leave(); return memo; }
        var a = Conjunction();
        Expr? r = a;
        if (a != null && Lookahead(TokenType.KwOr))
        {
            var values = new List<Expr> { a };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenType.KwOr)) break;
                var c = Conjunction();
                if (c == null) { _mark = m; break; }
                values.Add(c);
            }
            if (values.Count > 1) r = Loc(new BoolOp { Op = BoolOpKind.Or, Values = values }, start);
        }
        if (Failed) r = null;
        Memoize(start, M_disjunction, r);
        Leave();
        return r;
    }

    Expr? Conjunction()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_conjunction, out Expr? memo)) return memo;
        var a = Inversion();
        Expr? r = a;
        if (a != null && Lookahead(TokenType.KwAnd))
        {
            var values = new List<Expr> { a };
            while (true)
            {
                int m = _mark;
                if (!Expect(TokenType.KwAnd)) break;
                var c = Inversion();
                if (c == null) { _mark = m; break; }
                values.Add(c);
            }
            if (values.Count > 1) r = Loc(new BoolOp { Op = BoolOpKind.And, Values = values }, start);
        }
        if (Failed) r = null;
        Memoize(start, M_conjunction, r);
        return r;
    }

    // inversion (memo): 'not' inversion | comparison
    Expr? Inversion()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_inversion, out Expr? memo)) { Leave(); return memo; }
        Expr? r = null;
        if (Expect(TokenType.KwNot))
        {
            var a = Inversion();
            if (a != null) r = Loc(new UnaryOp { Op = UnaryOpKind.Not, Operand = a }, start);
            else _mark = start;
        }
        if (r == null && !Failed) r = Comparison();
        Memoize(start, M_inversion, r);
        Leave();
        return r;
    }

    // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    Expr? Comparison()
    {
        if (Failed) return null;
        int start = _mark;
        var a = BitwiseOr();
        if (a == null) return null;
        List<CmpOpKind>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            int m = _mark;
            if (!CompareOpBitwiseOrPair(out var op, out var e))
            {
                _mark = m;
                break;
            }
            (ops ??= new()).Add(op);
            (comparators ??= new()).Add(e!);
        }
        if (Failed) return null;
        if (ops == null) return a;
        return Loc(new Compare { Left = a, Ops = ops, Comparators = comparators! }, start);
    }

    bool CompareOpBitwiseOrPair(out CmpOpKind op, out Expr? e)
    {
        e = null;
        op = CmpOpKind.Eq;
        int start = _mark;
        if (_mark == _fill && !FillToken()) return false;
        ref Token t = ref _tokens[_mark];
        switch (t.Type)
        {
            case TokenType.EqEqual: op = CmpOpKind.Eq; break;
            case TokenType.NotEqual:
                // '<>' is only != under barry_as_FLUFL
                if (_src.Buf[t.Start] == (byte)'<') return false;
                op = CmpOpKind.NotEq;
                break;
            case TokenType.LessEqual: op = CmpOpKind.LtE; break;
            case TokenType.Less: op = CmpOpKind.Lt; break;
            case TokenType.GreaterEqual: op = CmpOpKind.GtE; break;
            case TokenType.Greater: op = CmpOpKind.Gt; break;
            case TokenType.KwIn: op = CmpOpKind.In; break;
            case TokenType.KwNot:
                _mark++;
                if (!Lookahead(TokenType.KwIn)) { _mark = start; return false; }
                op = CmpOpKind.NotIn;
                break;
            case TokenType.KwIs:
                _mark++;
                if (Lookahead(TokenType.KwNot)) op = CmpOpKind.IsNot;
                else { op = CmpOpKind.Is; _mark--; }
                break;
            default:
                return false;
        }
        _mark++;
        e = BitwiseOr();
        if (e == null) { _mark = start; return false; }
        return true;
    }

    // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (left-recursive: a loop)
    Expr? BitwiseOr()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_bitwise_or, out Expr? memo)) { Leave(); return memo; }
        var a = BitwiseXor();
        while (a != null)
        {
            int m = _mark;
            if (!Expect(TokenType.VBar)) break;
            var b = BitwiseXor();
            if (b == null) { _mark = m; break; }
            a = Loc(new BinOp { Left = a, Op = OperatorKind.BitOr, Right = b }, start);
        }
        if (Failed) a = null;
        Memoize(start, M_bitwise_or, a);
        Leave();
        return a;
    }

    Expr? BitwiseXor()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_bitwise_xor, out Expr? memo)) return memo;
        var a = BitwiseAnd();
        while (a != null)
        {
            int m = _mark;
            if (!Expect(TokenType.Circumflex)) break;
            var b = BitwiseAnd();
            if (b == null) { _mark = m; break; }
            a = Loc(new BinOp { Left = a, Op = OperatorKind.BitXor, Right = b }, start);
        }
        if (Failed) a = null;
        Memoize(start, M_bitwise_xor, a);
        return a;
    }

    Expr? BitwiseAnd()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_bitwise_and, out Expr? memo)) return memo;
        var a = ShiftExpr();
        while (a != null)
        {
            int m = _mark;
            if (!Expect(TokenType.Amper)) break;
            var b = ShiftExpr();
            if (b == null) { _mark = m; break; }
            a = Loc(new BinOp { Left = a, Op = OperatorKind.BitAnd, Right = b }, start);
        }
        if (Failed) a = null;
        Memoize(start, M_bitwise_and, a);
        return a;
    }

    // shift_expr: shift_expr ('<<'|'>>') sum | invalid_arithmetic | sum
    Expr? ShiftExpr()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_shift_expr, out Expr? memo)) return memo;
        if (_callInvalidRules)
        {
            InvalidArithmetic();
            if (Failed) return null;
            _mark = start;
        }
        var a = Sum();
        while (a != null)
        {
            int m = _mark;
            OperatorKind op;
            if (Expect(TokenType.LeftShift)) op = OperatorKind.LShift;
            else if (Expect(TokenType.RightShift)) op = OperatorKind.RShift;
            else break;
            var b = Sum();
            if (b == null) { _mark = m; break; }
            a = Loc(new BinOp { Left = a, Op = op, Right = b }, start);
        }
        if (Failed) a = null;
        Memoize(start, M_shift_expr, a);
        return a;
    }

    Expr? Sum()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_sum, out Expr? memo)) return memo;
        var a = Term();
        while (a != null)
        {
            int m = _mark;
            OperatorKind op;
            if (Expect(TokenType.Plus)) op = OperatorKind.Add;
            else if (Expect(TokenType.Minus)) op = OperatorKind.Sub;
            else break;
            var b = Term();
            if (b == null) { _mark = m; break; }
            a = Loc(new BinOp { Left = a, Op = op, Right = b }, start);
        }
        if (Failed) a = null;
        Memoize(start, M_sum, a);
        return a;
    }

    // term: term ('*'|'/'|'//'|'%'|'@') factor | invalid_factor | factor
    Expr? Term()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_term, out Expr? memo)) return memo;
        if (_callInvalidRules)
        {
            InvalidFactor();
            if (Failed) return null;
            _mark = start;
        }
        var a = Factor();
        while (a != null)
        {
            int m = _mark;
            OperatorKind op;
            switch (PeekType())
            {
                case TokenType.Star: op = OperatorKind.Mult; break;
                case TokenType.Slash: op = OperatorKind.Div; break;
                case TokenType.DoubleSlash: op = OperatorKind.FloorDiv; break;
                case TokenType.Percent: op = OperatorKind.Mod; break;
                case TokenType.At: op = OperatorKind.MatMult; break;
                default: goto done;
            }
            _mark++;
            var b = Factor();
            if (b == null) { _mark = m; break; }
            a = Loc(new BinOp { Left = a, Op = op, Right = b }, start);
            if (op == OperatorKind.MatMult) a = CheckVersion(5, "The '@' operator is", a);
        }
    done:
        if (Failed) a = null;
        Memoize(start, M_term, a);
        return a;
    }

    // factor (memo): '+' factor | '-' factor | '~' factor | power
    Expr? Factor()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_factor, out Expr? memo)) { Leave(); return memo; }
        Expr? r = null;
        UnaryOpKind op = UnaryOpKind.UAdd;
        bool isUnary = true;
        switch (PeekType())
        {
            case TokenType.Plus: op = UnaryOpKind.UAdd; break;
            case TokenType.Minus: op = UnaryOpKind.USub; break;
            case TokenType.Tilde: op = UnaryOpKind.Invert; break;
            default: isUnary = false; break;
        }
        if (isUnary)
        {
            _mark++;
            var a = Factor();
            if (a != null) r = Loc(new UnaryOp { Op = op, Operand = a }, start);
            else _mark = start;
        }
        if (r == null && !Failed) r = Power();
        Memoize(start, M_factor, r);
        Leave();
        return r;
    }

    // power: await_primary '**' factor | await_primary
    Expr? Power()
    {
        int start = _mark;
        var a = AwaitPrimary();
        if (a == null) return null;
        int m = _mark;
        if (Expect(TokenType.DoubleStar))
        {
            var b = Factor();
            if (b != null) return Loc(new BinOp { Left = a, Op = OperatorKind.Pow, Right = b }, start);
            if (Failed) return null;
        }
        _mark = m;
        return a;
    }

    // await_primary (memo): 'await' primary | primary
    Expr? AwaitPrimary()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_await_primary, out Expr? memo)) return memo;
        Expr? r = null;
        if (Expect(TokenType.KwAwait))
        {
            var a = Primary();
            if (a != null) r = CheckVersion(5, "Await expressions are", Loc(new Await { Value = a }, start));
            else _mark = start;
        }
        if (r == null && !Failed) r = Primary();
        Memoize(start, M_await_primary, r);
        return r;
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
    Expr? Primary()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_primary, out Expr? memo)) { Leave(); return memo; }
        var a = Atom();
        while (a != null && !Failed)
        {
            int m = _mark;
            var next = PrimaryTrailer(a, start);
            if (next == null) { _mark = m; break; }
            a = next;
        }
        if (Failed) a = null;
        Memoize(start, M_primary, a);
        Leave();
        return a;
    }

    /// <summary>One step of the left-recursive primary/t_primary: `.NAME`, genexp, call or subscript.</summary>
    Expr? PrimaryTrailer(Expr a, int start, ExprContext ctx = ExprContext.Load)
    {
        int m = _mark;
        switch (PeekType())
        {
            case TokenType.Dot:
            {
                _mark++;
                var b = NameToken();
                if (b == null) return null;
                return Loc(new Attribute { Value = a, Attr = b.Id, Ctx = ctx }, start);
            }
            case TokenType.LPar:
            {
                var g = Genexp();
                if (g != null) return Loc(new Call { Func = a, Args = new List<Expr> { g } }, start);
                if (Failed) return null;
                _mark = m + 1;
                var args = CallArguments();
                if (Failed) return null;
                if (!Expect(TokenType.RPar)) return null;
                var call = new Call { Func = a };
                if (args != null)
                {
                    call.Args = args.Args;
                    call.Keywords = args.Keywords;
                }
                return Loc(call, start);
            }
            case TokenType.LSqb:
            {
                _mark++;
                var s = Slices();
                if (s == null || !Expect(TokenType.RSqb)) return null;
                return Loc(new Subscript { Value = a, Slice = s, Ctx = ctx }, start);
            }
        }
        return null;
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    Expr? Slices()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = SliceRule();
        if (a != null && !Lookahead(TokenType.Comma)) return a;
        if (Failed) return null;
        _mark = start;
        var elts = new List<Expr>();
        while (true)
        {
            int m = _mark;
            var e = SliceRule();
            if (e == null)
            {
                if (Failed) return null;
                _mark = m;
                e = StarredExpression();
            }
            if (e == null)
            {
                if (Failed) return null;
                _mark = m;
                if (elts.Count > 0) _mark--; // give back the separator
                break;
            }
            elts.Add(e);
            if (!Expect(TokenType.Comma)) break;
        }
        if (elts.Count == 0) { _mark = start; return null; }
        Expect(TokenType.Comma);
        return Loc(new Tuple { Elts = elts, Ctx = ExprContext.Load }, start);
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    Expr? SliceRule()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var a = Expression();
        if (Failed) return null;
        if (a == null) _mark = start;
        if (Expect(TokenType.Colon))
        {
            var b = Expression();
            if (Failed) return null;
            Expr? c = null;
            int m = _mark;
            if (Expect(TokenType.Colon))
            {
                c = Expression();
                if (Failed) return null;
            }
            else _mark = m;
            return Loc(new Slice { Lower = a, Upper = b, Step = c }, start);
        }
        _mark = start;
        return NamedExpression();
    }

    // atom
    Expr? Atom()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        ref Token t = ref _tokens[_mark];
        switch (t.Type)
        {
            case TokenType.Name: return NameToken();
            case TokenType.KwTrue: _mark++; return Loc(new Constant { Value = true }, start);
            case TokenType.KwFalse: _mark++; return Loc(new Constant { Value = false }, start);
            case TokenType.KwNone: _mark++; return Loc(new Constant { Value = null }, start);
            case TokenType.String:
            case TokenType.FStringStart:
            case TokenType.TStringStart:
                return Strings();
            case TokenType.Number: return NumberToken();
            case TokenType.LPar:
            {
                var r = Genexp();
                if (r == null && !Failed) { _mark = start; r = TupleAtom(); }
                if (r == null && !Failed) { _mark = start; r = Group(); }
                if (r == null) _mark = start;
                return r;
            }
            case TokenType.LSqb:
            {
                var r = Listcomp();
                if (r == null && !Failed) { _mark = start; r = ListRule(); }
                if (r == null) _mark = start;
                return r;
            }
            case TokenType.LBrace:
            {
                var r = Dictcomp();
                if (r == null && !Failed) { _mark = start; r = Setcomp(); }
                if (r == null && !Failed) { _mark = start; r = DictRule(); }
                if (r == null && !Failed) { _mark = start; r = SetAtom(); }
                if (r == null) _mark = start;
                return r;
            }
            case TokenType.Ellipsis: _mark++; return Loc(new Constant { Value = EllipsisValue.Instance }, start);
        }
        return null;
    }

    // group: '(' (yield_expr | named_expression) ')' | invalid_group
    Expr? Group()
    {
        int start = _mark;
        if (Expect(TokenType.LPar))
        {
            var a = YieldExpr();
            if (a == null && !Failed) { _mark = start + 1; a = NamedExpression(); }
            if (a != null && Expect(TokenType.RPar)) return a;
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidGroup();
        _mark = start;
        return null;
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    Expr? Lambdef()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (!Expect(TokenType.KwLambda)) return null;
        var a = LambdaParams();
        if (Failed) return null;
        if (a == null) _mark = start + 1;
        if (!Expect(TokenType.Colon)) { _mark = start; return null; }
        var b = Expression();
        if (b == null) { _mark = start; return null; }
        return Loc(new Lambda { Args = a ?? new Arguments(), Body = b }, start);
    }

    // list: '[' [star_named_expressions] ']'
    Expr? ListRule()
    {
        int start = _mark;
        if (!Expect(TokenType.LSqb)) return null;
        var a = StarNamedExpressions();
        if (Failed) return null;
        if (a == null) _mark = start + 1;
        if (!Expect(TokenType.RSqb)) return null;
        return Loc(new List { Elts = a ?? new List<Expr>(), Ctx = ExprContext.Load }, start);
    }

    // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
    Expr? TupleAtom()
    {
        int start = _mark;
        if (!Expect(TokenType.LPar)) return null;
        List<Expr>? elts = null;
        var y = StarNamedExpression();
        if (y != null && Expect(TokenType.Comma))
        {
            int m = _mark;
            var z = StarNamedExpressions();
            if (Failed) return null;
            if (z == null) _mark = m;
            elts = new List<Expr> { y };
            if (z != null) elts.AddRange(z);
        }
        else
        {
            if (Failed) return null;
            _mark = start + 1;
        }
        if (!Expect(TokenType.RPar)) return null;
        return Loc(new Tuple { Elts = elts ?? new List<Expr>(), Ctx = ExprContext.Load }, start);
    }

    // set: '{' star_named_expressions '}'
    Expr? SetAtom()
    {
        int start = _mark;
        if (!Expect(TokenType.LBrace)) return null;
        var a = StarNamedExpressions();
        if (a == null || !Expect(TokenType.RBrace)) return null;
        return Loc(new Set { Elts = a }, start);
    }

    // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
    Expr? DictRule()
    {
        int start = _mark;
        if (!Expect(TokenType.LBrace)) return null;
        var keys = new List<Expr>();
        var values = new List<Expr>();
        bool any = DoubleStarredKvpairs(keys, values);
        if (Failed) return null;
        if (!any) _mark = start + 1;
        if (Expect(TokenType.RBrace))
            return Loc(new Dict { Keys = keys, Values = values }, start);
        _mark = start;
        if (_callInvalidRules && Expect(TokenType.LBrace))
        {
            InvalidDoubleStarredKvpairs();
            if (Failed) return null;
        }
        _mark = start;
        return null;
    }

    // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
    bool DoubleStarredKvpairs(List<Expr> keys, List<Expr> values)
    {
        int count = 0;
        while (true)
        {
            int m = _mark;
            if (!DoubleStarredKvpair(out var k, out var v))
            {
                _mark = m;
                if (count > 0) _mark--;
                break;
            }
            keys.Add(k!);
            values.Add(v!);
            count++;
            if (!Expect(TokenType.Comma)) break;
        }
        if (count == 0) return false;
        Expect(TokenType.Comma);
        return true;
    }

    // double_starred_kvpair: '**' bitwise_or | kvpair
    bool DoubleStarredKvpair(out Expr? key, out Expr? value)
    {
        key = null;
        int start = _mark;
        if (Expect(TokenType.DoubleStar))
        {
            value = BitwiseOr();
            if (value != null) return true;
            if (Failed) return false;
            _mark = start;
        }
        return Kvpair(out key, out value);
    }

    // kvpair: expression ':' expression
    bool Kvpair(out Expr? key, out Expr? value)
    {
        value = null;
        int start = _mark;
        key = Expression();
        if (key == null || !Expect(TokenType.Colon)) { _mark = start; return false; }
        value = Expression();
        if (value == null) { _mark = start; return false; }
        return true;
    }

    // for_if_clauses: for_if_clause+
    List<Comprehension>? ForIfClauses()
    {
        List<Comprehension>? list = null;
        while (true)
        {
            int m = _mark;
            var c = ForIfClause();
            if (c == null) { _mark = m; break; }
            (list ??= new()).Add(c);
        }
        if (Failed) return null;
        return list;
    }

    // for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
    //              | invalid_for_if_clause | invalid_for_target
    Comprehension? ForIfClause()
    {
        if (Failed) return null;
        int start = _mark;
        bool isAsync = Expect(TokenType.KwAsync);
        if (Expect(TokenType.KwFor))
        {
            var a = StarTargets();
            if (a != null && Expect(TokenType.KwIn))
            {
                var b = Disjunction();
                if (b == null) return null; // cut
                var ifs = new List<Expr>();
                while (true)
                {
                    int m = _mark;
                    if (!Expect(TokenType.KwIf)) break;
                    var z = Disjunction();
                    if (z == null) { _mark = m; break; }
                    ifs.Add(z);
                }
                if (Failed) return null;
                var comp = new Comprehension { Target = a, Iter = b, Ifs = ifs, IsAsync = isAsync ? 1 : 0 };
                return isAsync ? CheckVersion(6, "Async comprehensions are", comp) : comp;
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidForIfClause();
            if (Failed) return null;
            _mark = start;
            InvalidForTarget();
            if (Failed) return null;
            _mark = start;
        }
        return null;
    }

    // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
    Expr? Listcomp()
    {
        int start = _mark;
        if (Expect(TokenType.LSqb))
        {
            var a = NamedExpression();
            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(TokenType.RSqb)) return Loc(new ListComp { Elt = a, Generators = b }, start);
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidComprehension();
        _mark = start;
        return null;
    }

    Expr? Setcomp()
    {
        int start = _mark;
        if (Expect(TokenType.LBrace))
        {
            var a = NamedExpression();
            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(TokenType.RBrace)) return Loc(new SetComp { Elt = a, Generators = b }, start);
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidComprehension();
        _mark = start;
        return null;
    }

    // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
    Expr? Genexp()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (Expect(TokenType.LPar))
        {
            var a = AssignmentExpression();
            if (a == null && !Failed)
            {
                _mark = start + 1;
                a = Expression();
                if (a != null && Lookahead(TokenType.ColonEqual)) a = null;
            }
            if (a != null)
            {
                var b = ForIfClauses();
                if (b != null && Expect(TokenType.RPar)) return Loc(new GeneratorExp { Elt = a, Generators = b }, start);
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidComprehension();
        _mark = start;
        return null;
    }

    // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
    Expr? Dictcomp()
    {
        int start = _mark;
        if (Expect(TokenType.LBrace) && Kvpair(out var k, out var v))
        {
            var b = ForIfClauses();
            if (b != null && Expect(TokenType.RBrace)) return Loc(new DictComp { Key = k!, Value = v!, Generators = b }, start);
        }
        if (Failed) return null;
        _mark = start;
        if (_callInvalidRules) InvalidDictComprehension();
        _mark = start;
        return null;
    }
}
