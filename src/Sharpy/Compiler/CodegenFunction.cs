using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Functions, lambdas, classes, type parameters and closures (Python/codegen.c).</summary>
sealed partial class Codegen
{
    void MakeClosure(Location loc, CodeObject co, int flags)
    {
        int nfree = co.FreeVarCount;
        if (nfree > 0)
        {
            int first = co.LocalsPlusNames.Length - nfree;
            for (int i = first; i < co.LocalsPlusNames.Length; i++)
            {
                int arg = LookupArg(co.LocalsPlusNames[i], co);
                AddopI(Op.LOAD_CLOSURE, arg < 0 ? 0 : arg, loc);
            }
            flags |= Oparg.MAKE_FUNCTION_CLOSURE;
            AddopI(Op.BUILD_TUPLE, nfree, loc);
        }
        AddopLoadConst(co, loc);
        Addop(Op.MAKE_FUNCTION, loc);
        foreach (int f in new[] { Oparg.MAKE_FUNCTION_CLOSURE, Oparg.MAKE_FUNCTION_ANNOTATIONS, Oparg.MAKE_FUNCTION_ANNOTATE,
                     Oparg.MAKE_FUNCTION_KWDEFAULTS, Oparg.MAKE_FUNCTION_DEFAULTS })
            if ((flags & f) != 0)
                AddopI(Op.SET_FUNCTION_ATTRIBUTE, f, loc);
    }

    void ApplyDecorators(List<Expr> decos)
    {
        for (int i = decos.Count - 1; i >= 0; i--)
            AddopI(Op.CALL, 0, Loc(decos[i]));
    }

