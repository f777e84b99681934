using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Calls (codegen_call, the method-call and super() optimizations, codegen_call_helper).</summary>
sealed partial class Codegen
{
    bool IsImportOriginated(Expr e)
    {
        if (e is not Name n) return false;
        return (_st.Top.GetSymbol(n.Id) & Sym.DEF_IMPORT) != 0;
    }

    bool CanOptimizeSuperCall(Attribute attr)
    {
        if (attr.Value is not Call { Func: Name { Id: "super" } fn } e || attr.Attr == "__class__" || e.Keywords.Count != 0)
            return false;
        int numArgs = e.Args.Count;
        if (_u.Ste.GetScope(fn.Id) != Sym.GLOBAL_IMPLICIT)
            return false;
        if (_st.Top.GetScope(fn.Id) != 0)
            return false;
        if (numArgs == 2)
        {
            foreach (var a in e.Args)
                if (a is Starred) return false;
            return true;
        }
        if (numArgs != 0)
            return false;
        if (_u.ArgCount == 0 && _u.PosOnlyArgCount == 0)
            return false;
        return GetRefType("__class__") == Sym.FREE;
    }

    void LoadArgsForSuper(Call e)
    {
        var loc = Loc(e);
        Nameop(((Name)e.Func).Id, ExprContext.Load, Loc(e.Func));
        if (e.Args.Count == 2)
        {
            VisitExpr(e.Args[0]);
            VisitExpr(e.Args[1]);
            return;
        }
        Nameop("__class__", ExprContext.Load, loc);
        foreach (var (k, _) in _u.Varnames.Items)
        {
            Nameop(k, ExprContext.Load, loc);
            break;
        }
    }

