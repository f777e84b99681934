using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Parser;

/// <summary>Grammar: STARTING RULES, GENERAL STATEMENTS, SIMPLE STATEMENTS.</summary>
internal sealed partial class Parser
{
    // file: [statements] ENDMARKER
    Mod? FileRule()
    {
        if (!EnsureToken()) return null;
        var a = Statements();
        if (Failed) return null;
        if (!Expect(TokenType.EndMarker)) return null;
        return new Module { Body = a ?? new List<Stmt>(), TypeIgnores = _typeIgnores ?? new List<TypeIgnore>() };
    }

    // interactive: statement_newline
    Mod? InteractiveRule()
    {
        var a = StatementNewline();
        if (a == null) return null;
        return new Interactive { Body = a };
    }

    // eval: expressions NEWLINE* ENDMARKER
    Mod? EvalRule()
    {
        var a = Expressions();
        if (a == null) return null;
        while (Expect(TokenType.Newline)) { }
        if (!Expect(TokenType.EndMarker)) return null;
        return new Ast.Expression { Body = a };
    }

    // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    Mod? FuncTypeRule()
    {
        if (!Expect(TokenType.LPar)) return null;
        int m = _mark;
        var a = TypeExpressions();
        if (Failed) return null;
        if (a == null) _mark = m;
        if (!Expect(TokenType.RPar) || !Expect(TokenType.RArrow)) return null;
        var b = Expression();
        if (b == null) return null;
        while (Expect(TokenType.Newline)) { }
        if (!Expect(TokenType.EndMarker)) return null;
        return new FunctionType { Argtypes = a ?? new List<Expr>(), Returns = b };
    }

    // type_expressions: the argument types of a function type comment (* and ** are dropped)
    List<Expr>? TypeExpressions()
    {
        int start = _mark;
        var list = new List<Expr>();
        while (true)
        {
            int m = _mark;
            var e = Expression();
            if (e == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(e);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed) return null;
        if (list.Count > 0)
        {
            int m = _mark;
            if (!Expect(TokenType.Comma)) return list;
            if (!Lookahead(TokenType.Star) && !Lookahead(TokenType.DoubleStar)) { _mark = m; return list; }
        }
        if (Expect(TokenType.Star))
        {
            var b = Expression();
            if (b == null) { _mark = start; return null; }
            list.Add(b);
            int m = _mark;
            if (Expect(TokenType.Comma) && Expect(TokenType.DoubleStar))
            {
                var c = Expression();
                if (c == null) { _mark = start; return null; }
                list.Add(c);
            }
            else _mark = m;
            return list;
        }
        if (Expect(TokenType.DoubleStar))
        {
            var c = Expression();
            if (c == null) { _mark = start; return null; }
            list.Add(c);
            return list;
        }
        _mark = start;
        return null;
    }

    // statements: statement+
    List<Stmt>? Statements()
    {
        List<Stmt>? list = null;
        while (true)
        {
            int m = _mark;
            var s = Statement();
            if (s == null) { _mark = m; break; }
            (list ??= new()).AddRange(s);
        }
        if (Failed) return null;
        return list;
    }

    // statement: compound_stmt | simple_stmts
    List<Stmt>? Statement()
    {
        if (!Enter()) return null;
        int start = _mark;
        var c = CompoundStmt();
        List<Stmt>? r = null;
        if (c != null) r = new List<Stmt> { c };
        else if (!Failed)
        {
            _mark = start;
            r = SimpleStmts();
        }
        Leave();
        return r;
    }

    // statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
    List<Stmt>? StatementNewline()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        var c = CompoundStmt();
        if (c != null && Expect(TokenType.Newline)) return new List<Stmt> { c };
        if (Failed) return null;
        _mark = start;
        var s = SimpleStmts();
        if (s != null || Failed) return s;
        _mark = start;
        if (Expect(TokenType.Newline)) return new List<Stmt> { Loc(new Pass(), start) };
        if (Lookahead(TokenType.EndMarker))
        {
            // _PyPegen_interactive_exit
            return null;
        }
        return null;
    }

    // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
    List<Stmt>? SimpleStmts()
    {
        int start = _mark;
        var a = SimpleStmt();
        if (a != null && !Lookahead(TokenType.Semi) && Expect(TokenType.Newline)) return new List<Stmt> { a };
        if (Failed) return null;
        _mark = start;
        var list = new List<Stmt>();
        while (true)
        {
            int m = _mark;
            var s = SimpleStmt();
            if (s == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(s);
            if (!Expect(TokenType.Semi)) break;
        }
        if (Failed || list.Count == 0) { _mark = start; return null; }
        Expect(TokenType.Semi);
        if (!Expect(TokenType.Newline)) { _mark = start; return null; }
        return list;
    }

    // simple_stmt (memo)
    Stmt? SimpleStmt()
    {
        if (!Enter()) return null;
        int start = _mark;
        if (TryMemo(M_simple_stmt, out Stmt? memo)) { Leave(); return memo; }
        var r = SimpleStmtBody(start);
        Memoize(start, M_simple_stmt, r);
        Leave();
        return r;
    }

    Stmt? SimpleStmtBody(int start)
    {
        var a = Assignment();
        if (a != null || Failed) return a;
        _mark = start;
        ref Token t = ref _tokens[_mark];
        if (t.Type == TokenType.Name && t.Text == "type")
        {
            var ta = TypeAliasRule();
            if (ta != null || Failed) return ta;
            _mark = start;
        }
        if (t.Type == TokenType.KwImport || t.Type == TokenType.KwFrom)
        {
            var imp = ImportStmt();
            if (imp != null || Failed) return imp;
            _mark = start;
        }
        var e = StarExpressions();
        if (e != null) return Loc(new ExprStmt { Value = e }, start);
        if (Failed) return null;
        _mark = start;
        switch (_tokens[_mark].Type)
        {
            case TokenType.KwReturn: return ReturnStmt();
            case TokenType.KwRaise: return RaiseStmt();
            case TokenType.KwPass: _mark++; return Loc(new Pass(), start);
            case TokenType.KwDel: return DelStmt();
            case TokenType.KwYield:
            {
                var y = YieldExpr();
                if (y != null) return Loc(new ExprStmt { Value = y }, start);
                return null;
            }
            case TokenType.KwAssert: return AssertStmt();
            case TokenType.KwBreak: _mark++; return Loc(new Break(), start);
            case TokenType.KwContinue: _mark++; return Loc(new Continue(), start);
            case TokenType.KwGlobal:
            {
                var names = NameList();
                return names == null ? null : Loc(new Global { Names = names }, start);
            }
            case TokenType.KwNonlocal:
            {
                var names = NameList();
                return names == null ? null : Loc(new Nonlocal { Names = names }, start);
            }
        }
        return null;
    }

    /// <summary>('global' | 'nonlocal') ','.NAME+</summary>
    List<string>? NameList()
    {
        int start = _mark;
        _mark++;
        var names = new List<string>();
        while (true)
        {
            var n = NameToken();
            if (n == null) { if (names.Count > 0) _mark--; break; }
            names.Add(n.Id);
            if (!Expect(TokenType.Comma)) break;
        }
        if (names.Count == 0) { _mark = start; return null; }
        return names;
    }

    // assignment
    Stmt? Assignment()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        // NAME ':' expression ['=' annotated_rhs]
        var name = NameToken();
        if (name != null && Expect(TokenType.Colon))
        {
            var b = Expression();
            if (b != null)
            {
                var c = OptionalAssignedRhs();
                if (!Failed)
                {
                    name.Ctx = ExprContext.Store;
                    return CheckVersion(6, "Variable annotation syntax is", Loc(new AnnAssign { Target = name, Annotation = b, Value = c, Simple = 1 }, start));
                }
            }
            if (Failed) return null;
        }
        _mark = start;
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        {
            Expr? target = null;
            if (Expect(TokenType.LPar))
            {
                var st = SingleTarget();
                if (st != null && Expect(TokenType.RPar)) target = st;
                if (Failed) return null;
            }
            if (target == null)
            {
                _mark = start;
                target = SubscriptAttributeTarget(ExprContext.Store);
                if (Failed) return null;
            }
            if (target != null && Expect(TokenType.Colon))
            {
                var b = Expression();
                if (b != null)
                {
                    var c = OptionalAssignedRhs();
                    if (!Failed)
                        return CheckVersion(6, "Variable annotations syntax is", Loc(new AnnAssign { Target = target, Annotation = b, Value = c, Simple = 0 }, start));
                }
                if (Failed) return null;
            }
        }
        _mark = start;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        {
            List<Expr>? targets = null;
            while (true)
            {
                int m = _mark;
                var z = StarTargets();
                if (z == null || !Expect(TokenType.Equal)) { _mark = m; break; }
                (targets ??= new()).Add(z);
            }
            if (Failed) return null;
            if (targets != null)
            {
                var b = AnnotatedRhs();
                if (b != null && !Lookahead(TokenType.Equal))
                {
                    var tc = OptionalTypeComment();
                    return Loc(new Assign { Targets = targets, Value = b, TypeComment = tc }, start);
                }
                if (Failed) return null;
            }
        }
        _mark = start;
        // single_target augassign ~ (yield_expr | star_expressions)
        {
            var a = SingleTarget();
            if (a != null && AugAssignRule(out var op))
            {
                var c = AnnotatedRhs();
                if (c == null) return null; // cut
                return Loc(new AugAssign { Target = a, Op = op, Value = c }, start);
            }
            if (Failed) return null;
        }
        _mark = start;
        if (_callInvalidRules)
        {
            InvalidAssignment();
            _mark = start;
        }
        return null;
    }