    int DefaultArguments(Location loc, Arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            AddopI(Op.BUILD_TUPLE, args.Defaults.Count, loc);
            flags |= Oparg.MAKE_FUNCTION_DEFAULTS;
        }
        int count = 0;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d == null) continue;
            count++;
            AddopLoadConst(MaybeMangle(args.Kwonlyargs[i].ArgName), loc);
            VisitExpr(d);
        }
        if (count > 0)
        {
            AddopI(Op.BUILD_MAP, count, loc);
            flags |= Oparg.MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    void SetupAnnotationsScope(Location loc, BlockKey key, string name)
    {
        EnterScope(name, ScopeType.Annotations, key, loc.Lineno, null, 0, 1, 0);
        AddopI(Op.LOAD_FAST, 0, loc);
        AddopLoadConst(2L, loc);
        AddopI(Op.COMPARE_OP, Oparg.Compare(Oparg.Py_GT), loc);
        int body = NewLabel();
        AddopJump(Op.POP_JUMP_IF_FALSE, body, loc);
        AddopI(Op.LOAD_COMMON_CONSTANT, Oparg.CONSTANT_NOTIMPLEMENTEDERROR, loc);
        AddopI(Op.RAISE_VARARGS, 1, loc);
        UseLabel(body);
    }

    void LeaveAnnotationsScope(Location loc)
    {
        Addop(Op.RETURN_VALUE, loc);
        var co = OptimizeAndAssemble(true);
        if (co.LocalsPlusNames.Length > 0)
        {
            co.LocalsPlusNames[0] = "format";
            co.OwnLocalsPlusNames = true;
        }
        ExitScope();
        MakeClosure(loc, co, 0);
    }

    void ArgAnnotation(string id, Expr? annotation, ref int len, Location loc)
    {
        if (annotation == null) return;
        AddopLoadConst(MaybeMangle(id), loc);
        if (_futureAnnotations)
            AddopLoadConst(Unparse.ExprAsUnicode(annotation), Loc(annotation));
        else if (annotation is Starred st)
        {
            VisitExpr(st.Value);
            AddopI(Op.UNPACK_SEQUENCE, 1, loc);
        }
        else
            VisitExpr(annotation);
        len++;
    }

    int FunctionAnnotations(Location loc, Arguments args, Expr? returns)
    {
        var ste = _st.Lookup(new BlockKey(args));
        if (!ste.AnnotationsUsed)
            return 0;
        SetupAnnotationsScope(loc, new BlockKey(args), ste.Name);
        int len = 0;
        foreach (var a in args.Args) ArgAnnotation(a.ArgName, a.Annotation, ref len, loc);
        foreach (var a in args.Posonlyargs) ArgAnnotation(a.ArgName, a.Annotation, ref len, loc);
        if (args.Vararg?.Annotation != null) ArgAnnotation(args.Vararg.ArgName, args.Vararg.Annotation, ref len, loc);
        foreach (var a in args.Kwonlyargs) ArgAnnotation(a.ArgName, a.Annotation, ref len, loc);
        if (args.Kwarg?.Annotation != null) ArgAnnotation(args.Kwarg.ArgName, args.Kwarg.Annotation, ref len, loc);
        ArgAnnotation("return", returns, ref len, loc);
        AddopI(Op.BUILD_MAP, len, loc);
        LeaveAnnotationsScope(loc);
        return Oparg.MAKE_FUNCTION_ANNOTATE;
    }

    void WrapInStopIterationHandler()
    {
        int handler = NewLabel();
        _u.Seq.InsertInstruction(0, Op.SETUP_CLEANUP, handler, Location.NoLocation);
        AddopLoadConst(null, Location.NoLocation);
        Addop(Op.RETURN_VALUE, Location.NoLocation);
        UseLabel(handler);
        AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_STOPITERATION_ERROR, Location.NoLocation);
        AddopI(Op.RERAISE, 1, Location.NoLocation);
    }

    void FunctionBody(Stmt s, string name, Arguments args, List<Stmt> body, bool isAsync, int funcflags, int firstlineno)
    {
        EnterScope(name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, new BlockKey(s), firstlineno, null,
            args.Args.Count, args.Posonlyargs.Count, args.Kwonlyargs.Count);
        var ste = _u.Ste;
        int first = 0;
        if (ste.HasDocstring)
        {
            first = 1;
            _u.Consts.Add(CleanedDocString(body));
        }
        int start = NewLabel();
        UseLabel(start);
        bool addStopIteration = ste.Coroutine || ste.Generator;
        if (addStopIteration)
            PushFBlock(Location.NoLocation, FBlockType.StopIteration, start, -1, null);
        for (int i = first; i < body.Count; i++)
            VisitStmt(body[i]);
        if (addStopIteration)
        {
            WrapInStopIterationHandler();
            PopFBlock();
        }
        var co = OptimizeAndAssemble(true);
        ExitScope();
        MakeClosure(Loc(s), co, funcflags);
    }

    void Function(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decos, Expr? returns,
        List<TypeParam> typeParams, bool isAsync)
    {
        foreach (var d in decos) VisitExpr(d);
        int firstlineno = decos.Count > 0 ? decos[0].Lineno : s.Lineno;
        var loc = Loc(s);
        bool isGeneric = typeParams.Count > 0;
        int funcflags = DefaultArguments(loc, args);
        int numTypeparamArgs = 0;
        if (isGeneric)
        {
            if ((funcflags & Oparg.MAKE_FUNCTION_DEFAULTS) != 0) numTypeparamArgs++;
            if ((funcflags & Oparg.MAKE_FUNCTION_KWDEFAULTS) != 0) numTypeparamArgs++;
            if (numTypeparamArgs == 2)
                AddopI(Op.SWAP, 2, loc);
            EnterScope($"<generic parameters of {name}>", ScopeType.Annotations, new BlockKey(typeParams), firstlineno,
                null, numTypeparamArgs, 0, 0);
            TypeParams(typeParams);
            for (int i = 0; i < numTypeparamArgs; i++)
                AddopI(Op.LOAD_FAST, i, loc);
        }
        funcflags |= FunctionAnnotations(loc, args, returns);
        FunctionBody(s, name, args, body, isAsync, funcflags, firstlineno);
        if (isGeneric)
        {
            AddopI(Op.SWAP, 2, loc);
            AddopI(Op.CALL_INTRINSIC_2, Oparg.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            var co = OptimizeAndAssemble(false);
            ExitScope();
            MakeClosure(loc, co, 0);
            if (numTypeparamArgs > 0)
            {
                AddopI(Op.SWAP, numTypeparamArgs + 1, loc);
                AddopI(Op.CALL, numTypeparamArgs - 1, loc);
            }
            else
            {
                Addop(Op.PUSH_NULL, loc);
                AddopI(Op.CALL, 0, loc);
            }
        }
        ApplyDecorators(decos);
        Nameop(name, ExprContext.Store, loc);
    }

    void ClassBody(ClassDef s, int firstlineno)
    {
        EnterScope(s.Name, ScopeType.Class, new BlockKey(s), firstlineno, s.Name, 0, 0, 0);
        var loc = new Location(firstlineno, firstlineno, 0, 0);
        Nameop("__name__", ExprContext.Load, loc);
        Nameop("__module__", ExprContext.Store, loc);
        AddopLoadConst(_u.QualName, loc);
        Nameop("__qualname__", ExprContext.Store, loc);
        AddopLoadConst((long)_u.FirstLineno, loc);
        Nameop("__firstlineno__", ExprContext.Store, loc);
        if (s.TypeParams.Count > 0)
        {
            Nameop(".type_params", ExprContext.Load, loc);
            Nameop("__type_params__", ExprContext.Store, loc);
        }
        if (_u.Ste.NeedsClassdict)
        {
            Addop(Op.LOAD_LOCALS, loc);
            AddopN(Op.STORE_DEREF, _u.Cellvars, "__classdict__", loc);
        }
        if (_u.Ste.HasConditionalAnnotations)
        {
            AddopI(Op.BUILD_SET, 0, loc);
            AddopN(Op.STORE_DEREF, _u.Cellvars, "__conditional_annotations__", loc);
        }
        Body(loc, s.Body, false);
        var attrs = new List<object?>();
        foreach (var a in _u.StaticAttributes!) attrs.Add(a);
        AddopLoadConst(attrs.ToArray(), Location.NoLocation);
        Nameop("__static_attributes__", ExprContext.Store, Location.NoLocation);
        if (_u.Ste.NeedsClassdict)
        {
            _u.Cellvars.TryGet("__classdict__", out int i);
            AddopI(Op.LOAD_CLOSURE, i, Location.NoLocation);
            Nameop("__classdictcell__", ExprContext.Store, Location.NoLocation);
        }
        if (_u.Ste.NeedsClassClosure)
        {
            _u.Cellvars.TryGet("__class__", out int i);
            AddopI(Op.LOAD_CLOSURE, i, Location.NoLocation);
            AddopI(Op.COPY, 1, Location.NoLocation);
            Nameop("__classcell__", ExprContext.Store, Location.NoLocation);
        }
        else
            AddopLoadConst(null, Location.NoLocation);
        Addop(Op.RETURN_VALUE, Location.NoLocation);
        var co = OptimizeAndAssemble(true);
        ExitScope();
        loc = Loc(s);
        Addop(Op.LOAD_BUILD_CLASS, loc);
        Addop(Op.PUSH_NULL, loc);
        MakeClosure(loc, co, 0);
        AddopLoadConst(s.Name, loc);
    }

    void Class(ClassDef s)
    {
        foreach (var d in s.DecoratorList) VisitExpr(d);
        int firstlineno = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;
        var loc = Loc(s);
        bool isGeneric = s.TypeParams.Count > 0;
        if (isGeneric)
        {
            EnterScope($"<generic parameters of {s.Name}>", ScopeType.Annotations, new BlockKey(s.TypeParams),
                firstlineno, s.Name, 0, 0, 0);
            TypeParams(s.TypeParams);
            Nameop(".type_params", ExprContext.Store, loc);
        }
        ClassBody(s, firstlineno);
        if (isGeneric)
        {
            Nameop(".type_params", ExprContext.Load, loc);
            AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_SUBSCRIPT_GENERIC, loc);
            Nameop(".generic_base", ExprContext.Store, loc);
            CallHelper(loc, 2, s.Bases, ".generic_base", s.Keywords);
            var co = OptimizeAndAssemble(false);
            ExitScope();
            MakeClosure(loc, co, 0);
            Addop(Op.PUSH_NULL, loc);
            AddopI(Op.CALL, 0, loc);
        }
        else
            CallHelper(loc, 2, s.Bases, null, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        Nameop(s.Name, ExprContext.Store, loc);
    }

    void TypeParamBoundOrDefault(Expr e, string name, BlockKey key, bool allowStarred)
    {
        AddopLoadConst(new object?[] { 1L }, Loc(e));
        SetupAnnotationsScope(Loc(e), key, name);
        if (allowStarred && e is Starred st)
        {
            VisitExpr(st.Value);
            AddopI(Op.UNPACK_SEQUENCE, 1, Loc(e));
        }
        else
            VisitExpr(e);
        Addop(Op.RETURN_VALUE, Loc(e));
        var co = OptimizeAndAssemble(true);
        ExitScope();
        MakeClosure(Loc(e), co, Oparg.MAKE_FUNCTION_DEFAULTS);
    }

    void TypeParams(List<TypeParam> typeParams)
    {
        bool seenDefault = false;
        foreach (var tp in typeParams)
        {
            var loc = Loc(tp);
            string tpName;
            Expr? dflt;
            switch (tp)
            {
                case TypeVar tv:
                    tpName = tv.Name;
                    dflt = tv.DefaultValue;
                    AddopLoadConst(tv.Name, loc);
                    if (tv.Bound != null)
                    {
                        TypeParamBoundOrDefault(tv.Bound, tv.Name, new BlockKey(tp), false);
                        AddopI(Op.CALL_INTRINSIC_2, tv.Bound is Tuple ? Oparg.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                            : Oparg.INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    }
                    else
                        AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_TYPEVAR, loc);
                    if (dflt != null)
                    {
                        seenDefault = true;
                        TypeParamBoundOrDefault(dflt, tv.Name, new BlockKey(tp, 1), false);
                        AddopI(Op.CALL_INTRINSIC_2, Oparg.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
                    }
                    break;
                case TypeVarTuple tvt:
                    tpName = tvt.Name;
                    dflt = tvt.DefaultValue;
                    AddopLoadConst(tvt.Name, loc);
                    AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_TYPEVARTUPLE, loc);
                    if (dflt != null)
                    {
                        TypeParamBoundOrDefault(dflt, tvt.Name, new BlockKey(tp), true);
                        AddopI(Op.CALL_INTRINSIC_2, Oparg.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
                        seenDefault = true;
                    }
                    break;
                default:
                    var ps = (ParamSpec)tp;
                    tpName = ps.Name;
                    dflt = ps.DefaultValue;
                    AddopLoadConst(ps.Name, loc);
                    AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_PARAMSPEC, loc);
                    if (dflt != null)
                    {
                        TypeParamBoundOrDefault(dflt, ps.Name, new BlockKey(tp), false);
                        AddopI(Op.CALL_INTRINSIC_2, Oparg.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
                        seenDefault = true;
                    }
                    break;
            }
            if (dflt == null && seenDefault)
            {
                SetError($"non-default type parameter '{tpName}' follows default type parameter", loc);
                return;
            }
            AddopI(Op.COPY, 1, loc);
            Nameop(tpName, ExprContext.Store, loc);
        }
        AddopI(Op.BUILD_TUPLE, typeParams.Count, Loc(typeParams[0]));
    }

    void TypeAliasBody(TypeAlias s)
    {
        var loc = Loc(s);
        string name = ((Name)s.Name).Id;
        AddopLoadConst(new object?[] { 1L }, loc);
        SetupAnnotationsScope(loc, new BlockKey(s), name);
        VisitExpr(s.Value);
        Addop(Op.RETURN_VALUE, loc);
        var co = OptimizeAndAssemble(false);
        ExitScope();
        MakeClosure(loc, co, Oparg.MAKE_FUNCTION_DEFAULTS);
        AddopI(Op.BUILD_TUPLE, 3, loc);
        AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_TYPEALIAS, loc);
    }

    void TypeAliasStmt(TypeAlias s)
    {
        var loc = Loc(s);
        string name = ((Name)s.Name).Id;
        bool isGeneric = s.TypeParams.Count > 0;
        if (isGeneric)
        {
            EnterScope($"<generic parameters of {name}>", ScopeType.Annotations, new BlockKey(s.TypeParams), loc.Lineno,
                null, 0, 0, 0);
            AddopLoadConst(name, loc);
            TypeParams(s.TypeParams);
        }
        else
        {
            AddopLoadConst(name, loc);
            AddopLoadConst(null, loc);
        }
        TypeAliasBody(s);
        if (isGeneric)
        {
            var co = OptimizeAndAssemble(false);
            ExitScope();
            MakeClosure(loc, co, 0);
            Addop(Op.PUSH_NULL, loc);
            AddopI(Op.CALL, 0, loc);
        }
        Nameop(name, ExprContext.Store, loc);
    }

    void LambdaExpr(Lambda e)
    {
        var loc = Loc(e);
        int funcflags = DefaultArguments(loc, e.Args);
        EnterScope("<lambda>", ScopeType.Lambda, new BlockKey(e), e.Lineno, null,
            e.Args.Args.Count, e.Args.Posonlyargs.Count, e.Args.Kwonlyargs.Count);
        VisitExpr(e.Body);
        CodeObject co;
        if (_u.Ste.Generator)
            co = OptimizeAndAssemble(false);
        else
        {
            Addop(Op.RETURN_VALUE, Loc(e.Body));
            co = OptimizeAndAssemble(true);
        }
        ExitScope();
        MakeClosure(loc, co, funcflags);
    }
}
