using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: COMPOUND STATEMENTS (def, class, if, while, for, with, try, match).</summary>
internal sealed partial class Parser
{
    // compound_stmt
    Stmt? CompoundStmt()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        Stmt? r = null;
        switch (_tokens[_mark].Type)
        {
            case TokenType.KwDef:
                return FunctionDefRule();
            case TokenType.At:
                r = FunctionDefRule();
                if (r != null || Failed) return r;
                _mark = start;
                return ClassDefRule();
            case TokenType.KwAsync:
                r = FunctionDefRule();
                if (r != null || Failed) return r;
                _mark = start;
                r = WithStmt();
                if (r != null || Failed) return r;
                _mark = start;
                return ForStmt();
            case TokenType.KwIf: return IfStmt();
            case TokenType.KwClass: return ClassDefRule();
            case TokenType.KwWith: return WithStmt();
            case TokenType.KwFor: return ForStmt();
            case TokenType.KwTry: return TryStmt();
            case TokenType.KwWhile: return WhileStmt();
        }
        return MatchStmt();
    }

    // block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    List<Stmt>? Block()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_block, out List<Stmt>? memo)) { Leave(); return memo; }
        List<Stmt>? r = null;
        if (Expect(TokenType.Newline) && Expect(TokenType.Indent))
        {
            var a = Statements();
            if (a != null && Expect(TokenType.Dedent)) r = a;
        }
        if (r == null && !Failed)
        {
            _mark = start;
            r = SimpleStmts();
            if (r == null && !Failed && _callInvalidRules)
            {
                _mark = start;
                InvalidBlock();
            }
        }
        if (Failed) r = null;
        Memoize(start, M_block, r);
        Leave();
        return r;
    }

    // decorators: ('@' named_expression NEWLINE)+
    List<Expr>? Decorators()
    {
        List<Expr>? list = null;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.At)) break;
            var f = NamedExpression();
            if (f == null || !Expect(TokenType.Newline)) { _mark = m; break; }
            (list ??= new()).Add(f);
        }
        if (Failed) return null;
        return list;
    }

    // class_def: decorators class_def_raw | class_def_raw
    Stmt? ClassDefRule()
    {
        int start = _mark;
        var d = Decorators();
        if (Failed) return null;
        if (d == null) _mark = start;
        var c = ClassDefRaw();
        if (c is ClassDef cd && d != null) cd.DecoratorList = d;
        if (c == null) _mark = start;
        return c;
    }

    // class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    Stmt? ClassDefRaw()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidClassDefRaw();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwClass)) return null;
        var a = NameToken();
        if (a == null) { _mark = start; return null; }
        int m = _mark;
        var t = TypeParams();
        if (Failed) return null;
        if (t == null) _mark = m;
        CallArgs? b = null;
        m = _mark;
        if (Expect(TokenType.LPar))
        {
            int m2 = _mark;
            b = CallArguments();
            if (Failed) return null;
            if (b == null) { _mark = m2; b = new CallArgs(); }
            if (!Expect(TokenType.RPar)) { b = null; _mark = m; }
        }
        if (!Expect(TokenType.Colon)) { _mark = start; return null; }
        var c = Block();
        if (c == null) { _mark = start; return null; }
        return Loc(new ClassDef
        {
            Name = a.Id, Bases = b?.Args ?? new List<Expr>(), Keywords = b?.Keywords ?? new List<Keyword>(),
            Body = c, TypeParams = t ?? new List<TypeParam>(),
        }, start);
    }

    // function_def: decorators function_def_raw | function_def_raw
    Stmt? FunctionDefRule()
    {
        int start = _mark;
        var d = Decorators();
        if (Failed) return null;
        if (d == null) _mark = start;
        var f = FunctionDefRaw();
        if (f == null) { _mark = start; return null; }
        if (d != null)
        {
            if (f is FunctionDef fd) fd.DecoratorList = d;
            else if (f is AsyncFunctionDef afd) afd.DecoratorList = d;
        }
        return f;
    }

    // function_def_raw: invalid_def_raw | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block
    Stmt? FunctionDefRaw()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidDefRaw();
            if (Failed) return null;
            _mark = start;
        }
        bool isAsync = Expect(TokenType.KwAsync);
        if (!Expect(TokenType.KwDef)) { _mark = start; return null; }
        var n = NameToken();
        if (n == null) { _mark = start; return null; }
        int m = _mark;
        var t = TypeParams();
        if (Failed) return null;
        if (t == null) _mark = m;
        if (!Expect(TokenType.LPar)) { _mark = start; return null; }
        m = _mark;
        var ps = Params();
        if (Failed) return null;
        if (ps == null) _mark = m;
        if (!Expect(TokenType.RPar)) { _mark = start; return null; }
        Expr? returns = null;
        m = _mark;
        if (Expect(TokenType.RArrow))
        {
            returns = Expression();
            if (returns == null) { if (Failed) return null; _mark = m; }
        }
        if (!Expect(TokenType.Colon)) { _mark = start; return null; }
        m = _mark;
        var tc = FuncTypeComment();
        if (Failed) return null;
        if (tc == null) _mark = m;
        var b = Block();
        if (b == null) { _mark = start; return null; }
        var args = ps ?? new Arguments();
        var tps = t ?? new List<TypeParam>();
        if (isAsync)
            return CheckVersion(5, "Async functions are",
                Loc(new AsyncFunctionDef { Name = n.Id, Args = args, Body = b, Returns = returns, TypeParams = tps, TypeComment = tc }, start));
        return Loc(new FunctionDef { Name = n.Id, Args = args, Body = b, Returns = returns, TypeParams = tps, TypeComment = tc }, start);
    }

    // if_stmt: invalid_if_stmt | 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
    Stmt? IfStmt() => IfOrElif(TokenType.KwIf);

    Stmt? IfOrElif(TokenType keyword)
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            if (keyword == TokenType.KwIf) InvalidIfStmt(); else InvalidElifStmt();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(keyword)) return null;
        var a = NamedExpression();
        if (a == null || !Expect(TokenType.Colon)) { _mark = start; return null; }
        var b = Block();
        if (b == null) { _mark = start; return null; }
        int m = _mark;
        if (Lookahead(TokenType.KwElif))
        {
            var c = IfOrElif(TokenType.KwElif);
            if (c != null) return Loc(new If { Test = a, Body = b, Orelse = new List<Stmt> { c } }, start);
            if (Failed) return null;
            _mark = m;
        }
        var e = ElseBlock();
        if (Failed) return null;
        if (e == null) _mark = m;
        return Loc(new If { Test = a, Body = b, Orelse = e ?? new List<Stmt>() }, start);
    }

    // else_block: invalid_else_stmt | 'else' &&':' block
    List<Stmt>? ElseBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidElseStmt();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwElse)) return null;
        if (!ExpectForced(TokenType.Colon, ":")) return null;
        var b = Block();
        if (b == null) _mark = start;
        return b;
    }

    /// <summary>_PyPegen_expect_forced_token: `&&tok` raises "expected 'x'" at once.</summary>
    bool ExpectForced(TokenType type, string text)
    {
        if (_mark == _fill && !FillToken()) return false;
        if (_tokens[_mark].Type != type)
        {
            RaiseKnownLocation(_mark, $"expected '{text}'");
            return false;
        }
        _mark++;
        return true;
    }

    // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
    Stmt? WhileStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidWhileStmt();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwWhile)) return null;
        var a = NamedExpression();
        if (a == null || !Expect(TokenType.Colon)) { _mark = start; return null; }
        var b = Block();
        if (b == null) { _mark = start; return null; }
        int m = _mark;
        var c = ElseBlock();
        if (Failed) return null;
        if (c == null) _mark = m;
        return Loc(new While { Test = a, Body = b, Orelse = c ?? new List<Stmt>() }, start);
    }

    // for_stmt: invalid_for_stmt | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] | invalid_for_target
    Stmt? ForStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidForStmt();
            if (Failed) return null;
            _mark = start;
        }
        bool isAsync = Expect(TokenType.KwAsync);
        if (Expect(TokenType.KwFor))
        {
            var t = StarTargets();
            if (t != null && Expect(TokenType.KwIn))
            {
                var ex = StarExpressions();
                if (ex == null || !Expect(TokenType.Colon)) { _mark = start; return null; } // cut
                var tc = OptionalTypeComment();
                var b = Block();
                if (b == null) { _mark = start; return null; }
                int m = _mark;
                var el = ElseBlock();
                if (Failed) return null;
                if (el == null) _mark = m;
                if (isAsync)
                    return CheckVersion(5, "Async for loops are",
                        Loc(new AsyncFor { Target = t, Iter = ex, Body = b, Orelse = el ?? new List<Stmt>(), TypeComment = tc }, start));
                return Loc(new For { Target = t, Iter = ex, Body = b, Orelse = el ?? new List<Stmt>(), TypeComment = tc }, start);
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidForTarget();
        _mark = start;
        return null;
    }

    // with_stmt
    Stmt? WithStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidWithStmtIndent();
            if (Failed) return null;
            _mark = start;
        }
        bool isAsync = Expect(TokenType.KwAsync);
        if (!Expect(TokenType.KwWith)) { _mark = start; return null; }
        int afterWith = _mark;
        // 'with' '(' ','.with_item+ ','? ')' ':' block
        if (Expect(TokenType.LPar))
        {
            var items = WithItems();
            if (items != null)
            {
                Expect(TokenType.Comma);
                if (Expect(TokenType.RPar) && Expect(TokenType.Colon))
                {
                    // 'async' 'with' '(' ... ')' ':' takes no type comment (as in python.gram)
                    var tc = isAsync ? null : OptionalTypeComment();
                    var b = Block();
                    if (b != null) return MakeWith(isAsync, items, b, tc, start);
                }
            }
            if (Failed) return null;
        }
        _mark = afterWith;
        {
            var items = WithItems();
            if (items != null && Expect(TokenType.Colon))
            {
                var tc = OptionalTypeComment();
                var b = Block();
                if (b != null) return MakeWith(isAsync, items, b, tc, start);
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidWithStmt();
        _mark = start;
        return null;
    }

    Stmt? MakeWith(bool isAsync, List<WithItem> items, List<Stmt> body, string? typeComment, int start) => isAsync
        ? CheckVersion(5, "Async with statements are", Loc(new AsyncWith { Items = items, Body = body, TypeComment = typeComment }, start))
        : Loc(new With { Items = items, Body = body, TypeComment = typeComment }, start);

    List<WithItem>? WithItems()
    {
        var list = new List<WithItem>();
        while (true)
        {
            int m = _mark;
            var w = WithItemRule();
            if (w == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(w);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed || list.Count == 0) return null;
        return list;
    }

    // with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
    WithItem? WithItemRule()
    {
        int start = _mark;
        var e = Expression();
        if (e == null) return null;
        int m = _mark;
        if (Expect(TokenType.KwAs))
        {
            var t = StarTarget();
            if (t != null && LookaheadAny(TokenType.Comma, TokenType.RPar, TokenType.Colon))
                return new WithItem { ContextExpr = e, OptionalVars = t };
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidWithItem();
            if (Failed) return null;
            _mark = start;
        }
        e = Expression();
        if (e == null) return null;
        return new WithItem { ContextExpr = e };
    }

    // try_stmt
    Stmt? TryStmt()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidTryStmt();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwTry)) return null;
        if (!ExpectForced(TokenType.Colon, ":")) return null;
        var b = Block();
        if (b == null) { _mark = start; return null; }
        int afterBody = _mark;
        // 'try' &&':' block finally_block
        var f = FinallyBlock();
        if (f != null) return Loc(new Try { Body = b, Finalbody = f }, start);
        if (Failed) return null;
        _mark = afterBody;
        // 'try' &&':' block except_block+ [else_block] [finally_block]
        for (int star = 0; star < 2; star++)
        {
            _mark = afterBody;
            List<ExceptHandler>? handlers = null;
            while (true)
            {
                int m = _mark;
                var h = star == 0 ? ExceptBlock() : ExceptStarBlock();
                if (h == null) { _mark = m; break; }
                (handlers ??= new()).Add(h);
            }
            if (Failed) return null;
            if (handlers == null) continue;
            int m2 = _mark;
            var el = ElseBlock();
            if (Failed) return null;
            if (el == null) _mark = m2;
            m2 = _mark;
            var fin = FinallyBlock();
            if (Failed) return null;
            if (fin == null) _mark = m2;
            if (star == 0)
                return Loc(new Try { Body = b, Handlers = handlers, Orelse = el ?? new List<Stmt>(), Finalbody = fin ?? new List<Stmt>() }, start);
            return CheckVersion(11, "Exception groups are",
                Loc(new TryStar { Body = b, Handlers = handlers, Orelse = el ?? new List<Stmt>(), Finalbody = fin ?? new List<Stmt>() }, start));
        }
        _mark = start;
        return null;
    }

    // except_block
    ExceptHandler? ExceptBlock()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidExceptStmtIndent();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwExcept)) return null;
        var r = ExceptTail(start, start + 1);
        if (r != null || Failed) return r;
        _mark = start + 1;
        if (Expect(TokenType.Colon))
        {
            var b = Block();
            if (b != null) return Loc(new ExceptHandler { Body = b }, start);
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules) InvalidExceptStmt();
        _mark = start;
        return null;
    }

    /// <summary>The shared alternatives of except_block/except_star_block after 'except' ['*']:
    /// expression ':' block | expression 'as' NAME ':' block | expressions ':' block</summary>
    ExceptHandler? ExceptTail(int start, int afterKeyword)
    {
        _mark = afterKeyword;
        var e = Expression();
        if (e != null && Expect(TokenType.Colon))
        {
            var b = Block();
            if (b != null) return Loc(new ExceptHandler { Type = e, Body = b }, start);
        }
        if (Failed) return null;
        _mark = afterKeyword;
        e = Expression();
        if (e != null && Expect(TokenType.KwAs))
        {
            var t = NameToken();
            if (t != null && Expect(TokenType.Colon))
            {
                var b = Block();
                if (b != null) return Loc(new ExceptHandler { Type = e, Name = t.Id, Body = b }, start);
            }
        }
        if (Failed) return null;
        _mark = afterKeyword;
        e = Expressions();
        if (e != null && Expect(TokenType.Colon))
        {
            var b = Block();
            if (b != null)
                return CheckVersion(14, "except expressions without parentheses are", Loc(new ExceptHandler { Type = e, Body = b }, start));
        }
        return null;
    }

    // except_star_block
    ExceptHandler? ExceptStarBlock()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidExceptStarStmtIndent();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwExcept) || !Expect(TokenType.Star)) { _mark = start; return null; }
        var r = ExceptTail(start, start + 2);
        if (r != null || Failed) return r;
        _mark = start;
        if (_callInvalidRules) InvalidExceptStarStmt();
        _mark = start;
        return null;
    }

    // finally_block: invalid_finally_stmt | 'finally' &&':' block
    List<Stmt>? FinallyBlock()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidFinallyStmt();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.KwFinally)) return null;
        if (!ExpectForced(TokenType.Colon, ":")) return null;
        var b = Block();
        if (b == null) _mark = start;
        return b;
    }
}
