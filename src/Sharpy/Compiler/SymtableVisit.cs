using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>The AST walk of the first symbol table pass (symtable_visit_* in Python/symtable.c).</summary>
sealed partial class Symtable
{
    static Location Loc(LocatedNode n) => Location.Of(n);

    void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    void VisitExprsWithNull(IEnumerable<Expr?> exprs)
    {
        foreach (var e in exprs)
            if (e != null) VisitExpr(e);
    }

    void InConditional(System.Action a)
    {
        bool saved = _cur.InConditionalBlock;
        _cur.InConditionalBlock = true;
        a();
        _cur.InConditionalBlock = saved;
    }

    static bool HasKwonlyDefaults(Arguments a)
    {
        foreach (var d in a.KwDefaults)
            if (d != null) return true;
        return false;
    }

    void VisitFunctionDef(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators,
        Expr? returns, List<TypeParam> typeParams, bool isAsync)
    {
        AddDef(name, Sym.DEF_LOCAL, Loc(s));
        VisitExprs(args.Defaults);
        VisitExprsWithNull(args.KwDefaults);
        VisitExprs(decorators);
        if (typeParams.Count > 0)
        {
            // CPython tests the defaults sequence pointer, which the parser always sets.
            EnterTypeParamBlock(name, new BlockKey(typeParams), true, HasKwonlyDefaults(args), false, Loc(s));
            foreach (var tp in typeParams) VisitTypeParam(tp);
        }
        var newSte = NewEntry(name, BlockType.Function, new BlockKey(s), Loc(s));
        if (Codegen.GetDocString(body) != null)
            newSte.HasDocstring = true;
        VisitAnnotations(s, args, returns, newSte);
        EnterExistingBlock(newSte);
        if (isAsync)
            _cur.Coroutine = true;
        VisitArguments(args);
        VisitStmts(body);
        ExitBlock();
        if (typeParams.Count > 0)
            ExitBlock();
    }

