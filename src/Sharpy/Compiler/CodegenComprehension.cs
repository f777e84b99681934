using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// Comprehensions: generator expressions get their own code object; list, set and dict
/// comprehensions are inlined (PEP 709) with their bound names pushed aside on the stack.
/// </summary>
sealed partial class Codegen
{
    sealed class InlinedComprehensionState
    {
        public List<string>? PushedLocals;
        public OrderedDictionary<string, long>? TempSymbols;
        public List<string>? FastHidden;
        public int Cleanup = -1;
    }

    void ComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
        Expr elt, Expr? val, ComprehensionType type, bool iterOnStack)
    {
        if (generators[genIndex].IsAsync != 0)
            AsyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        else
            SyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
    }

    void ComprehensionElement(Expr elt, Expr? val, ComprehensionType type, int depth, ref Location eltLoc)
    {
        switch (type)
        {
            case ComprehensionType.Generator:
                VisitExpr(elt);
                AddopYield(eltLoc);
                Addop(Op.POP_TOP, eltLoc);
                break;
            case ComprehensionType.List:
                VisitExpr(elt);
                AddopI(Op.LIST_APPEND, depth + 1, eltLoc);
                break;
            case ComprehensionType.Set:
                VisitExpr(elt);
                AddopI(Op.SET_ADD, depth + 1, eltLoc);
                break;
            default:
                VisitExpr(elt);
                VisitExpr(val!);
                eltLoc = new Location(elt.Lineno, val!.EndLineno, elt.ColOffset, val.EndColOffset);
                AddopI(Op.MAP_ADD, depth + 1, eltLoc);
                break;
        }
    }

    void SyncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
        Expr elt, Expr? val, ComprehensionType type, bool iterOnStack)
    {
        int start = NewLabel(), ifCleanup = NewLabel(), anchor = NewLabel();
        bool hasStart = true;
        var gen = generators[genIndex];
        if (!iterOnStack)
        {
            if (genIndex == 0)
                AddopI(Op.LOAD_FAST, 0, loc);
            else
            {
                List<Expr>? elts = gen.Iter switch { List l => l.Elts, Tuple t => t.Elts, _ => null };
                if (elts is { Count: 1 } && elts[0] is not Starred)
                {
                    VisitExpr(elts[0]);
                    hasStart = false;
                }
                if (hasStart)
                {
                    VisitExpr(gen.Iter);
                    Addop(Op.GET_ITER, Loc(gen.Iter));
                }
            }
        }
        if (hasStart)
        {
            depth++;
            UseLabel(start);
            AddopJump(Op.FOR_ITER, anchor, Loc(gen.Iter));
        }
        VisitExpr(gen.Target);
        foreach (var e in gen.Ifs)
            JumpIf(loc, e, ifCleanup, false);
        if (++genIndex < generators.Count)
            ComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        var eltLoc = Loc(elt);
        if (genIndex >= generators.Count)
            ComprehensionElement(elt, val, type, depth, ref eltLoc);
        UseLabel(ifCleanup);
        if (hasStart)
        {
            AddopJump(Op.JUMP, start, eltLoc);
            UseLabel(anchor);
            Addop(Op.END_FOR, Location.NoLocation);
            Addop(Op.POP_ITER, Location.NoLocation);
        }
    }

    void AsyncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
        Expr elt, Expr? val, ComprehensionType type, bool iterOnStack)
    {
        int start = NewLabel(), send = NewLabel(), except = NewLabel(), ifCleanup = NewLabel();
        var gen = generators[genIndex];
        if (!iterOnStack)
        {
            if (genIndex == 0)
                AddopI(Op.LOAD_FAST, 0, loc);
            else
            {
                VisitExpr(gen.Iter);
                Addop(Op.GET_AITER, Loc(gen.Iter));
            }
        }
        UseLabel(start);
        PushFBlock(loc, FBlockType.AsyncComprehensionGenerator, start, -1, null);
        AddopJump(Op.SETUP_FINALLY, except, loc);
        Addop(Op.GET_ANEXT, loc);
        AddopLoadConst(null, loc);
        UseLabel(send);
        AddYieldFrom(loc, true);
        Addop(Op.POP_BLOCK, loc);
        VisitExpr(gen.Target);
        foreach (var e in gen.Ifs)
            JumpIf(loc, e, ifCleanup, false);
        depth++;
        if (++genIndex < generators.Count)
            ComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        var eltLoc = Loc(elt);
        if (genIndex >= generators.Count)
            ComprehensionElement(elt, val, type, depth, ref eltLoc);
        UseLabel(ifCleanup);
        AddopJump(Op.JUMP, start, eltLoc);
        PopFBlock();
        UseLabel(except);
        AddopJump(Op.END_ASYNC_FOR, send, loc);
    }

    void TweakInlinedComprehensionScopes(SymtableEntry entry, InlinedComprehensionState state)
    {
        bool inClassBlock = _u.Ste.Type == BlockType.Class && !IsInInlinedComp;
        _u.InInlinedComp++;
        foreach (var (k, symbol) in entry.Symbols)
        {
            int scope = Sym.ToScope(symbol);
            long outsymbol = _u.Ste.GetSymbol(k);
            int outsc = Sym.ToScope(outsymbol);
            if ((scope != outsc && scope != Sym.FREE && !(scope == Sym.CELL && outsc == Sym.FREE)) || inClassBlock)
            {
                state.TempSymbols ??= new();
                _u.Ste.Symbols[k] = symbol;
                state.TempSymbols[k] = outsymbol;
            }
            if (((symbol & Sym.DEF_LOCAL) != 0 && (symbol & Sym.DEF_NONLOCAL) == 0) || inClassBlock)
            {
                if (!_u.Ste.IsFunctionLike)
                {
                    if (!(_u.FastHidden.TryGetValue(k, out bool orig) && orig))
                    {
                        _u.FastHidden[k] = true;
                        state.FastHidden ??= new();
                        state.FastHidden.Add(k);
                    }
                }
            }
        }
    }

    void PushInlinedComprehensionLocals(Location loc, SymtableEntry comp, InlinedComprehensionState state)
    {
        bool inClassBlock = _u.Ste.Type == BlockType.Class && !IsInInlinedComp;
        var outer = _u.Ste;
        foreach (var (k, symbol) in comp.Symbols)
        {
            int scope = Sym.ToScope(symbol);
            int outsc = Sym.ToScope(outer.GetSymbol(k));
            if (((symbol & Sym.DEF_LOCAL) != 0 && (symbol & Sym.DEF_NONLOCAL) == 0) || inClassBlock)
            {
                state.PushedLocals ??= new();
                AddopName(Op.LOAD_FAST_AND_CLEAR, _u.Varnames, k, loc);
                if (scope == Sym.CELL)
                    AddopName(Op.MAKE_CELL, outsc == Sym.FREE ? _u.Freevars : _u.Cellvars, k, loc);
                state.PushedLocals.Add(k);
            }
        }
        if (state.PushedLocals != null)
        {
            AddopI(Op.SWAP, state.PushedLocals.Count + 1, loc);
            state.Cleanup = NewLabel();
            AddopJump(Op.SETUP_FINALLY, state.Cleanup, loc);
        }
    }

    void RestoreInlinedComprehensionLocals(Location loc, InlinedComprehensionState state)
    {
        int npops = state.PushedLocals!.Count;
        AddopI(Op.SWAP, npops + 1, loc);
        for (int i = npops - 1; i >= 0; i--)
            AddopName(Op.STORE_FAST_MAYBE_NULL, _u.Varnames, state.PushedLocals[i], loc);
    }

    void PopInlinedComprehensionState(Location loc, InlinedComprehensionState state)
    {
        if (state.PushedLocals != null)
        {
            Addop(Op.POP_BLOCK, Location.NoLocation);
            int end = NewLabel();
            AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
            UseLabel(state.Cleanup);
            AddopI(Op.SWAP, 2, Location.NoLocation);
            Addop(Op.POP_TOP, Location.NoLocation);
            RestoreInlinedComprehensionLocals(loc, state);
            AddopI(Op.RERAISE, 0, Location.NoLocation);
            UseLabel(end);
            RestoreInlinedComprehensionLocals(loc, state);
        }
        _u.InInlinedComp--;
        if (state.TempSymbols != null)
            foreach (var (k, v) in state.TempSymbols)
                _u.Ste.Symbols[k] = v;
        if (state.FastHidden != null)
            foreach (var k in state.FastHidden)
                _u.FastHidden[k] = false;
    }

    void Comprehension(Expr e, ComprehensionType type, string name, List<Comprehension> generators, Expr elt, Expr? val)
    {
        var entry = _st.Lookup(new BlockKey(e));
        bool isInlined = entry.CompInlined;
        bool isAsync = entry.Coroutine;
        var loc = Loc(e);
        var outermost = generators[0];
        var state = new InlinedComprehensionState();
        if (isInlined)
        {
            VisitExpr(outermost.Iter);
            Addop(outermost.IsAsync != 0 ? Op.GET_AITER : Op.GET_ITER, Loc(outermost.Iter));
            TweakInlinedComprehensionScopes(entry, state);
            PushInlinedComprehensionLocals(loc, entry, state);
        }
        else
            EnterScope(name, ScopeType.Comprehension, new BlockKey(e), e.Lineno, null, 1, 0, 0);
        if (type != ComprehensionType.Generator)
        {
            int op = type switch
            {
                ComprehensionType.List => Op.BUILD_LIST,
                ComprehensionType.Set => Op.BUILD_SET,
                _ => Op.BUILD_MAP,
            };
            AddopI(op, 0, loc);
            if (isInlined)
                AddopI(Op.SWAP, 2, loc);
        }
        ComprehensionGenerator(loc, generators, 0, 0, elt, val, type, isInlined);
        if (isInlined)
        {
            PopInlinedComprehensionState(loc, state);
            return;
        }
        if (type != ComprehensionType.Generator)
            Addop(Op.RETURN_VALUE, loc);
        else
            WrapInStopIterationHandler();
        var co = OptimizeAndAssemble(true);
        ExitScope();
        MakeClosure(loc, co, 0);
        VisitExpr(outermost.Iter);
        Addop(outermost.IsAsync != 0 ? Op.GET_AITER : Op.GET_ITER, Loc(outermost.Iter));
        AddopI(Op.CALL, 0, loc);
        if (isAsync && type != ComprehensionType.Generator)
        {
            AddopI(Op.GET_AWAITABLE, 0, loc);
            AddopLoadConst(null, loc);
            AddYieldFrom(loc, true);
        }
    }
}
