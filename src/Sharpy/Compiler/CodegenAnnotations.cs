using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Annotated assignments and the __annotate__ functions of PEP 649 (Python/codegen.c).</summary>
sealed partial class Codegen
{
    void AnnAssignStmt(AnnAssign s)
    {
        var loc = Loc(s);
        var targ = s.Target;
        if (s.Value != null)
        {
            VisitExpr(s.Value);
            VisitExpr(targ);
        }
        switch (targ)
        {
            case Name n when _futureAnnotations:
                if (s.Simple != 0 && _u.ScopeType is ScopeType.Module or ScopeType.Class)
                {
                    AddopLoadConst(Unparse.ExprAsUnicode(s.Annotation), Loc(s.Annotation));
                    AddopName(Op.LOAD_NAME, _u.Names, "__annotations__", loc);
                    AddopLoadConst(MaybeMangle(n.Id), loc);
                    Addop(Op.STORE_SUBSCR, loc);
                }
                break;
            case Name:
                if (s.Simple != 0 && _u.ScopeType is ScopeType.Module or ScopeType.Class)
                {
                    _u.DeferredAnnotations ??= new();
                    int index = -1;
                    if (_u.ScopeType == ScopeType.Module || _u.InConditionalBlock)
                        index = _u.NextConditionalAnnotationIndex++;
                    _u.DeferredAnnotations.Add((s, index));
                    if (index != -1 && _u.Ste.HasConditionalAnnotations)
                    {
                        if (_u.ScopeType == ScopeType.Class)
                            AddopName(Op.LOAD_DEREF, _u.Cellvars, "__conditional_annotations__", loc);
                        else
                            AddopName(Op.LOAD_NAME, _u.Names, "__conditional_annotations__", loc);
                        AddopLoadConst((long)index, loc);
                        AddopI(Op.SET_ADD, 1, loc);
                        Addop(Op.POP_TOP, loc);
                    }
                }
                break;
            case Attribute a:
                if (s.Value == null)
                    CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value == null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
        }
    }

    void CheckAnnExpr(Expr e)
    {
        VisitExpr(e);
        Addop(Op.POP_TOP, Loc(e));
    }

    void CheckAnnSubscr(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower != null) CheckAnnExpr(sl.Lower);
                if (sl.Upper != null) CheckAnnExpr(sl.Upper);
                if (sl.Step != null) CheckAnnExpr(sl.Step);
                break;
            case Tuple t:
                foreach (var x in t.Elts) CheckAnnSubscr(x);
                break;
            default:
                CheckAnnExpr(e);
                break;
        }
    }

    void DeferredAnnotationsBody(Location loc, List<(AnnAssign Stmt, int CondIndex)> deferred, ScopeType scopeType)
    {
        AddopI(Op.BUILD_MAP, 0, loc);
        foreach (var (st, idx) in deferred)
        {
            string mangled = Symtable.Mangle(_u.Private, ((Name)st.Target).Id);
            int notSet = NewLabel();
            if (idx != -1)
            {
                AddopLoadConst((long)idx, Loc(st));
                if (scopeType == ScopeType.Class)
                    AddopN(Op.LOAD_DEREF, _u.Freevars, "__conditional_annotations__", Loc(st));
                else
                    AddopName(Op.LOAD_GLOBAL, _u.Names, "__conditional_annotations__", Loc(st));
                AddopI(Op.CONTAINS_OP, 0, Loc(st));
                AddopJump(Op.POP_JUMP_IF_FALSE, notSet, Loc(st));
            }
            VisitExpr(st.Annotation);
            AddopI(Op.COPY, 2, Loc(st));
            AddopLoadConst(mangled, Loc(st));
            Addop(Op.STORE_SUBSCR, loc);
            UseLabel(notSet);
        }
    }

    void ProcessDeferredAnnotations(Location loc)
    {
        var deferred = _u.DeferredAnnotations;
        if (deferred == null || _futureAnnotations)
            return;
        _u.DeferredAnnotations = null;
        var scopeType = _u.ScopeType;
        var ste = _u.Ste;
        var annotationBlock = ste.AnnotationBlock!;
        InstructionSequence? outer = null;
        if (scopeType == ScopeType.Module)
        {
            outer = _u.Seq;
            _u.Seq = new InstructionSequence();
        }
        SetupAnnotationsScope(loc, new BlockKey(ste, 1), annotationBlock.Name);
        DeferredAnnotationsBody(loc, deferred, scopeType);
        LeaveAnnotationsScope(loc);
        Nameop(ste.Type == BlockType.Class ? "__annotate_func__" : "__annotate__", ExprContext.Store, loc);
        if (outer != null)
        {
            outer.InjectSequence(1, _u.Seq);
            _u.Seq = outer;
        }
    }
}
