using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Statements (codegen_visit_stmt and its helpers in Python/codegen.c).</summary>
sealed partial class Codegen
{
    void Body(Location loc, List<Stmt> stmts, bool isInteractive)
    {
        if (_futureAnnotations && _u.Ste.AnnotationsUsed)
            Addop(Op.SETUP_ANNOTATIONS, loc);
        if (stmts.Count == 0)
            return;
        int first = 0;
        if (!isInteractive && _u.Ste.HasDocstring)
        {
            first = 1;
            var st = (ExprStmt)stmts[0];
            AddopLoadConst(CleanedDocString(stmts), Loc(st.Value));
            Nameop("__doc__", ExprContext.Store, Location.NoLocation);
        }
        for (int i = first; i < stmts.Count; i++)
            VisitStmt(stmts[i]);
        ProcessDeferredAnnotations(loc);
    }

    void VisitStmts(List<Stmt> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    void InConditionalBlock(System.Action a)
    {
        bool saved = _u.InConditionalBlock;
        _u.InConditionalBlock = true;
        a();
        _u.InConditionalBlock = saved;
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
            case FunctionDef f: Function(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, false); break;
            case AsyncFunctionDef f: Function(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams, true); break;
            case ClassDef c: Class(c); break;
            case TypeAlias ta: TypeAliasStmt(ta); break;
            case Return r: ReturnStmt(r); break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                VisitExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1)
                        AddopI(Op.COPY, 1, Loc(s));
                    VisitExpr(a.Targets[i]);
                }
                break;
            case AugAssign au: AugAssignStmt(au); break;
            case AnnAssign aa: AnnAssignStmt(aa); break;
            case For f: InConditionalBlock(() => ForStmt(f)); break;
            case While w: InConditionalBlock(() => WhileStmt(w)); break;
            case If i: InConditionalBlock(() => IfStmt(i)); break;
            case Match m: InConditionalBlock(() => MatchStmt(m)); break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc != null)
                {
                    VisitExpr(r.Exc);
                    n++;
                    if (r.Cause != null)
                    {
                        VisitExpr(r.Cause);
                        n++;
                    }
                }
                AddopI(Op.RAISE_VARARGS, n, Loc(s));
                break;
            }
            case Try t:
                InConditionalBlock(() =>
                {
                    if (t.Finalbody.Count > 0) TryFinally(t);
                    else TryExcept(t);
                });
                break;
            case TryStar t:
                InConditionalBlock(() =>
                {
                    if (t.Finalbody.Count > 0) TryStarFinally(t);
                    else TryStarExcept(t);
                });
                break;
            case Assert a: AssertStmt(a); break;
            case Import imp: ImportStmt(imp); break;
            case ImportFrom imf: ImportFromStmt(imf); break;
            case Global or Nonlocal: break;
            case ExprStmt e: StmtExpr(Loc(s), e.Value); break;
            case Pass: Addop(Op.NOP, Loc(s)); break;
            case Break: BreakStmt(Loc(s)); break;
            case Continue: ContinueStmt(Loc(s)); break;
            case With w: InConditionalBlock(() => WithStmt(w, 0)); break;
            case AsyncWith w: InConditionalBlock(() => AsyncWithStmt(w, 0)); break;
            case AsyncFor f: InConditionalBlock(() => AsyncForStmt(f)); break;
        }
    }

    void StmtExpr(Location loc, Expr value)
    {
        if (_interactive && _stack.Count == 0)
        {
            VisitExpr(value);
            AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_PRINT, loc);
            Addop(Op.POP_TOP, Location.NoLocation);
            return;
        }
        if (value is Constant)
        {
            Addop(Op.NOP, loc);
            return;
        }
        VisitExpr(value);
        Addop(Op.POP_TOP, Location.NoLocation);
    }

    void IfStmt(If s)
    {
        int end = NewLabel();
        int next = s.Orelse.Count > 0 ? NewLabel() : end;
        JumpIf(Loc(s), s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
            UseLabel(next);
            VisitStmts(s.Orelse);
        }
        UseLabel(end);
    }

    void ForStmt(For s)
    {
        var loc = Loc(s);
        int start = NewLabel(), body = NewLabel(), cleanup = NewLabel(), end = NewLabel();
        PushFBlock(loc, FBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        loc = Loc(s.Iter);
        Addop(Op.GET_ITER, loc);
        UseLabel(start);
        AddopJump(Op.FOR_ITER, cleanup, loc);
        Addop(Op.NOP, Loc(s.Target));
        UseLabel(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        AddopJump(Op.JUMP, start, Location.NoLocation);
        UseLabel(cleanup);
        Addop(Op.END_FOR, Location.NoLocation);
        Addop(Op.POP_ITER, Location.NoLocation);
        PopFBlock();
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    void AsyncForStmt(AsyncFor s)
    {
        var loc = Loc(s);
        int start = NewLabel(), send = NewLabel(), except = NewLabel(), end = NewLabel();
        VisitExpr(s.Iter);
        Addop(Op.GET_AITER, Loc(s.Iter));
        UseLabel(start);
        PushFBlock(loc, FBlockType.ForLoop, start, end, null);
        AddopJump(Op.SETUP_FINALLY, except, loc);
        Addop(Op.GET_ANEXT, loc);
        AddopLoadConst(null, loc);
        UseLabel(send);
        AddYieldFrom(loc, true);
        Addop(Op.POP_BLOCK, loc);
        Addop(Op.NOT_TAKEN, loc);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        AddopJump(Op.JUMP, start, Location.NoLocation);
        PopFBlock();
        UseLabel(except);
        AddopJump(Op.END_ASYNC_FOR, send, Loc(s.Iter));
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    void WhileStmt(While s)
    {
        int loop = NewLabel(), end = NewLabel(), anchor = NewLabel();
        UseLabel(loop);
        PushFBlock(Loc(s), FBlockType.WhileLoop, loop, end, null);
        JumpIf(Loc(s), s.Test, anchor, false);
        VisitStmts(s.Body);
        AddopJump(Op.JUMP, loop, Location.NoLocation);
        PopFBlock();
        UseLabel(anchor);
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    void ReturnStmt(Return s)
    {
        var loc = Loc(s);
        bool preserveTos = s.Value != null && s.Value is not Constant;
        if (!_u.Ste.IsFunctionLike)
        {
            SetError("'return' outside function", loc);
            return;
        }
        if (s.Value != null && _u.Ste.Coroutine && _u.Ste.Generator)
        {
            SetError("'return' with value in async generator", loc);
            return;
        }
        if (preserveTos)
            VisitExpr(s.Value!);
        else if (s.Value != null)
        {
            loc = Loc(s.Value);
            Addop(Op.NOP, loc);
        }
        if (s.Value == null || s.Value.Lineno != s.Lineno)
        {
            loc = Loc(s);
            Addop(Op.NOP, loc);
        }
        UnwindFBlockStack(ref loc, preserveTos, out _, false);
        if (s.Value == null)
            AddopLoadConst(null, loc);
        else if (!preserveTos)
            AddopLoadConst(((Constant)s.Value).Value, loc);
        Addop(Op.RETURN_VALUE, loc);
    }

    void BreakStmt(Location loc)
    {
        var origin = loc;
        Addop(Op.NOP, loc);
        if (!UnwindFBlockStack(ref loc, false, out var loop, true))
            return;
        if (loop == null)
        {
            SetError("'break' outside loop", origin);
            return;
        }
        UnwindFBlock(ref loc, loop, false);
        AddopJump(Op.JUMP, loop.Exit, loc);
    }

    void ContinueStmt(Location loc)
    {
        var origin = loc;
        Addop(Op.NOP, loc);
        if (!UnwindFBlockStack(ref loc, false, out var loop, true))
            return;
        if (loop == null)
        {
            SetError("'continue' not properly in loop", origin);
            return;
        }
        AddopJump(Op.JUMP, loop.Block, loc);
    }

    void CallExitWithNones(Location loc)
    {
        AddopLoadConst(null, loc);
        AddopLoadConst(null, loc);
        AddopLoadConst(null, loc);
        AddopI(Op.CALL, 3, loc);
    }

    void AddYieldFrom(Location loc, bool isAwait)
    {
        int send = NewLabel(), fail = NewLabel(), exit = NewLabel();
        UseLabel(send);
        AddopJump(Op.SEND, exit, loc);
        AddopJump(Op.SETUP_FINALLY, fail, loc);
        AddopI(Op.YIELD_VALUE, 1, loc);
        Addop(Op.POP_BLOCK, Location.NoLocation);
        AddopI(Op.RESUME, isAwait ? Oparg.RESUME_AFTER_AWAIT : Oparg.RESUME_AFTER_YIELD_FROM, loc);
        AddopJump(Op.JUMP_NO_INTERRUPT, send, loc);
        UseLabel(fail);
        Addop(Op.CLEANUP_THROW, loc);
        UseLabel(exit);
        Addop(Op.END_SEND, loc);
    }

    void PopExceptAndReraise(Location loc)
    {
        AddopI(Op.COPY, 3, loc);
        Addop(Op.POP_EXCEPT, loc);
        AddopI(Op.RERAISE, 1, loc);
    }

    /// <summary>Emit the cleanup of one frame block on the way out of it (codegen_unwind_fblock).</summary>
    void UnwindFBlock(ref Location loc, FBlockInfo info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop or FBlockType.ExceptionHandler or FBlockType.ExceptionGroupHandler
                or FBlockType.AsyncComprehensionGenerator or FBlockType.StopIteration:
                return;
            case FBlockType.ForLoop:
                if (preserveTos) AddopI(Op.SWAP, 2, loc);
                Addop(Op.POP_TOP, loc);
                return;
            case FBlockType.TryExcept:
                Addop(Op.POP_BLOCK, loc);
                return;
            case FBlockType.FinallyTry:
                Addop(Op.POP_BLOCK, loc);
                if (preserveTos)
                    PushFBlock(loc, FBlockType.PopValue, -1, -1, null);
                VisitStmts((List<Stmt>)info.Datum!);
                if (preserveTos)
                    PopFBlock();
                loc = Location.NoLocation;
                return;
            case FBlockType.FinallyEnd:
                if (preserveTos) AddopI(Op.SWAP, 2, loc);
                Addop(Op.POP_TOP, loc);
                if (preserveTos) AddopI(Op.SWAP, 2, loc);
                Addop(Op.POP_BLOCK, loc);
                Addop(Op.POP_EXCEPT, loc);
                return;
            case FBlockType.With or FBlockType.AsyncWith:
                loc = info.Loc;
                Addop(Op.POP_BLOCK, loc);
                if (preserveTos)
                {
                    AddopI(Op.SWAP, 3, loc);
                    AddopI(Op.SWAP, 2, loc);
                }
                CallExitWithNones(loc);
                if (info.Type == FBlockType.AsyncWith)
                {
                    AddopI(Op.GET_AWAITABLE, 2, loc);
                    AddopLoadConst(null, loc);
                    AddYieldFrom(loc, true);
                }
                Addop(Op.POP_TOP, loc);
                loc = Location.NoLocation;
                return;
            case FBlockType.HandlerCleanup:
                if (info.Datum != null) Addop(Op.POP_BLOCK, loc);
                if (preserveTos) AddopI(Op.SWAP, 2, loc);
                Addop(Op.POP_BLOCK, loc);
                Addop(Op.POP_EXCEPT, loc);
                if (info.Datum is string name)
                {
                    AddopLoadConst(null, loc);
                    Nameop(name, ExprContext.Store, loc);
                    Nameop(name, ExprContext.Del, loc);
                }
                return;
            case FBlockType.PopValue:
                if (preserveTos) AddopI(Op.SWAP, 2, loc);
                Addop(Op.POP_TOP, loc);
                return;
        }
    }

    /// <summary>Unwind the frame block stack, stopping at the first loop if asked (codegen_unwind_fblock_stack).</summary>
    bool UnwindFBlockStack(ref Location loc, bool preserveTos, out FBlockInfo? loop, bool stopAtLoop)
    {
        loop = null;
        var top = TopFBlock();
        if (top == null)
            return true;
        if (top.Type == FBlockType.ExceptionGroupHandler)
        {
            SetError("'break', 'continue' and 'return' cannot appear in an except* block", loc);
            return false;
        }
        if (stopAtLoop && top.Type is FBlockType.WhileLoop or FBlockType.ForLoop)
        {
            loop = top;
            return true;
        }
        PopFBlock();
        UnwindFBlock(ref loc, top, preserveTos);
        bool ok = UnwindFBlockStack(ref loc, preserveTos, out loop, stopAtLoop);
        _u.FBlocks.Add(top);
        return ok;
    }

    void TryFinally(Try s) => TryFinallyImpl(Loc(s), s.Finalbody, () =>
    {
        if (s.Handlers.Count > 0) TryExcept(s);
        else VisitStmts(s.Body);
    });

    void TryStarFinally(TryStar s) => TryFinallyImpl(Loc(s), s.Finalbody, () =>
    {
        if (s.Handlers.Count > 0) TryStarExcept(s);
        else VisitStmts(s.Body);
    });

    void TryFinallyImpl(Location loc, List<Stmt> finalbody, System.Action body)
    {
        int bodyLabel = NewLabel(), end = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        AddopJump(Op.SETUP_FINALLY, end, loc);
        UseLabel(bodyLabel);
        PushFBlock(loc, FBlockType.FinallyTry, bodyLabel, end, finalbody);
        body();
        Addop(Op.POP_BLOCK, Location.NoLocation);
        PopFBlock();
        VisitStmts(finalbody);
        AddopJump(Op.JUMP_NO_INTERRUPT, exit, Location.NoLocation);
        UseLabel(end);
        loc = Location.NoLocation;
        AddopJump(Op.SETUP_CLEANUP, cleanup, loc);
        Addop(Op.PUSH_EXC_INFO, loc);
        PushFBlock(loc, FBlockType.FinallyEnd, end, -1, null);
        VisitStmts(finalbody);
        PopFBlock();
        AddopI(Op.RERAISE, 0, loc);
        UseLabel(cleanup);
        PopExceptAndReraise(loc);
        UseLabel(exit);
    }

    void TryExcept(Try s)
    {
        var loc = Loc(s);
        int body = NewLabel(), except = NewLabel(), end = NewLabel(), cleanup = NewLabel();
        AddopJump(Op.SETUP_FINALLY, except, loc);
        UseLabel(body);
        PushFBlock(loc, FBlockType.TryExcept, body, -1, null);
        VisitStmts(s.Body);
        PopFBlock();
        Addop(Op.POP_BLOCK, Location.NoLocation);
        VisitStmts(s.Orelse);
        AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
        int n = s.Handlers.Count;
        UseLabel(except);
        AddopJump(Op.SETUP_CLEANUP, cleanup, Location.NoLocation);
        Addop(Op.PUSH_EXC_INFO, Location.NoLocation);
        PushFBlock(loc, FBlockType.ExceptionHandler, -1, -1, null);
        for (int i = 0; i < n; i++)
        {
            var handler = s.Handlers[i];
            var hloc = Loc(handler);
            if (handler.Type == null && i < n - 1)
            {
                SetError("default 'except:' must be last", hloc);
                return;
            }
            except = NewLabel();
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Addop(Op.CHECK_EXC_MATCH, hloc);
                AddopJump(Op.POP_JUMP_IF_FALSE, except, hloc);
            }
            if (handler.Name != null)
            {
                int cleanupEnd = NewLabel(), cleanupBody = NewLabel();
                Nameop(handler.Name, ExprContext.Store, hloc);
                AddopJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
                UseLabel(cleanupBody);
                PushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, -1, handler.Name);
                VisitStmts(handler.Body);
                PopFBlock();
                Addop(Op.POP_BLOCK, Location.NoLocation);
                Addop(Op.POP_BLOCK, Location.NoLocation);
                Addop(Op.POP_EXCEPT, Location.NoLocation);
                AddopLoadConst(null, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Store, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Del, Location.NoLocation);
                AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
                UseLabel(cleanupEnd);
                AddopLoadConst(null, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Store, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Del, Location.NoLocation);
                AddopI(Op.RERAISE, 1, Location.NoLocation);
            }
            else
            {
                int cleanupBody = NewLabel();
                Addop(Op.POP_TOP, hloc);
                UseLabel(cleanupBody);
                PushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, -1, null);
                VisitStmts(handler.Body);
                PopFBlock();
                Addop(Op.POP_BLOCK, Location.NoLocation);
                Addop(Op.POP_EXCEPT, Location.NoLocation);
                AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
            }
            UseLabel(except);
        }
        PopFBlock();
        AddopI(Op.RERAISE, 0, Location.NoLocation);
        UseLabel(cleanup);
        PopExceptAndReraise(Location.NoLocation);
        UseLabel(end);
    }

    void TryStarExcept(TryStar s)
    {
        var loc = Loc(s);
        int body = NewLabel(), except = NewLabel(), orelse = NewLabel(), end = NewLabel(), cleanup = NewLabel(),
            reraiseStar = NewLabel();
        AddopJump(Op.SETUP_FINALLY, except, loc);
        UseLabel(body);
        PushFBlock(loc, FBlockType.TryExcept, body, -1, null);
        VisitStmts(s.Body);
        PopFBlock();
        Addop(Op.POP_BLOCK, Location.NoLocation);
        AddopJump(Op.JUMP_NO_INTERRUPT, orelse, Location.NoLocation);
        int n = s.Handlers.Count;
        UseLabel(except);
        AddopJump(Op.SETUP_CLEANUP, cleanup, Location.NoLocation);
        Addop(Op.PUSH_EXC_INFO, Location.NoLocation);
        PushFBlock(loc, FBlockType.ExceptionGroupHandler, -1, -1, "except handler");
        for (int i = 0; i < n; i++)
        {
            var handler = s.Handlers[i];
            var hloc = Loc(handler);
            except = NewLabel();
            int exceptWithError = NewLabel(), noMatch = NewLabel();
            if (i == 0)
            {
                AddopI(Op.BUILD_LIST, 0, hloc);
                AddopI(Op.COPY, 2, hloc);
            }
            if (handler.Type != null)
            {
                VisitExpr(handler.Type);
                Addop(Op.CHECK_EG_MATCH, hloc);
                AddopI(Op.COPY, 1, hloc);
                AddopJump(Op.POP_JUMP_IF_NONE, noMatch, hloc);
            }
            int cleanupEnd = NewLabel(), cleanupBody = NewLabel();
            if (handler.Name != null)
                Nameop(handler.Name, ExprContext.Store, hloc);
            else
                Addop(Op.POP_TOP, hloc);
            AddopJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
            UseLabel(cleanupBody);
            PushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, -1, handler.Name);
            VisitStmts(handler.Body);
            PopFBlock();
            Addop(Op.POP_BLOCK, Location.NoLocation);
            if (handler.Name != null)
            {
                AddopLoadConst(null, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Store, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Del, Location.NoLocation);
            }
            AddopJump(Op.JUMP_NO_INTERRUPT, except, Location.NoLocation);
            UseLabel(cleanupEnd);
            if (handler.Name != null)
            {
                AddopLoadConst(null, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Store, Location.NoLocation);
                Nameop(handler.Name, ExprContext.Del, Location.NoLocation);
            }
            AddopI(Op.LIST_APPEND, 3, Location.NoLocation);
            Addop(Op.POP_TOP, Location.NoLocation);
            AddopJump(Op.JUMP_NO_INTERRUPT, exceptWithError, Location.NoLocation);
            UseLabel(except);
            Addop(Op.NOP, Location.NoLocation);
            AddopJump(Op.JUMP_NO_INTERRUPT, exceptWithError, Location.NoLocation);
            UseLabel(noMatch);
            Addop(Op.POP_TOP, hloc);
            UseLabel(exceptWithError);
            if (i == n - 1)
            {
                AddopI(Op.LIST_APPEND, 1, Location.NoLocation);
                AddopJump(Op.JUMP_NO_INTERRUPT, reraiseStar, Location.NoLocation);
            }
        }
        PopFBlock();
        int reraise = NewLabel();
        UseLabel(reraiseStar);
        AddopI(Op.CALL_INTRINSIC_2, Oparg.INTRINSIC_PREP_RERAISE_STAR, Location.NoLocation);
        AddopI(Op.COPY, 1, Location.NoLocation);
        AddopJump(Op.POP_JUMP_IF_NOT_NONE, reraise, Location.NoLocation);
        Addop(Op.POP_TOP, Location.NoLocation);
        Addop(Op.POP_BLOCK, Location.NoLocation);
        Addop(Op.POP_EXCEPT, Location.NoLocation);
        AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
        UseLabel(reraise);
        Addop(Op.POP_BLOCK, Location.NoLocation);
        AddopI(Op.SWAP, 2, Location.NoLocation);
        Addop(Op.POP_EXCEPT, Location.NoLocation);
        AddopI(Op.RERAISE, 0, Location.NoLocation);
        UseLabel(cleanup);
        PopExceptAndReraise(Location.NoLocation);
        UseLabel(orelse);
        VisitStmts(s.Orelse);
        UseLabel(end);
    }

    void ImportAs(Location loc, string name, string asname)
    {
        int dot = name.IndexOf('.');
        if (dot >= 0)
        {
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                string attr = dot >= 0 ? name[pos..dot] : name[pos..];
                AddopN(Op.IMPORT_FROM, _u.Names, attr, loc);
                if (dot < 0) break;
                AddopI(Op.SWAP, 2, loc);
                Addop(Op.POP_TOP, loc);
            }
            Nameop(asname, ExprContext.Store, loc);
            Addop(Op.POP_TOP, loc);
            return;
        }
        Nameop(asname, ExprContext.Store, loc);
    }

    void ImportStmt(Import s)
    {
        var loc = Loc(s);
        foreach (var alias in s.Names)
        {
            AddopLoadConst(0L, loc);
            AddopLoadConst(null, loc);
            AddopName(Op.IMPORT_NAME, _u.Names, alias.Name, loc);
            if (alias.Asname != null)
                ImportAs(loc, alias.Name, alias.Asname);
            else
            {
                int dot = alias.Name.IndexOf('.');
                Nameop(dot >= 0 ? alias.Name[..dot] : alias.Name, ExprContext.Store, loc);
            }
        }
    }

    void ImportFromStmt(ImportFrom s)
    {
        var loc = Loc(s);
        AddopLoadConst((long)(s.Level ?? 0), loc);
        var names = new object?[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].Name;
        AddopLoadConst(names, loc);
        AddopName(Op.IMPORT_NAME, _u.Names, s.Module ?? "", loc);
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name[0] == '*')
            {
                AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_IMPORT_STAR, loc);
                Addop(Op.POP_TOP, Location.NoLocation);
                return;
            }
            AddopName(Op.IMPORT_FROM, _u.Names, alias.Name, loc);
            Nameop(alias.Asname ?? alias.Name, ExprContext.Store, loc);
        }
        Addop(Op.POP_TOP, loc);
    }

    void AssertStmt(Assert s)
    {
        CheckAssert(s);
        if (_optimize > 0) return;
        int end = NewLabel();
        JumpIf(Loc(s), s.Test, end, true);
        AddopI(Op.LOAD_COMMON_CONSTANT, Oparg.CONSTANT_ASSERTIONERROR, Loc(s));
        if (s.Msg != null)
        {
            VisitExpr(s.Msg);
            AddopI(Op.CALL, 0, Loc(s));
        }
        AddopI(Op.RAISE_VARARGS, 1, Loc(s.Test));
        UseLabel(end);
    }

    void WithExceptFinish(int cleanup)
    {
        int suppress = NewLabel();
        Addop(Op.TO_BOOL, Location.NoLocation);
        AddopJump(Op.POP_JUMP_IF_TRUE, suppress, Location.NoLocation);
        AddopI(Op.RERAISE, 2, Location.NoLocation);
        UseLabel(suppress);
        Addop(Op.POP_TOP, Location.NoLocation);
        Addop(Op.POP_BLOCK, Location.NoLocation);
        Addop(Op.POP_EXCEPT, Location.NoLocation);
        Addop(Op.POP_TOP, Location.NoLocation);
        Addop(Op.POP_TOP, Location.NoLocation);
        Addop(Op.POP_TOP, Location.NoLocation);
        int exit = NewLabel();
        AddopJump(Op.JUMP_NO_INTERRUPT, exit, Location.NoLocation);
        UseLabel(cleanup);
        PopExceptAndReraise(Location.NoLocation);
        UseLabel(exit);
    }

    void WithStmt(With s, int pos)
    {
        var item = s.Items[pos];
        int block = NewLabel(), final = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        var loc = Loc(item.ContextExpr);
        AddopI(Op.COPY, 1, loc);
        AddopI(Op.LOAD_SPECIAL, Oparg.SPECIAL_EXIT, loc);
        AddopI(Op.SWAP, 2, loc);
        AddopI(Op.SWAP, 3, loc);
        AddopI(Op.LOAD_SPECIAL, Oparg.SPECIAL_ENTER, loc);
        AddopI(Op.CALL, 0, loc);
        AddopJump(Op.SETUP_WITH, final, loc);
        UseLabel(block);
        PushFBlock(loc, FBlockType.With, block, final, s);
        if (item.OptionalVars != null)
            VisitExpr(item.OptionalVars);
        else
            Addop(Op.POP_TOP, loc);
        pos++;
        if (pos == s.Items.Count)
            VisitStmts(s.Body);
        else
            WithStmt(s, pos);
        Addop(Op.POP_BLOCK, Location.NoLocation);
        PopFBlock();
        CallExitWithNones(loc);
        Addop(Op.POP_TOP, loc);
        AddopJump(Op.JUMP, exit, loc);
        UseLabel(final);
        AddopJump(Op.SETUP_CLEANUP, cleanup, loc);
        Addop(Op.PUSH_EXC_INFO, loc);
        Addop(Op.WITH_EXCEPT_START, loc);
        WithExceptFinish(cleanup);
        UseLabel(exit);
    }

    void AsyncWithStmt(AsyncWith s, int pos)
    {
        var item = s.Items[pos];
        int block = NewLabel(), final = NewLabel(), exit = NewLabel(), cleanup = NewLabel();
        VisitExpr(item.ContextExpr);
        var loc = Loc(item.ContextExpr);
        AddopI(Op.COPY, 1, loc);
        AddopI(Op.LOAD_SPECIAL, Oparg.SPECIAL_AEXIT, loc);
        AddopI(Op.SWAP, 2, loc);
        AddopI(Op.SWAP, 3, loc);
        AddopI(Op.LOAD_SPECIAL, Oparg.SPECIAL_AENTER, loc);
        AddopI(Op.CALL, 0, loc);
        AddopI(Op.GET_AWAITABLE, 1, loc);
        AddopLoadConst(null, loc);
        AddYieldFrom(loc, true);
        AddopJump(Op.SETUP_WITH, final, loc);
        UseLabel(block);
        PushFBlock(loc, FBlockType.AsyncWith, block, final, s);
        if (item.OptionalVars != null)
            VisitExpr(item.OptionalVars);
        else
            Addop(Op.POP_TOP, loc);
        pos++;
        if (pos == s.Items.Count)
            VisitStmts(s.Body);
        else
            AsyncWithStmt(s, pos);
        PopFBlock();
        Addop(Op.POP_BLOCK, loc);
        CallExitWithNones(loc);
        AddopI(Op.GET_AWAITABLE, 2, loc);
        AddopLoadConst(null, loc);
        AddYieldFrom(loc, true);
        Addop(Op.POP_TOP, loc);
        AddopJump(Op.JUMP, exit, loc);
        UseLabel(final);
        AddopJump(Op.SETUP_CLEANUP, cleanup, loc);
        Addop(Op.PUSH_EXC_INFO, loc);
        Addop(Op.WITH_EXCEPT_START, loc);
        AddopI(Op.GET_AWAITABLE, 2, loc);
        AddopLoadConst(null, loc);
        AddYieldFrom(loc, true);
        WithExceptFinish(cleanup);
        UseLabel(exit);
    }

    static bool IsConstantSlice(Expr s) => s is Slice sl
        && (sl.Lower == null || sl.Lower is Constant)
        && (sl.Upper == null || sl.Upper is Constant)
        && (sl.Step == null || sl.Step is Constant);

    static bool ShouldApplyTwoElementSlice(Expr s) => !IsConstantSlice(s) && s is Slice { Step: null };

    void AugAssignStmt(AugAssign s)
    {
        var e = s.Target;
        var loc = Loc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                AddopI(Op.COPY, 1, loc);
                loc = UpdateStartLocationToMatchAttr(loc, a);
                AddopName(Op.LOAD_ATTR, _u.Names, a.Attr, loc);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                if (ShouldApplyTwoElementSlice(sub.Slice))
                {
                    SliceTwoParts((Slice)sub.Slice);
                    AddopI(Op.COPY, 3, loc);
                    AddopI(Op.COPY, 3, loc);
                    AddopI(Op.COPY, 3, loc);
                    Addop(Op.BINARY_SLICE, loc);
                }
                else
                {
                    VisitExpr(sub.Slice);
                    AddopI(Op.COPY, 2, loc);
                    AddopI(Op.COPY, 2, loc);
                    AddopI(Op.BINARY_OP, NbOp.SUBSCR, loc);
                }
                break;
            case Name n:
                Nameop(n.Id, ExprContext.Load, loc);
                break;
        }
        VisitExpr(s.Value);
        AddopI(Op.BINARY_OP, BinaryOparg(s.Op, true), Loc(s));
        loc = Loc(e);
        switch (e)
        {
            case Attribute a:
                loc = UpdateStartLocationToMatchAttr(loc, a);
                AddopI(Op.SWAP, 2, loc);
                AddopName(Op.STORE_ATTR, _u.Names, a.Attr, loc);
                break;
            case Subscript sub:
                if (ShouldApplyTwoElementSlice(sub.Slice))
                {
                    AddopI(Op.SWAP, 4, loc);
                    AddopI(Op.SWAP, 3, loc);
                    AddopI(Op.SWAP, 2, loc);
                    Addop(Op.STORE_SLICE, loc);
                }
                else
                {
                    AddopI(Op.SWAP, 3, loc);
                    AddopI(Op.SWAP, 2, loc);
                    Addop(Op.STORE_SUBSCR, loc);
                }
                break;
            case Name n:
                Nameop(n.Id, ExprContext.Store, loc);
                break;
        }
    }
}