    bool MaybeOptimizeMethodCall(Call e)
    {
        if (e.Func is not Attribute { Ctx: ExprContext.Load } meth)
            return false;
        if (IsImportOriginated(meth.Value))
            return false;
        int argsl = e.Args.Count, kwdsl = e.Keywords.Count;
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= StackUseGuideline)
            return false;
        foreach (var a in e.Args)
            if (a is Starred) return false;
        foreach (var k in e.Keywords)
            if (k.Arg == null) return false;
        var loc = Loc(meth);
        if (CanOptimizeSuperCall(meth))
        {
            LoadArgsForSuper((Call)meth.Value);
            int opcode = ((Call)meth.Value).Args.Count > 0 ? LOAD_SUPER_METHOD : LOAD_ZERO_SUPER_METHOD;
            AddopName(opcode, _u.Names, meth.Attr, loc);
            loc = UpdateStartLocationToMatchAttr(loc, meth);
            Addop(Op.NOP, loc);
        }
        else
        {
            VisitExpr(meth.Value);
            loc = UpdateStartLocationToMatchAttr(loc, meth);
            AddopName(LOAD_METHOD, _u.Names, meth.Attr, loc);
        }
        foreach (var a in e.Args) VisitExpr(a);
        if (kwdsl > 0)
        {
            foreach (var k in e.Keywords) VisitExpr(k.Value);
            CallSimpleKwHelper(loc, e.Keywords);
            loc = UpdateStartLocationToMatchAttr(Loc(e), meth);
            AddopI(Op.CALL_KW, argsl + kwdsl, loc);
        }
        else
        {
            loc = UpdateStartLocationToMatchAttr(Loc(e), meth);
            AddopI(Op.CALL, argsl, loc);
        }
        return true;
    }

    bool ValidateKeywords(List<Keyword> keywords)
    {
        for (int i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Arg == null) continue;
            for (int j = i + 1; j < keywords.Count; j++)
                if (keywords[j].Arg == keywords[i].Arg)
                {
                    SetError($"keyword argument repeated: {keywords[i].Arg}", Loc(keywords[j]));
                    return false;
                }
        }
        return true;
    }

    void CallExpr(Call e)
    {
        if (!ValidateKeywords(e.Keywords))
            return;
        if (MaybeOptimizeMethodCall(e))
            return;
        int skipNormalCall = NewLabel();
        CheckCaller(e.Func);
        VisitExpr(e.Func);
        MaybeOptimizeFunctionCall(e, skipNormalCall);
        Addop(Op.PUSH_NULL, Loc(e.Func));
        CallHelper(Loc(e), 0, e.Args, null, e.Keywords);
        UseLabel(skipNormalCall);
    }

    /// <summary>all(genexp), any(genexp) and tuple(genexp) run inline when the name is the builtin.</summary>
    void MaybeOptimizeFunctionCall(Call e, int end)
    {
        if (!(e.Func is Name fn && e.Args.Count == 1 && e.Keywords.Count == 0 && e.Args[0] is GeneratorExp))
            return;
        var loc = Loc(e.Func);
        int skipOptimization = NewLabel();
        int constOparg = -1;
        bool? initialRes = null;
        int continueJumpOpcode = -1;
        switch (fn.Id)
        {
            case "all": constOparg = Oparg.CONSTANT_BUILTIN_ALL; initialRes = true; continueJumpOpcode = Op.POP_JUMP_IF_TRUE; break;
            case "any": constOparg = Oparg.CONSTANT_BUILTIN_ANY; initialRes = false; continueJumpOpcode = Op.POP_JUMP_IF_FALSE; break;
            case "tuple": constOparg = Oparg.CONSTANT_BUILTIN_TUPLE; break;
        }
        if (constOparg != -1)
        {
            AddopI(Op.COPY, 1, loc);
            AddopI(Op.LOAD_COMMON_CONSTANT, constOparg, loc);
            AddCompare(CmpOpKind.Is, loc);
            AddopJump(Op.POP_JUMP_IF_FALSE, skipOptimization, loc);
            Addop(Op.POP_TOP, loc);
            if (constOparg == Oparg.CONSTANT_BUILTIN_TUPLE)
                AddopI(Op.BUILD_LIST, 0, loc);
            VisitExpr(e.Args[0]);
            int loop = NewLabel(), cleanup = NewLabel();
            UseLabel(loop);
            AddopJump(Op.FOR_ITER, cleanup, loc);
            if (constOparg == Oparg.CONSTANT_BUILTIN_TUPLE)
            {
                AddopI(Op.LIST_APPEND, 2, loc);
                AddopJump(Op.JUMP, loop, loc);
            }
            else
            {
                Addop(Op.TO_BOOL, loc);
                AddopJump(continueJumpOpcode, loop, loc);
            }
            Addop(Op.POP_ITER, Location.NoLocation);
            if (constOparg != Oparg.CONSTANT_BUILTIN_TUPLE)
                AddopLoadConst(initialRes == true ? false : true, loc);
            AddopJump(Op.JUMP, end, loc);
            UseLabel(cleanup);
            Addop(Op.END_FOR, Location.NoLocation);
            Addop(Op.POP_ITER, Location.NoLocation);
            if (constOparg == Oparg.CONSTANT_BUILTIN_TUPLE)
                AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_LIST_TO_TUPLE, loc);
            else
                AddopLoadConst(initialRes, loc);
            AddopJump(Op.JUMP, end, loc);
        }
        UseLabel(skipOptimization);
    }

    void CallSimpleKwHelper(Location loc, List<Keyword> keywords)
    {
        var names = new object?[keywords.Count];
        for (int i = 0; i < names.Length; i++) names[i] = keywords[i].Arg;
        AddopLoadConst(names, loc);
    }

    void Subkwargs(Location loc, List<Keyword> keywords, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (big) AddopI(Op.BUILD_MAP, 0, Location.NoLocation);
        for (int i = begin; i < end; i++)
        {
            AddopLoadConst(keywords[i].Arg, loc);
            VisitExpr(keywords[i].Value);
            if (big) AddopI(Op.MAP_ADD, 1, Location.NoLocation);
        }
        if (!big) AddopI(Op.BUILD_MAP, n, loc);
    }

    /// <summary>Arguments and the CALL for a callable already on the stack (codegen_call_helper_impl).</summary>
    void CallHelper(Location loc, int n, List<Expr> args, string? injectedArg, List<Keyword> keywords)
    {
        if (!ValidateKeywords(keywords))
            return;
        int nelts = args.Count, nkwelts = keywords.Count;
        bool exCall = nelts + nkwelts * 2 > StackUseGuideline;
        foreach (var a in args)
            if (a is Starred) exCall = true;
        foreach (var k in keywords)
            if (k.Arg == null) exCall = true;
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (injectedArg != null)
            {
                Nameop(injectedArg, ExprContext.Load, loc);
                nelts++;
            }
            if (nkwelts > 0)
            {
                foreach (var k in keywords) VisitExpr(k.Value);
                CallSimpleKwHelper(loc, keywords);
                AddopI(Op.CALL_KW, n + nelts + nkwelts, loc);
            }
            else
                AddopI(Op.CALL, n + nelts, loc);
            return;
        }
        if (n == 0 && nelts == 1 && args[0] is Starred st)
            VisitExpr(st.Value);
        else
            StarunpackHelper(loc, args, injectedArg, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        if (nkwelts > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++)
            {
                var kw = keywords[i];
                if (kw.Arg == null)
                {
                    if (nseen > 0)
                    {
                        Subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) AddopI(Op.DICT_MERGE, 1, loc);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        AddopI(Op.BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    AddopI(Op.DICT_MERGE, 1, loc);
                }
                else
                    nseen++;
            }
            if (nseen > 0)
            {
                Subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) AddopI(Op.DICT_MERGE, 1, loc);
            }
        }
        else
            Addop(Op.PUSH_NULL, loc);
        Addop(Op.CALL_FUNCTION_EX, loc);
    }
}