    void VisitStmt(Stmt s)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SetRecursionError();
            return;
        }
        switch (s)
        {
            case FunctionDef f:
                VisitFunctionDef(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, false);
                break;
            case AsyncFunctionDef f:
                VisitFunctionDef(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, Sym.DEF_LOCAL, Loc(s));
                VisitExprs(c.DecoratorList);
                string? tmp = _private;
                if (c.TypeParams.Count > 0)
                {
                    EnterTypeParamBlock(c.Name, new BlockKey(c.TypeParams), false, false, true, Loc(s));
                    _private = c.Name;
                    _cur.MangledNames = new HashSet<string>();
                    foreach (var tp in c.TypeParams) VisitTypeParam(tp);
                }
                VisitExprs(c.Bases);
                CheckKeywords(c.Keywords);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                EnterBlock(c.Name, BlockType.Class, new BlockKey(s), Loc(s));
                _private = c.Name;
                if (c.TypeParams.Count > 0)
                {
                    AddDef("__type_params__", Sym.DEF_LOCAL, Loc(s));
                    AddDef(".type_params", Sym.USE, Loc(s));
                }
                if (Codegen.GetDocString(c.Body) != null)
                    _cur.HasDocstring = true;
                VisitStmts(c.Body);
                ExitBlock();
                if (c.TypeParams.Count > 0)
                    ExitBlock();
                _private = tmp;
                break;
            }
            case TypeAlias ta:
            {
                VisitExpr(ta.Name);
                string name = ((Name)ta.Name).Id;
                bool isInClass = _cur.Type == BlockType.Class;
                bool isGeneric = ta.TypeParams.Count > 0;
                if (isGeneric)
                {
                    EnterTypeParamBlock(name, new BlockKey(ta.TypeParams), false, false, false, Loc(s));
                    foreach (var tp in ta.TypeParams) VisitTypeParam(tp);
                }
                EnterBlock(name, BlockType.TypeAlias, new BlockKey(s), Loc(s));
                _cur.CanSeeClassScope = isInClass;
                if (isInClass)
                    AddDef("__classdict__", Sym.USE, Loc(ta.Value));
                VisitExpr(ta.Value);
                ExitBlock();
                if (isGeneric)
                    ExitBlock();
                break;
            }
            case Return r:
                if (r.Value != null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign aa:
                VisitAnnAssign(aa);
                break;
            case AugAssign au:
                VisitExpr(au.Target);
                VisitExpr(au.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                InConditional(() => { VisitStmts(f.Body); VisitStmts(f.Orelse); });
                break;
            case AsyncFor f:
                MaybeSetCoroutineForModule();
                if (!RaiseIfNotCoroutine("'async for' outside async function", Loc(s))) break;
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                InConditional(() => { VisitStmts(f.Body); VisitStmts(f.Orelse); });
                break;
            case While w:
                VisitExpr(w.Test);
                InConditional(() => { VisitStmts(w.Body); VisitStmts(w.Orelse); });
                break;
            case If i:
                VisitExpr(i.Test);
                InConditional(() => { VisitStmts(i.Body); VisitStmts(i.Orelse); });
                break;
            case Match m:
                VisitExpr(m.Subject);
                InConditional(() =>
                {
                    foreach (var c in m.Cases)
                    {
                        VisitPattern(c.Pattern);
                        if (c.Guard != null) VisitExpr(c.Guard);
                        VisitStmts(c.Body);
                    }
                });
                break;
            case Raise r:
                if (r.Exc != null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause != null) VisitExpr(r.Cause);
                }
                break;
            case Try t:
                InConditional(() => VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody));
                break;
            case TryStar t:
                InConditional(() => VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody));
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg != null) VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var al in imp.Names) VisitAlias(al);
                break;
            case ImportFrom imf:
                foreach (var al in imf.Names) VisitAlias(al);
                CheckImportFrom(imf);
                break;
            case Global g:
                VisitGlobalOrNonlocal(s, g.Names, true);
                break;
            case Nonlocal n:
                VisitGlobalOrNonlocal(s, n.Names, false);
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case With w:
                InConditional(() =>
                {
                    foreach (var item in w.Items)
                    {
                        VisitExpr(item.ContextExpr);
                        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
                    }
                    VisitStmts(w.Body);
                });
                break;
            case AsyncWith w:
                MaybeSetCoroutineForModule();
                if (!RaiseIfNotCoroutine("'async with' outside async function", Loc(s))) break;
                InConditional(() =>
                {
                    foreach (var item in w.Items)
                    {
                        VisitExpr(item.ContextExpr);
                        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
                    }
                    VisitStmts(w.Body);
                });
                break;
        }
    }

    void VisitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        VisitStmts(body);
        foreach (var h in handlers)
        {
            if (h.Type != null) VisitExpr(h.Type);
            if (h.Name != null) AddDef(h.Name, Sym.DEF_LOCAL, Loc(h));
            VisitStmts(h.Body);
        }
        VisitStmts(orelse);
        VisitStmts(finalbody);
    }

    /// <summary>allows_top_level_await: compile() was given PyCF_ALLOW_TOP_LEVEL_AWAIT and this is the module's own block.</summary>
    bool AllowsTopLevelAwait() => _future.AllowTopLevelAwait && _cur.Type == BlockType.Module;

    /// <summary>An async for or async with in top-level-await code makes the module a coroutine.</summary>
    void MaybeSetCoroutineForModule()
    {
        if (AllowsTopLevelAwait())
            _cur.Coroutine = true;
    }

    bool RaiseIfNotCoroutine(string msg, Location loc)
    {
        if (!_cur.Coroutine)
        {
            SetError(msg, loc);
            return false;
        }
        return true;
    }

    void VisitGlobalOrNonlocal(Stmt s, List<string> names, bool isGlobal)
    {
        foreach (var name in names)
        {
            long cur = LookupCur(name);
            if ((cur & (Sym.DEF_PARAM | Sym.DEF_LOCAL | Sym.USE | Sym.DEF_ANNOT)) != 0)
            {
                string what = isGlobal ? "global" : "nonlocal";
                string msg;
                if ((cur & Sym.DEF_PARAM) != 0) msg = $"name '{name}' is parameter and {what}";
                else if ((cur & Sym.USE) != 0) msg = $"name '{name}' is used prior to {what} declaration";
                else if ((cur & Sym.DEF_ANNOT) != 0) msg = $"annotated name '{name}' can't be {what}";
                else msg = $"name '{name}' is assigned to before {what} declaration";
                SetError(msg, Loc(s));
                return;
            }
            AddDef(name, isGlobal ? Sym.DEF_GLOBAL : Sym.DEF_NONLOCAL, Loc(s));
            RecordDirective(name, Loc(s));
        }
    }

    void VisitAnnAssign(AnnAssign s)
    {
        _cur.AnnotationsUsed = true;
        if (s.Target is Name n)
        {
            long cur = LookupCur(n.Id);
            if ((cur & (Sym.DEF_GLOBAL | Sym.DEF_NONLOCAL)) != 0 && _cur.Symbols != _global && s.Simple != 0)
            {
                SetError((cur & Sym.DEF_GLOBAL) != 0 ? $"annotated name '{n.Id}' can't be global"
                    : $"annotated name '{n.Id}' can't be nonlocal", Loc(s));
                return;
            }
            if (s.Simple != 0)
                AddDef(n.Id, Sym.DEF_ANNOT | Sym.DEF_LOCAL, Loc(n));
            else if (s.Value != null)
                AddDef(n.Id, Sym.DEF_LOCAL, Loc(n));
        }
        else
            VisitExpr(s.Target);
        VisitAnnotation(s.Annotation, new BlockKey(_cur, 1));
        if (s.Value != null)
            VisitExpr(s.Value);
    }

    /// <summary>check_import_from: a __future__ import after the module's leading future statements.</summary>
    void CheckImportFrom(ImportFrom s)
    {
        if (s.Module == "__future__" && (s.Level ?? 0) == 0
            && (s.Lineno > _future.Lineno || (s.Lineno == _future.EndLineno && s.ColOffset > _future.EndColOffset)))
            SetError("from __future__ imports must occur at the beginning of the file", Loc(s));
    }

    void VisitAlias(Alias a)
    {
        string name = a.Asname ?? a.Name;
        int dot = name.IndexOf('.');
        string storeName = dot >= 0 ? name[..dot] : name;
        if (name != "*")
            AddDef(storeName, Sym.DEF_IMPORT, Loc(a));
        else if (_cur.Type != BlockType.Module)
            SetError("import * only allowed at module level", Loc(a));
    }

    void CheckKeywords(List<Keyword> keywords)
    {
        foreach (var k in keywords)
            if (k.Arg != null) CheckName(k.Arg, Loc(k), ExprContext.Store);
    }

    void EnterTypeParamBlock(string name, BlockKey key, bool hasDefaults, bool hasKwDefaults, bool isClass, Location loc)
    {
        var currentType = _cur.Type;
        EnterBlock(name, BlockType.TypeParameters, key, loc);
        if (currentType == BlockType.Class)
        {
            _cur.CanSeeClassScope = true;
            AddDef("__classdict__", Sym.USE, loc);
        }
        if (isClass)
        {
            AddDef(".type_params", Sym.DEF_LOCAL, loc);
            AddDef(".type_params", Sym.USE, loc);
            AddDef(".generic_base", Sym.DEF_LOCAL, loc);
            AddDef(".generic_base", Sym.USE, loc);
        }
        if (hasDefaults)
            AddDef(".defaults", Sym.DEF_PARAM, loc);
        if (hasKwDefaults)
            AddDef(".kwdefaults", Sym.DEF_PARAM, loc);
    }

    void VisitTypeParam(TypeParam tp)
    {
        switch (tp)
        {
            case TypeVar tv:
                AddDef(tv.Name, Sym.DEF_TYPE_PARAM | Sym.DEF_LOCAL, Loc(tp));
                string? info = tv.Bound == null ? null : tv.Bound is Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                VisitTypeParamBoundOrDefault(tv.Bound, tv.Name, tp, new BlockKey(tp), info);
                VisitTypeParamBoundOrDefault(tv.DefaultValue, tv.Name, tp, new BlockKey(tp, 1), "a TypeVar default");
                break;
            case TypeVarTuple tvt:
                AddDef(tvt.Name, Sym.DEF_TYPE_PARAM | Sym.DEF_LOCAL, Loc(tp));
                VisitTypeParamBoundOrDefault(tvt.DefaultValue, tvt.Name, tp, new BlockKey(tp), "a TypeVarTuple default");
                break;
            case ParamSpec ps:
                AddDef(ps.Name, Sym.DEF_TYPE_PARAM | Sym.DEF_LOCAL, Loc(tp));
                VisitTypeParamBoundOrDefault(ps.DefaultValue, ps.Name, tp, new BlockKey(tp), "a ParamSpec default");
                break;
        }
    }

    void VisitTypeParamBoundOrDefault(Expr? e, string name, TypeParam tp, BlockKey key, string? info)
    {
        // The type-parameter scope's own `__classdict__` cell would clash with it (gh-128632).
        if (name == "__classdict__")
        {
            SetError("reserved name '__classdict__' cannot be used for type parameter", Loc(tp));
            return;
        }
        if (e == null) return;
        bool isInClass = _cur.CanSeeClassScope;
        EnterBlock(name, BlockType.TypeVariable, key, Loc(e));
        _cur.CanSeeClassScope = isInClass;
        if (isInClass)
            AddDef("__classdict__", Sym.USE, Loc(e));
        _cur.ScopeInfo = info;
        VisitExpr(e);
        ExitBlock();
    }

    void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv: VisitExpr(mv.Value); break;
            case MatchSequence ms: foreach (var q in ms.Patterns) VisitPattern(q); break;
            case MatchStar st:
                if (st.Name != null) AddDef(st.Name, Sym.DEF_LOCAL, Loc(p));
                break;
            case MatchMapping mm:
                VisitExprs(mm.Keys);
                foreach (var q in mm.Patterns) VisitPattern(q);
                if (mm.Rest != null) AddDef(mm.Rest, Sym.DEF_LOCAL, Loc(p));
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var q in mc.Patterns) VisitPattern(q);
                for (int i = 0; i < mc.KwdAttrs.Count; i++)
                    CheckName(mc.KwdAttrs[i], Loc(mc.KwdPatterns[i]), ExprContext.Store);
                foreach (var q in mc.KwdPatterns) VisitPattern(q);
                break;
            case MatchAs ma:
                if (ma.Pattern != null) VisitPattern(ma.Pattern);
                if (ma.Name != null) AddDef(ma.Name, Sym.DEF_LOCAL, Loc(p));
                break;
            case MatchOr mo: foreach (var q in mo.Patterns) VisitPattern(q); break;
        }
    }

    void VisitAnnotation(Expr annotation, BlockKey key)
    {
        bool isUnevaluated = _cur.Type == BlockType.Function;
        if ((_cur.Type == BlockType.Module || (_cur.Type == BlockType.Class && _cur.InConditionalBlock))
            && !_cur.HasConditionalAnnotations)
        {
            _cur.HasConditionalAnnotations = true;
            AddDef("__conditional_annotations__", Sym.USE, Loc(annotation));
        }
        var parent = _cur;
        if (parent.AnnotationBlock == null)
        {
            var currentType = parent.Type;
            EnterBlock("__annotate__", BlockType.Annotation, key, Loc(annotation));
            parent.AnnotationBlock = _cur;
            if (currentType == BlockType.Class && !_futureAnnotations)
            {
                _cur.CanSeeClassScope = true;
                AddDef("__classdict__", Sym.USE, Loc(annotation));
            }
        }
        else
            EnterExistingBlock(parent.AnnotationBlock, addToParent: false);
        if (isUnevaluated) _cur.InUnevaluatedAnnotation = true;
        VisitExpr(annotation);
        if (isUnevaluated) _cur.InUnevaluatedAnnotation = false;
        ExitBlock();
    }

    void VisitArgAnnotations(List<Arg> args)
    {
        foreach (var a in args)
            if (a.Annotation != null)
            {
                _cur.AnnotationsUsed = true;
                VisitExpr(a.Annotation);
            }
    }

    void VisitAnnotations(Stmt o, Arguments a, Expr? returns, SymtableEntry functionSte)
    {
        bool isInClass = _cur.CanSeeClassScope;
        var currentType = _cur.Type;
        EnterBlock("__annotate__", BlockType.Annotation, new BlockKey(a), Loc(o));
        if (isInClass || currentType == BlockType.Class)
        {
            _cur.CanSeeClassScope = true;
            AddDef("__classdict__", Sym.USE, Loc(o));
        }
        VisitArgAnnotations(a.Posonlyargs);
        VisitArgAnnotations(a.Args);
        if (a.Vararg?.Annotation != null)
        {
            _cur.AnnotationsUsed = true;
            VisitExpr(a.Vararg.Annotation);
        }
        if (a.Kwarg?.Annotation != null)
        {
            _cur.AnnotationsUsed = true;
            VisitExpr(a.Kwarg.Annotation);
        }
        VisitArgAnnotations(a.Kwonlyargs);
        if (returns != null)
        {
            _cur.AnnotationsUsed = true;
            VisitExpr(returns);
        }
        ExitBlock();
    }

    void VisitArguments(Arguments a)
    {
        foreach (var arg in a.Posonlyargs) AddDef(arg.ArgName, Sym.DEF_PARAM, Loc(arg));
        foreach (var arg in a.Args) AddDef(arg.ArgName, Sym.DEF_PARAM, Loc(arg));
        foreach (var arg in a.Kwonlyargs) AddDef(arg.ArgName, Sym.DEF_PARAM, Loc(arg));
        if (a.Vararg != null)
        {
            AddDef(a.Vararg.ArgName, Sym.DEF_PARAM, Loc(a.Vararg));
            _cur.Varargs = true;
        }
        if (a.Kwarg != null)
        {
            AddDef(a.Kwarg.ArgName, Sym.DEF_PARAM, Loc(a.Kwarg));
            _cur.Varkeywords = true;
        }
    }

    bool RaiseIfAnnotationBlock(string name, Expr e)
    {
        string? msg = _cur.Type switch
        {
            BlockType.Annotation => $"{name} cannot be used within an annotation",
            BlockType.TypeVariable => $"{name} cannot be used within {_cur.ScopeInfo}",
            BlockType.TypeAlias => $"{name} cannot be used within a type alias",
            BlockType.TypeParameters => $"{name} cannot be used within the definition of a generic",
            _ => null,
        };
        if (msg == null) return true;
        SetError(msg, Loc(e));
        return false;
    }

    void RaiseComprehensionYield(Expr e)
    {
        SetError(_cur.Comprehension switch
        {
            ComprehensionType.List => "'yield' inside list comprehension",
            ComprehensionType.Set => "'yield' inside set comprehension",
            ComprehensionType.Dict => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        }, Loc(e));
    }

    void VisitExpr(Expr e)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SetRecursionError();
            return;
        }
        switch (e)
        {
            case NamedExpr ne:
                if (!RaiseIfAnnotationBlock("named expression", e)) return;
                HandleNamedExpr(ne);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                VisitExprsWithNull(l.Args.KwDefaults);
                EnterBlock("lambda", BlockType.Function, new BlockKey(e), Loc(e));
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d:
                VisitExprsWithNull(d.Keys);
                VisitExprs(d.Values);
                break;
            case Set s: VisitExprs(s.Elts); break;
            case GeneratorExp g: HandleComprehension(e, "genexpr", g.Generators, g.Elt, null); break;
            case ListComp l: HandleComprehension(e, "listcomp", l.Generators, l.Elt, null); break;
            case SetComp s: HandleComprehension(e, "setcomp", s.Generators, s.Elt, null); break;
            case DictComp d: HandleComprehension(e, "dictcomp", d.Generators, d.Key, d.Value); break;
            case Yield y:
                if (!RaiseIfAnnotationBlock("yield expression", e)) return;
                if (y.Value != null) VisitExpr(y.Value);
                _cur.Generator = true;
                if (_cur.Comprehension != ComprehensionType.None) RaiseComprehensionYield(e);
                break;
            case YieldFrom yf:
                if (!RaiseIfAnnotationBlock("yield expression", e)) return;
                VisitExpr(yf.Value);
                _cur.Generator = true;
                if (_cur.Comprehension != ComprehensionType.None) RaiseComprehensionYield(e);
                break;
            case Await aw:
                if (!RaiseIfAnnotationBlock("await expression", e)) return;
                if (!AllowsTopLevelAwait())
                {
                    if (!_cur.IsFunctionLike)
                    {
                        SetError("'await' outside function", Loc(e));
                        return;
                    }
                    if (!(_cur.Type == BlockType.Function && _cur.Coroutine) && _cur.Comprehension == ComprehensionType.None)
                    {
                        SetError("'await' outside async function", Loc(e));
                        return;
                    }
                }
                VisitExpr(aw.Value);
                _cur.Coroutine = true;
                break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                CheckKeywords(c.Keywords);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec != null) VisitExpr(fv.FormatSpec);
                break;
            case Interpolation iv:
                VisitExpr(iv.Value);
                if (iv.FormatSpec != null) VisitExpr(iv.FormatSpec);
                break;
            case JoinedStr js: VisitExprs(js.Values); break;
            case TemplateStr ts: VisitExprs(ts.Values); break;
            case Attribute a:
                if (!CheckName(a.Attr, Loc(e), a.Ctx)) return;
                VisitExpr(a.Value);
                break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice s:
                if (s.Lower != null) VisitExpr(s.Lower);
                if (s.Upper != null) VisitExpr(s.Upper);
                if (s.Step != null) VisitExpr(s.Step);
                break;
            case Name n:
                if (!_cur.InUnevaluatedAnnotation)
                {
                    AddDefCtx(n.Id, n.Ctx == ExprContext.Load ? Sym.USE : Sym.DEF_LOCAL, Loc(e), n.Ctx);
                    if (n.Ctx == ExprContext.Load && _cur.IsFunctionLike && n.Id == "super")
                        AddDef("__class__", Sym.USE, Loc(e));
                }
                break;
            case List l: VisitExprs(l.Elts); break;
            case Tuple t: VisitExprs(t.Elts); break;
        }
    }

    void HandleNamedExpr(NamedExpr e)
    {
        if (_cur.CompIterExpr > 0)
        {
            SetError("assignment expression cannot be used in a comprehension iterable expression", Loc(e));
            return;
        }
        if (_cur.Comprehension != ComprehensionType.None)
            ExtendNamedExprScope((Name)e.Target);
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    void ExtendNamedExprScope(Name e)
    {
        string target = e.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.Comprehension != ComprehensionType.None)
            {
                long inScope = LookupEntry(ste, target);
                if ((inScope & Sym.DEF_COMP_ITER) != 0 && (inScope & Sym.DEF_LOCAL) != 0)
                {
                    SetError($"assignment expression cannot rebind comprehension iteration variable '{target}'", Loc(e));
                    return;
                }
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                long inScope = LookupEntry(ste, target);
                AddDef(target, (inScope & Sym.DEF_GLOBAL) != 0 ? Sym.DEF_GLOBAL : Sym.DEF_NONLOCAL, Loc(e));
                RecordDirective(target, Loc(e));
                AddDefHelper(target, Sym.DEF_LOCAL, ste, Loc(e));
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(target, Sym.DEF_GLOBAL, Loc(e));
                RecordDirective(target, Loc(e));
                AddDefHelper(target, Sym.DEF_GLOBAL, ste, Loc(e));
                return;
            }
            string? msg = ste.Type switch
            {
                BlockType.Class => "assignment expression within a comprehension cannot be used in a class body",
                BlockType.TypeParameters => "assignment expression within a comprehension cannot be used within the definition of a generic",
                BlockType.TypeAlias => "assignment expression within a comprehension cannot be used in a type alias",
                BlockType.TypeVariable => "assignment expression within a comprehension cannot be used in a TypeVar bound",
                _ => null,
            };
            if (msg != null)
            {
                SetError(msg, Loc(e));
                return;
            }
        }
    }

    void VisitComprehension(Comprehension lc)
    {
        _cur.CompIterTarget = true;
        VisitExpr(lc.Target);
        _cur.CompIterTarget = false;
        _cur.CompIterExpr++;
        VisitExpr(lc.Iter);
        _cur.CompIterExpr--;
        VisitExprs(lc.Ifs);
        if (lc.IsAsync != 0)
            _cur.Coroutine = true;
    }

    void HandleComprehension(Expr e, string scopeName, List<Comprehension> generators, Expr elt, Expr? value)
    {
        bool isGenerator = e is GeneratorExp;
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock(scopeName, BlockType.Function, new BlockKey(e), Loc(e));
        _cur.Comprehension = e switch
        {
            ListComp => ComprehensionType.List,
            SetComp => ComprehensionType.Set,
            DictComp => ComprehensionType.Dict,
            _ => ComprehensionType.Generator,
        };
        if (outermost.IsAsync != 0)
            _cur.Coroutine = true;
        AddDef(".0", Sym.DEF_PARAM, _cur.Loc);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++)
            VisitComprehension(generators[i]);
        if (value != null)
            VisitExpr(value);
        VisitExpr(elt);
        _cur.Generator = isGenerator;
        bool isAsync = _cur.Coroutine && !isGenerator;
        ExitBlock();
        if (isAsync && !(_cur.Type == BlockType.Function && _cur.Coroutine) && _cur.Comprehension == ComprehensionType.None
            && !AllowsTopLevelAwait())
        {
            SetError("asynchronous comprehension outside of an asynchronous function", Loc(e));
            return;
        }
        if (isAsync)
            _cur.Coroutine = true;
    }
}