    Expr? OptionalAssignedRhs()
    {
        int m = _mark;
        if (Expect(TokenType.Equal))
        {
            var d = AnnotatedRhs();
            if (d != null) return d;
        }
        _mark = m;
        return null;
    }

    // annotated_rhs: yield_expr | star_expressions
    Expr? AnnotatedRhs()
    {
        if (Lookahead(TokenType.KwYield))
        {
            var y = YieldExpr();
            if (y != null || Failed) return y;
        }
        return StarExpressions();
    }

    bool AugAssignRule(out OperatorKind op)
    {
        op = PeekType() switch
        {
            TokenType.PlusEqual => OperatorKind.Add,
            TokenType.MinEqual => OperatorKind.Sub,
            TokenType.StarEqual => OperatorKind.Mult,
            TokenType.AtEqual => OperatorKind.MatMult,
            TokenType.SlashEqual => OperatorKind.Div,
            TokenType.PercentEqual => OperatorKind.Mod,
            TokenType.AmperEqual => OperatorKind.BitAnd,
            TokenType.VBarEqual => OperatorKind.BitOr,
            TokenType.CircumflexEqual => OperatorKind.BitXor,
            TokenType.LeftShiftEqual => OperatorKind.LShift,
            TokenType.RightShiftEqual => OperatorKind.RShift,
            TokenType.DoubleStarEqual => OperatorKind.Pow,
            TokenType.DoubleSlashEqual => OperatorKind.FloorDiv,
            _ => (OperatorKind)(-1),
        };
        if ((int)op == -1) return false;
        _mark++;
        return op != OperatorKind.MatMult || CheckVersion(5, "The '@' operator is", "@=") != null;
    }

    // return_stmt: 'return' [star_expressions]
    Stmt? ReturnStmt()
    {
        int start = _mark;
        _mark++;
        var a = StarExpressions();
        if (Failed) return null;
        return Loc(new Return { Value = a }, start);
    }

    // raise_stmt: 'raise' expression 'from' expression | 'raise' expression | 'raise'
    Stmt? RaiseStmt()
    {
        int start = _mark;
        _mark++;
        var a = Expression();
        if (a != null && Expect(TokenType.KwFrom))
        {
            var b = Expression();
            if (b != null) return Loc(new Raise { Exc = a, Cause = b }, start);
        }
        if (Failed) return null;
        _mark = start;
        _mark = start + 1;
        a = Expression();
        if (a != null) return Loc(new Raise { Exc = a }, start);
        if (Failed) return null;
        _mark = start + 1;
        return Loc(new Raise(), start);
    }

    // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    Stmt? DelStmt()
    {
        int start = _mark;
        _mark++;
        var a = DelTargets();
        if (a != null && LookaheadAny(TokenType.Semi, TokenType.Newline)) return Loc(new Delete { Targets = a }, start);
        if (Failed) return null;
        _mark = start;
        if (_callInvalidRules) InvalidDelStmt();
        _mark = start;
        return null;
    }

