using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>
/// Structural pattern matching (PEP 634; the codegen_pattern_* functions of Python/codegen.c).
/// Every pattern routine consumes the subject on top of the stack and jumps to a fail_pop
/// label on failure; captured names are kept under the items still in use until the whole
/// pattern has matched.
/// </summary>
sealed partial class Codegen
{
    sealed class PatternContext
    {
        public List<string> Stores = new();
        public bool AllowIrrefutable;
        public List<int> FailPop = new();
        public int OnTop;
    }

    static bool WildcardCheck(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    static bool WildcardStarCheck(Pattern p) => p is MatchStar { Name: null };

    void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1)
            pc.FailPop.Add(NewLabel());
    }

    void JumpToFailPop(Location loc, PatternContext pc, int op)
    {
        int pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        AddopJump(op, pc.FailPop[pops], loc);
    }

    void EmitAndResetFailPop(Location loc, PatternContext pc)
    {
        if (pc.FailPop.Count == 0)
            return;
        for (int i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseLabel(pc.FailPop[i]);
            Addop(Op.POP_TOP, loc);
        }
        UseLabel(pc.FailPop[0]);
        pc.FailPop = new List<int>();
    }

    void PatternHelperRotate(Location loc, int count)
    {
        while (1 < count)
            AddopI(Op.SWAP, count--, loc);
    }

    bool PatternHelperStoreName(Location loc, string? n, PatternContext pc)
    {
        if (n == null)
        {
            Addop(Op.POP_TOP, loc);
            return true;
        }
        if (pc.Stores.Contains(n))
        {
            SetError($"multiple assignments to name {ConstRepr.StrRepr(n)} in pattern", loc);
            return false;
        }
        PatternHelperRotate(loc, pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(n);
        return true;
    }

    bool PatternUnpackHelper(Location loc, List<Pattern> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is MatchStar && !seenStar)
            {
                AddopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
            else if (elts[i] is MatchStar)
            {
                SetError("multiple starred expressions in sequence pattern", loc);
                return false;
            }
        }
        if (!seenStar)
            AddopI(Op.UNPACK_SEQUENCE, n, loc);
        return true;
    }

    bool PatternHelperSequenceUnpack(Location loc, List<Pattern> patterns, PatternContext pc)
    {
        if (!PatternUnpackHelper(loc, patterns)) return false;
        int size = patterns.Count;
        pc.OnTop += size;
        foreach (var p in patterns)
        {
            pc.OnTop--;
            if (!PatternSubpattern(p, pc)) return false;
        }
        return true;
    }

    bool PatternHelperSequenceSubscr(Location loc, List<Pattern> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        int size = patterns.Count;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (WildcardCheck(pattern) || i == star)
                continue;
            AddopI(Op.COPY, 1, loc);
            if (i < star)
                AddopLoadConst((long)i, loc);
            else
            {
                Addop(Op.GET_LEN, loc);
                AddopLoadConst((long)(size - i), loc);
                AddopI(Op.BINARY_OP, NbOp.SUBTRACT, loc);
            }
            AddopI(Op.BINARY_OP, NbOp.SUBSCR, loc);
            if (!PatternSubpattern(pattern, pc)) return false;
        }
        pc.OnTop--;
        Addop(Op.POP_TOP, loc);
        return true;
    }

    bool PatternSubpattern(Pattern p, PatternContext pc)
    {
        bool allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        if (!VisitPattern(p, pc)) return false;
        pc.AllowIrrefutable = allow;
        return true;
    }

    bool PatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern == null)
        {
            if (!pc.AllowIrrefutable)
            {
                SetError(p.Name != null ? $"name capture {ConstRepr.StrRepr(p.Name)} makes remaining patterns unreachable"
                    : "wildcard makes remaining patterns unreachable", Loc(p));
                return false;
            }
            return PatternHelperStoreName(Loc(p), p.Name, pc);
        }
        pc.OnTop++;
        AddopI(Op.COPY, 1, Loc(p));
        if (!VisitPattern(p.Pattern, pc)) return false;
        pc.OnTop--;
        return PatternHelperStoreName(Loc(p), p.Name, pc);
    }

    bool PatternClass(MatchClass p, PatternContext pc)
    {
        var patterns = p.Patterns;
        var kwdAttrs = p.KwdAttrs;
        var kwdPatterns = p.KwdPatterns;
        int nargs = patterns.Count, nattrs = kwdAttrs.Count;
        for (int i = 0; i < nattrs; i++)
            for (int j = i + 1; j < nattrs; j++)
                if (kwdAttrs[i] == kwdAttrs[j])
                {
                    SetError($"attribute name repeated in class pattern: {kwdAttrs[i]}", Loc(kwdPatterns[j]));
                    return false;
                }
        VisitExpr(p.Cls);
        var attrNames = new object?[nattrs];
        for (int i = 0; i < nattrs; i++) attrNames[i] = kwdAttrs[i];
        AddopLoadConst(attrNames, Loc(p));
        AddopI(Op.MATCH_CLASS, nargs, Loc(p));
        AddopI(Op.COPY, 1, Loc(p));
        AddopLoadConst(null, Loc(p));
        AddopI(Op.IS_OP, 1, Loc(p));
        pc.OnTop++;
        JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        AddopI(Op.UNPACK_SEQUENCE, nargs + nattrs, Loc(p));
        pc.OnTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
            if (WildcardCheck(pattern))
            {
                Addop(Op.POP_TOP, Loc(p));
                continue;
            }
            if (!PatternSubpattern(pattern, pc)) return false;
        }
        return true;
    }

    bool PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        var patterns = p.Patterns;
        int size = keys.Count;
        string? starTarget = p.Rest;
        pc.OnTop++;
        Addop(Op.MATCH_MAPPING, Loc(p));
        JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null)
        {
            pc.OnTop--;
            Addop(Op.POP_TOP, Loc(p));
            return true;
        }
        if (size > 0)
        {
            Addop(Op.GET_LEN, Loc(p));
            AddopLoadConst((long)size, Loc(p));
            AddCompare(CmpOpKind.GtE, Loc(p));
            JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        }
        var seen = new List<object?>();
        for (int i = 0; i < size; i++)
        {
            var key = keys[i];
            if (key is Constant k)
            {
                if (seen.Exists(x => ConstFolding.PyEquals(x, k.Value)))
                {
                    SetError($"mapping pattern checks duplicate key ({ConstRepr.Repr(k.Value)})", Loc(p));
                    return false;
                }
                seen.Add(k.Value);
            }
            else if (key is not Attribute)
            {
                SetError("mapping pattern keys may only match literals and attribute lookups", Loc(p));
                return false;
            }
            VisitExpr(key);
        }
        AddopI(Op.BUILD_TUPLE, size, Loc(p));
        Addop(Op.MATCH_KEYS, Loc(p));
        pc.OnTop += 2;
        AddopI(Op.COPY, 1, Loc(p));
        AddopLoadConst(null, Loc(p));
        AddopI(Op.IS_OP, 1, Loc(p));
        JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        AddopI(Op.UNPACK_SEQUENCE, size, Loc(p));
        pc.OnTop += size - 1;
        foreach (var pattern in patterns)
        {
            pc.OnTop--;
            if (!PatternSubpattern(pattern, pc)) return false;
        }
        pc.OnTop -= 2;
        if (starTarget != null)
        {
            AddopI(Op.BUILD_MAP, 0, Loc(p));
            AddopI(Op.SWAP, 3, Loc(p));
            AddopI(Op.DICT_UPDATE, 2, Loc(p));
            AddopI(Op.UNPACK_SEQUENCE, size, Loc(p));
            while (size > 0)
            {
                AddopI(Op.COPY, 1 + size--, Loc(p));
                AddopI(Op.SWAP, 2, Loc(p));
                Addop(Op.DELETE_SUBSCR, Loc(p));
            }
            return PatternHelperStoreName(Loc(p), starTarget, pc);
        }
        Addop(Op.POP_TOP, Loc(p));
        Addop(Op.POP_TOP, Loc(p));
        return true;
    }

    bool PatternOr(MatchOr p, PatternContext pc)
    {
        int end = NewLabel();
        int size = p.Patterns.Count;
        var oldStores = pc.Stores;
        bool oldAllow = pc.AllowIrrefutable;
        var oldFailPop = pc.FailPop;
        int oldOnTop = pc.OnTop;
        List<string>? control = null;
        for (int i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = i == size - 1 && oldAllow;
            pc.FailPop = new List<int>();
            pc.OnTop = 0;
            AddopI(Op.COPY, 1, Loc(alt));
            if (!VisitPattern(alt, pc)) return false;
            int nstores = pc.Stores.Count;
            if (i == 0)
                control = pc.Stores;
            else if (nstores != control!.Count)
            {
                SetError("alternative patterns bind different names", Loc(p));
                return false;
            }
            else if (nstores > 0)
            {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    string name = control[icontrol];
                    int istores = pc.Stores.IndexOf(name);
                    if (istores < 0)
                    {
                        SetError("alternative patterns bind different names", Loc(p));
                        return false;
                    }
                    if (icontrol != istores)
                    {
                        int rotations = istores + 1;
                        var rotated = pc.Stores.GetRange(0, rotations);
                        pc.Stores.RemoveRange(0, rotations);
                        pc.Stores.InsertRange(icontrol - istores, rotated);
                        while (rotations-- > 0)
                            PatternHelperRotate(Loc(alt), icontrol + 1);
                    }
                }
            }
            AddopJump(Op.JUMP, end, Loc(alt));
            EmitAndResetFailPop(Loc(alt), pc);
        }
        pc.Stores = oldStores;
        pc.AllowIrrefutable = oldAllow;
        pc.FailPop = oldFailPop;
        pc.OnTop = oldOnTop;
        Addop(Op.POP_TOP, Loc(p));
        JumpToFailPop(Loc(p), pc, Op.JUMP);
        UseLabel(end);
        int nstoresTotal = control!.Count;
        int nrots = nstoresTotal + 1 + pc.OnTop + pc.Stores.Count;
        for (int i = 0; i < nstoresTotal; i++)
        {
            PatternHelperRotate(Loc(p), nrots);
            string name = control[i];
            if (pc.Stores.Contains(name))
            {
                SetError($"multiple assignments to name {ConstRepr.StrRepr(name)} in pattern", Loc(p));
                return false;
            }
            pc.Stores.Add(name);
        }
        Addop(Op.POP_TOP, Loc(p));
        return true;
    }

    bool PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        int size = patterns.Count;
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0)
                {
                    SetError("multiple starred names in sequence pattern", Loc(p));
                    return false;
                }
                starWildcard = WildcardStarCheck(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= WildcardCheck(pattern);
        }
        pc.OnTop++;
        Addop(Op.MATCH_SEQUENCE, Loc(p));
        JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            Addop(Op.GET_LEN, Loc(p));
            AddopLoadConst((long)size, Loc(p));
            AddCompare(CmpOpKind.Eq, Loc(p));
            JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        }
        else if (size > 1)
        {
            Addop(Op.GET_LEN, Loc(p));
            AddopLoadConst((long)(size - 1), Loc(p));
            AddCompare(CmpOpKind.GtE, Loc(p));
            JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard)
        {
            Addop(Op.POP_TOP, Loc(p));
            return true;
        }
        if (starWildcard)
            return PatternHelperSequenceSubscr(Loc(p), patterns, star, pc);
        return PatternHelperSequenceUnpack(Loc(p), patterns, pc);
    }

    bool VisitPattern(Pattern p, PatternContext pc)
    {
        switch (p)
        {
            case MatchValue mv:
                if (mv.Value is not (Constant or Attribute))
                {
                    SetError("patterns may only match literals and attribute lookups", Loc(p));
                    return false;
                }
                VisitExpr(mv.Value);
                AddCompare(CmpOpKind.Eq, Loc(p));
                Addop(Op.TO_BOOL, Loc(p));
                JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
                return true;
            case MatchSingleton ms:
                AddopLoadConst(ms.Value, Loc(p));
                AddCompare(CmpOpKind.Is, Loc(p));
                JumpToFailPop(Loc(p), pc, Op.POP_JUMP_IF_FALSE);
                return true;
            case MatchSequence seq: return PatternSequence(seq, pc);
            case MatchMapping map: return PatternMapping(map, pc);
            case MatchClass cls: return PatternClass(cls, pc);
            case MatchStar st: return PatternHelperStoreName(Loc(p), st.Name, pc);
            case MatchAs ma: return PatternAs(ma, pc);
            case MatchOr mo: return PatternOr(mo, pc);
        }
        return false;
    }

    void MatchStmt(Match s)
    {
        var pc = new PatternContext();
        VisitExpr(s.Subject);
        int end = NewLabel();
        int cases = s.Cases.Count;
        var m = s.Cases[cases - 1];
        bool hasDefault = WildcardCheck(m.Pattern) && 1 < cases;
        int nonDefault = cases - (hasDefault ? 1 : 0);
        for (int i = 0; i < nonDefault; i++)
        {
            m = s.Cases[i];
            if (i != nonDefault - 1)
                AddopI(Op.COPY, 1, Loc(m.Pattern));
            pc.Stores = new List<string>();
            pc.AllowIrrefutable = m.Guard != null || i == cases - 1;
            pc.FailPop = new List<int>();
            pc.OnTop = 0;
            if (!VisitPattern(m.Pattern, pc)) return;
            foreach (var name in pc.Stores)
                Nameop(name, ExprContext.Store, Loc(m.Pattern));
            if (m.Guard != null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(Loc(m.Pattern), m.Guard, pc.FailPop[0], false);
            }
            if (i != nonDefault - 1)
                Addop(Op.POP_TOP, Location.NextLocation);
            VisitStmts(m.Body);
            AddopJump(Op.JUMP, end, Location.NoLocation);
            EmitAndResetFailPop(Loc(m.Pattern), pc);
        }
        if (hasDefault)
        {
            m = s.Cases[cases - 1];
            if (cases == 1)
                Addop(Op.POP_TOP, Loc(m.Pattern));
            else
                Addop(Op.NOP, Loc(m.Pattern));
            if (m.Guard != null)
                JumpIf(Loc(m.Pattern), m.Guard, end, false);
            VisitStmts(m.Body);
        }
        UseLabel(end);
    }
}