    // assert_stmt: 'assert' expression [',' expression]
    Stmt? AssertStmt()
    {
        int start = _mark;
        _mark++;
        var a = Expression();
        if (a == null) { _mark = start; return null; }
        Expr? b = null;
        int m = _mark;
        if (Expect(TokenType.Comma))
        {
            b = Expression();
            if (b == null) _mark = m;
        }
        if (Failed) return null;
        return Loc(new Assert { Test = a, Msg = b }, start);
    }

    // import_stmt (memo): invalid_import | import_name | import_from
    Stmt? ImportStmt()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_import_stmt, out Stmt? memo)) return memo;
        Stmt? r = null;
        if (_callInvalidRules) InvalidImport();
        if (!Failed)
        {
            _mark = start;
            r = ImportName();
            if (r == null && !Failed) { _mark = start; r = ImportFromRule(); }
        }
        Memoize(start, M_import_stmt, r);
        return r;
    }

    // import_name: 'import' dotted_as_names
    Stmt? ImportName()
    {
        int start = _mark;
        if (!Expect(TokenType.KwImport)) return null;
        var names = new List<Alias>();
        while (true)
        {
            var a = DottedAsName();
            if (a == null) { if (names.Count > 0) _mark--; break; }
            names.Add(a);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed || names.Count == 0) { _mark = start; return null; }
        return Loc(new Import { Names = names }, start);
    }

    // dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME]
    Alias? DottedAsName()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidDottedAsName();
            if (Failed) return null;
            _mark = start;
        }
        var a = DottedName();
        if (a == null) return null;
        string? asname = null;
        int m = _mark;
        if (Expect(TokenType.KwAs))
        {
            var z = NameToken();
            if (z != null) asname = z.Id;
            else _mark = m;
        }
        return Loc(new Alias { Name = a, Asname = asname }, start);
    }

    // dotted_name: dotted_name '.' NAME | NAME
    string? DottedName()
    {
        var n = NameToken();
        if (n == null) return null;
        string name = n.Id;
        while (true)
        {
            int m = _mark;
            if (!Expect(TokenType.Dot)) break;
            var b = NameToken();
            if (b == null) { _mark = m; break; }
            name = name + "." + b.Id;
        }
        return name;
    }

    // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    //            | 'from' ('.' | '...')+ 'import' import_from_targets
    Stmt? ImportFromRule()
    {
        int start = _mark;
        if (!Expect(TokenType.KwFrom)) return null;
        int level = 0;
        while (true)
        {
            if (Expect(TokenType.Dot)) level++;
            else if (Expect(TokenType.Ellipsis)) level += 3;
            else break;
        }
        int afterDots = _mark;
        var b = DottedName();
        if (b != null && Expect(TokenType.KwImport))
        {
            var c = ImportFromTargets();
            if (c != null) return Loc(new ImportFrom { Module = b, Names = c, Level = level }, start);
        }
        if (Failed) return null;
        _mark = afterDots;
        if (level > 0 && Expect(TokenType.KwImport))
        {
            var c = ImportFromTargets();
            if (c != null) return Loc(new ImportFrom { Module = null, Names = c, Level = level }, start);
        }
        _mark = start;
        return null;
    }

    // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*' | invalid_import_from_targets
    List<Alias>? ImportFromTargets()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (Expect(TokenType.LPar))
        {
            var a = ImportFromAsNames();
            if (a != null)
            {
                Expect(TokenType.Comma);
                if (Expect(TokenType.RPar)) return a;
            }
            if (Failed) return null;
            _mark = start;
        }
        var b = ImportFromAsNames();
        if (b != null && !Lookahead(TokenType.Comma)) return b;
        if (Failed) return null;
        _mark = start;
        if (Expect(TokenType.Star))
            return new List<Alias> { Loc(new Alias { Name = "*" }, start) };
        if (_callInvalidRules) InvalidImportFromTargets();
        _mark = start;
        return null;
    }

    List<Alias>? ImportFromAsNames()
    {
        var names = new List<Alias>();
        while (true)
        {
            int m = _mark;
            var a = ImportFromAsName();
            if (a == null) { _mark = m; if (names.Count > 0) _mark--; break; }
            names.Add(a);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed || names.Count == 0) return null;
        return names;
    }

    // import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME]
    Alias? ImportFromAsName()
    {
        if (!EnsureToken()) return null;
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidImportFromAsName();
            if (Failed) return null;
            _mark = start;
        }
        var a = NameToken();
        if (a == null) return null;
        string? asname = null;
        int m = _mark;
        if (Expect(TokenType.KwAs))
        {
            var z = NameToken();
            if (z != null) asname = z.Id;
            else _mark = m;
        }
        return Loc(new Alias { Name = a.Id, Asname = asname }, start);
    }

    // type_alias: "type" NAME [type_params] '=' expression
    Stmt? TypeAliasRule()
    {
        int start = _mark;
        if (ExpectSoftKeyword("type") < 0) return null;
        var n = NameToken();
        if (n == null) { _mark = start; return null; }
        int m = _mark;
        var t = TypeParams();
        if (Failed) return null;
        if (t == null) _mark = m;
        if (!Expect(TokenType.Equal)) { _mark = start; return null; }
        var b = Expression();
        if (b == null) { _mark = start; return null; }
        n.Ctx = ExprContext.Store;
        return CheckVersion(12, "Type statement is", Loc(new TypeAlias { Name = n, TypeParams = t ?? new List<TypeParam>(), Value = b }, start));
    }

    // type_params: invalid_type_params | '[' type_param_seq ']'
    List<TypeParam>? TypeParams()
    {
        int start = _mark;
        if (_callInvalidRules)
        {
            InvalidTypeParams();
            if (Failed) return null;
            _mark = start;
        }
        if (!Expect(TokenType.LSqb)) return null;
        var list = new List<TypeParam>();
        while (true)
        {
            int m = _mark;
            var p = TypeParamRule();
            if (p == null) { _mark = m; if (list.Count > 0) _mark--; break; }
            list.Add(p);
            if (!Expect(TokenType.Comma)) break;
        }
        if (Failed) return null;
        if (list.Count == 0) { _mark = start; return null; }
        Expect(TokenType.Comma);
        if (!Expect(TokenType.RSqb)) { _mark = start; return null; }
        return CheckVersion(12, "Type parameter lists are", list);
    }

    // type_param (memo)
    TypeParam? TypeParamRule()
    {
        if (Failed) return null;
        int start = _mark;
        if (TryMemo(M_type_param, out TypeParam? memo)) return memo;
        var r = TypeParamBody(start);
        Memoize(start, M_type_param, r);
        return r;
    }

    TypeParam? TypeParamBody(int start)
    {
        var a = NameToken();
        if (a != null)
        {
            Expr? bound = null, def = null;
            int m = _mark;
            if (Expect(TokenType.Colon))
            {
                bound = Expression();
                if (bound == null) _mark = m;
            }
            m = _mark;
            if (Expect(TokenType.Equal))
            {
                def = Expression();
                if (def == null) _mark = m;
                else def = CheckVersion(13, "Type parameter defaults are", def);
            }
            if (Failed) return null;
            return Loc(new TypeVar { Name = a.Id, Bound = bound, DefaultValue = def }, start);
        }
        if (_callInvalidRules)
        {
            InvalidTypeParam();
            if (Failed) return null;
            _mark = start;
        }
        if (Expect(TokenType.Star))
        {
            var n = NameToken();
            if (n != null)
            {
                Expr? def = null;
                int m = _mark;
                if (Expect(TokenType.Equal))
                {
                    def = StarExpression();
                    if (def == null) _mark = m;
                    else def = CheckVersion(13, "Type parameter defaults are", def);
                }
                if (Failed) return null;
                return Loc(new TypeVarTuple { Name = n.Id, DefaultValue = def }, start);
            }
            _mark = start;
        }
        if (Expect(TokenType.DoubleStar))
        {
            var n = NameToken();
            if (n != null)
            {
                Expr? def = null;
                int m = _mark;
                if (Expect(TokenType.Equal))
                {
                    def = Expression();
                    if (def == null) _mark = m;
                    else def = CheckVersion(13, "Type parameter defaults are", def);
                }
                if (Failed) return null;
                return Loc(new ParamSpec { Name = n.Id, DefaultValue = def }, start);
            }
        }
        _mark = start;
        return null;
    }
}
