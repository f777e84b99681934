using System.Collections.Generic;
using Sharpy.Parser.Ast;

namespace Sharpy.Compiler;

/// <summary>Expressions (codegen_visit_expr and its helpers in Python/codegen.c).</summary>
sealed partial class Codegen
{
    static int BinaryOparg(OperatorKind op, bool inplace)
    {
        int nb = op switch
        {
            OperatorKind.Add => NbOp.ADD,
            OperatorKind.Sub => NbOp.SUBTRACT,
            OperatorKind.Mult => NbOp.MULTIPLY,
            OperatorKind.MatMult => NbOp.MATRIX_MULTIPLY,
            OperatorKind.Div => NbOp.TRUE_DIVIDE,
            OperatorKind.Mod => NbOp.REMAINDER,
            OperatorKind.Pow => NbOp.POWER,
            OperatorKind.LShift => NbOp.LSHIFT,
            OperatorKind.RShift => NbOp.RSHIFT,
            OperatorKind.BitOr => NbOp.OR,
            OperatorKind.BitXor => NbOp.XOR,
            OperatorKind.BitAnd => NbOp.AND,
            _ => NbOp.FLOOR_DIVIDE,
        };
        return inplace ? nb + NbOp.INPLACE_ADD : nb;
    }

    void AddCompare(CmpOpKind op, Location loc)
    {
        switch (op)
        {
            case CmpOpKind.Is: AddopI(Op.IS_OP, 0, loc); return;
            case CmpOpKind.IsNot: AddopI(Op.IS_OP, 1, loc); return;
            case CmpOpKind.In: AddopI(Op.CONTAINS_OP, 0, loc); return;
            case CmpOpKind.NotIn: AddopI(Op.CONTAINS_OP, 1, loc); return;
        }
        int cmp = op switch
        {
            CmpOpKind.Eq => Oparg.Py_EQ,
            CmpOpKind.NotEq => Oparg.Py_NE,
            CmpOpKind.Lt => Oparg.Py_LT,
            CmpOpKind.LtE => Oparg.Py_LE,
            CmpOpKind.Gt => Oparg.Py_GT,
            _ => Oparg.Py_GE,
        };
        AddopI(Op.COMPARE_OP, Oparg.Compare(cmp), loc);
    }

    void JumpIf(Location loc, Expr e, int next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                JumpIf(loc, u.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                int n = b.Values.Count - 1;
                bool cond2 = b.Op == BoolOpKind.Or;
                int next2 = next;
                if (cond2 != cond)
                    next2 = NewLabel();
                for (int i = 0; i < n; i++)
                    JumpIf(loc, b.Values[i], next2, cond2);
                JumpIf(loc, b.Values[n], next, cond);
                if (next2 != next)
                    UseLabel(next2);
                return;
            }
            case IfExp ie:
            {
                int end = NewLabel(), next2 = NewLabel();
                JumpIf(loc, ie.Test, next2, false);
                JumpIf(loc, ie.Body, next, cond);
                AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
                UseLabel(next2);
                JumpIf(loc, ie.Orelse, next, cond);
                UseLabel(end);
                return;
            }
            case Compare c when c.Ops.Count > 1:
            {
                CheckCompare(c);
                int n = c.Ops.Count - 1;
                int cleanup = NewLabel();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    AddopI(Op.SWAP, 2, Loc(e));
                    AddopI(Op.COPY, 2, Loc(e));
                    AddCompare(c.Ops[i], Loc(e));
                    Addop(Op.TO_BOOL, Loc(e));
                    AddopJump(Op.POP_JUMP_IF_FALSE, cleanup, Loc(e));
                }
                VisitExpr(c.Comparators[n]);
                AddCompare(c.Ops[n], Loc(e));
                Addop(Op.TO_BOOL, Loc(e));
                AddopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, Loc(e));
                int end = NewLabel();
                AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
                UseLabel(cleanup);
                Addop(Op.POP_TOP, Loc(e));
                if (!cond)
                    AddopJump(Op.JUMP_NO_INTERRUPT, next, Location.NoLocation);
                UseLabel(end);
                return;
            }
        }
        VisitExpr(e);
        Addop(Op.TO_BOOL, Loc(e));
        AddopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, Loc(e));
    }

    void VisitExpr(Expr e)
    {
        var loc = Loc(e);
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            SetRecursionError();
            return;
        }
        switch (e)
        {
            case NamedExpr ne:
                VisitExpr(ne.Value);
                AddopI(Op.COPY, 1, loc);
                VisitExpr(ne.Target);
                break;
            case BoolOp b:
            {
                int jumpi = b.Op == BoolOpKind.And ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE;
                int end = NewLabel();
                int n = b.Values.Count - 1;
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(b.Values[i]);
                    AddopJump(jumpi, end, loc);
                    Addop(Op.POP_TOP, loc);
                }
                VisitExpr(b.Values[n]);
                UseLabel(end);
                break;
            }
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                AddopI(Op.BINARY_OP, BinaryOparg(b.Op, false), loc);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                switch (u.Op)
                {
                    case UnaryOpKind.UAdd: AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_UNARY_POSITIVE, loc); break;
                    case UnaryOpKind.Not: Addop(Op.TO_BOOL, loc); Addop(Op.UNARY_NOT, loc); break;
                    case UnaryOpKind.Invert: Addop(Op.UNARY_INVERT, loc); break;
                    default: Addop(Op.UNARY_NEGATIVE, loc); break;
                }
                break;
            case Lambda l: LambdaExpr(l); break;
            case IfExp ie:
            {
                int end = NewLabel(), next = NewLabel();
                JumpIf(loc, ie.Test, next, false);
                VisitExpr(ie.Body);
                AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
                UseLabel(next);
                VisitExpr(ie.Orelse);
                UseLabel(end);
                break;
            }
            case Dict d: DictExpr(d); break;
            case Set s: StarunpackHelper(loc, s.Elts, null, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false); break;
            case GeneratorExp g: Comprehension(e, ComprehensionType.Generator, "<genexpr>", g.Generators, g.Elt, null); break;
            case ListComp l: Comprehension(e, ComprehensionType.List, "<listcomp>", l.Generators, l.Elt, null); break;
            case SetComp s: Comprehension(e, ComprehensionType.Set, "<setcomp>", s.Generators, s.Elt, null); break;
            case DictComp d: Comprehension(e, ComprehensionType.Dict, "<dictcomp>", d.Generators, d.Key, d.Value); break;
            case Yield y:
                if (!_u.Ste.IsFunctionLike)
                {
                    SetError("'yield' outside function", loc);
                    return;
                }
                if (y.Value != null) VisitExpr(y.Value);
                else AddopLoadConst(null, loc);
                AddopYield(loc);
                break;
            case YieldFrom yf:
                if (!_u.Ste.IsFunctionLike)
                {
                    SetError("'yield from' outside function", loc);
                    return;
                }
                if (_u.ScopeType == ScopeType.AsyncFunction)
                {
                    SetError("'yield from' inside async function", loc);
                    return;
                }
                VisitExpr(yf.Value);
                Addop(Op.GET_YIELD_FROM_ITER, loc);
                AddopLoadConst(null, loc);
                AddYieldFrom(loc, false);
                break;
            case Await aw:
                VisitExpr(aw.Value);
                AddopI(Op.GET_AWAITABLE, 0, loc);
                AddopLoadConst(null, loc);
                AddYieldFrom(loc, true);
                break;
            case Compare c: CompareExpr(c); break;
            case Call c: CallExpr(c); break;
            case Constant k: AddopLoadConst(k.Value, loc); break;
            case JoinedStr js: JoinedStrExpr(js); break;
            case TemplateStr ts: TemplateStrExpr(ts); break;
            case FormattedValue fv: FormattedValueExpr(fv); break;
            case Interpolation iv: InterpolationExpr(iv); break;
            case Attribute a: AttributeExpr(a); break;
            case Subscript s: SubscriptExpr(s); break;
            case Starred st:
                SetError(st.Ctx == ExprContext.Store ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here", loc);
                break;
            case Slice sl: SliceExpr(sl); break;
            case Name n: Nameop(n.Id, n.Ctx, loc); break;
            case List l:
                if (l.Ctx == ExprContext.Store) AssignmentHelper(loc, l.Elts);
                else if (l.Ctx == ExprContext.Load) StarunpackHelper(loc, l.Elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
                else foreach (var x in l.Elts) VisitExpr(x);
                break;
            case Tuple t:
                if (t.Ctx == ExprContext.Store) AssignmentHelper(loc, t.Elts);
                else if (t.Ctx == ExprContext.Load) StarunpackHelper(loc, t.Elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
                else foreach (var x in t.Elts) VisitExpr(x);
                break;
        }
    }

    void AddopYield(Location loc)
    {
        if (_u.Ste.Generator && _u.Ste.Coroutine)
            AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_ASYNC_GEN_WRAP, loc);
        AddopI(Op.YIELD_VALUE, 0, loc);
        AddopI(Op.RESUME, Oparg.RESUME_AFTER_YIELD, loc);
    }

    void StarunpackHelper(Location loc, List<Expr> elts, string? injectedArg, int pushed, int build, int add, int extend, bool tuple)
    {
        int n = elts.Count;
        bool big = n + pushed + (injectedArg != null ? 1 : 0) > StackUseGuideline;
        bool seenStar = false;
        foreach (var elt in elts)
            if (elt is Starred) { seenStar = true; break; }
        if (!seenStar && !big)
        {
            foreach (var elt in elts) VisitExpr(elt);
            if (injectedArg != null)
            {
                Nameop(injectedArg, ExprContext.Load, loc);
                n++;
            }
            AddopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        bool sequenceBuilt = false;
        if (big)
        {
            AddopI(build, pushed, loc);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!sequenceBuilt)
                {
                    AddopI(build, i + pushed, loc);
                    sequenceBuilt = true;
                }
                VisitExpr(st.Value);
                AddopI(extend, 1, loc);
            }
            else
            {
                VisitExpr(elt);
                if (sequenceBuilt)
                    AddopI(add, 1, loc);
            }
        }
        if (injectedArg != null)
        {
            Nameop(injectedArg, ExprContext.Load, loc);
            AddopI(add, 1, loc);
        }
        if (tuple)
            AddopI(Op.CALL_INTRINSIC_1, Oparg.INTRINSIC_LIST_TO_TUPLE, loc);
    }

    void UnpackHelper(Location loc, List<Expr> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is Starred && !seenStar)
            {
                if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                {
                    SetError("too many expressions in star-unpacking assignment", loc);
                    return;
                }
                AddopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
            else if (elts[i] is Starred)
            {
                SetError("multiple starred expressions in assignment", loc);
                return;
            }
        }
        if (!seenStar)
            AddopI(Op.UNPACK_SEQUENCE, n, loc);
    }

    void AssignmentHelper(Location loc, List<Expr> elts)
    {
        UnpackHelper(loc, elts);
        foreach (var elt in elts)
            VisitExpr(elt is Starred st ? st.Value : elt);
    }

    void Subdict(Dict e, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        var loc = Loc(e);
        if (big) AddopI(Op.BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]);
            VisitExpr(e.Values[i]);
            if (big) AddopI(Op.MAP_ADD, 1, loc);
        }
        if (!big) AddopI(Op.BUILD_MAP, n, loc);
    }

    void DictExpr(Dict e)
    {
        var loc = Loc(e);
        int n = e.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            bool isUnpacking = e.Keys[i] == null;
            if (isUnpacking)
            {
                if (elements > 0)
                {
                    Subdict(e, i - elements, i);
                    if (haveDict) AddopI(Op.DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    AddopI(Op.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                AddopI(Op.DICT_UPDATE, 1, loc);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                Subdict(e, i - elements, i + 1);
                if (haveDict) AddopI(Op.DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            }
            else
                elements++;
        }
        if (elements > 0)
        {
            Subdict(e, n - elements, n);
            if (haveDict) AddopI(Op.DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict)
            AddopI(Op.BUILD_MAP, 0, loc);
    }

    void CompareExpr(Compare e)
    {
        CheckCompare(e);
        var loc = Loc(e);
        VisitExpr(e.Left);
        int n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(e.Ops[0], loc);
            return;
        }
        int cleanup = NewLabel();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddopI(Op.SWAP, 2, loc);
            AddopI(Op.COPY, 2, loc);
            AddCompare(e.Ops[i], loc);
            AddopI(Op.COPY, 1, loc);
            Addop(Op.TO_BOOL, loc);
            AddopJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
            Addop(Op.POP_TOP, loc);
        }
        VisitExpr(e.Comparators[n]);
        AddCompare(e.Ops[n], loc);
        int end = NewLabel();
        AddopJump(Op.JUMP_NO_INTERRUPT, end, Location.NoLocation);
        UseLabel(cleanup);
        AddopI(Op.SWAP, 2, loc);
        Addop(Op.POP_TOP, loc);
        UseLabel(end);
    }

    Location UpdateStartLocationToMatchAttr(Location loc, Attribute attr)
    {
        if (loc.Lineno != attr.EndLineno)
        {
            int lineno = attr.EndLineno;
            int col = loc.ColOffset, endCol = loc.EndColOffset;
            int len = Utf8Len(attr.Attr);
            if (len <= attr.EndColOffset)
                col = attr.EndColOffset - len;
            else
            {
                col = -1;
                endCol = -1;
            }
            int endLineno = System.Math.Max(lineno, loc.EndLineno);
            if (lineno == endLineno)
                endCol = System.Math.Max(col, endCol);
            return new Location(lineno, endLineno, col, endCol);
        }
        return loc;
    }

    /// <summary>PyUnicode_GET_LENGTH: code points.</summary>
    static int Utf8Len(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    void AttributeExpr(Attribute e)
    {
        var loc = Loc(e);
        if (e.Ctx == ExprContext.Load && CanOptimizeSuperCall(e))
        {
            LoadArgsForSuper((Call)e.Value);
            int opcode = ((Call)e.Value).Args.Count > 0 ? Op.LOAD_SUPER_ATTR : LOAD_ZERO_SUPER_ATTR;
            AddopName(opcode, _u.Names, e.Attr, loc);
            loc = UpdateStartLocationToMatchAttr(loc, e);
            Addop(Op.NOP, loc);
            return;
        }
        MaybeAddStaticAttributeToClass(e);
        VisitExpr(e.Value);
        loc = UpdateStartLocationToMatchAttr(Loc(e), e);
        switch (e.Ctx)
        {
            case ExprContext.Load: AddopName(Op.LOAD_ATTR, _u.Names, e.Attr, loc); break;
            case ExprContext.Store: AddopName(Op.STORE_ATTR, _u.Names, e.Attr, loc); break;
            default: AddopName(Op.DELETE_ATTR, _u.Names, e.Attr, loc); break;
        }
    }

    void MaybeAddStaticAttributeToClass(Attribute e)
    {
        if (e.Value is not Name { Id: "self" } || e.Ctx != ExprContext.Store)
            return;
        for (int i = _stack.Count - 1; i >= 0; i--)
            if (_stack[i].ScopeType == ScopeType.Class)
            {
                _stack[i].StaticAttributes!.Add(e.Attr);
                break;
            }
    }

    void SubscriptExpr(Subscript e)
    {
        var loc = Loc(e);
        var ctx = e.Ctx;
        if (ctx == ExprContext.Load)
        {
            CheckSubscripter(e.Value);
            CheckIndex(e.Value, e.Slice);
        }
        VisitExpr(e.Value);
        if (ShouldApplyTwoElementSlice(e.Slice) && ctx != ExprContext.Del)
        {
            SliceTwoParts((Slice)e.Slice);
            Addop(ctx == ExprContext.Load ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
        }
        else
        {
            VisitExpr(e.Slice);
            switch (ctx)
            {
                case ExprContext.Load: AddopI(Op.BINARY_OP, NbOp.SUBSCR, loc); break;
                case ExprContext.Store: Addop(Op.STORE_SUBSCR, loc); break;
                default: Addop(Op.DELETE_SUBSCR, loc); break;
            }
        }
    }

    void SliceTwoParts(Slice s)
    {
        if (s.Lower != null) VisitExpr(s.Lower);
        else AddopLoadConst(null, Loc(s));
        if (s.Upper != null) VisitExpr(s.Upper);
        else AddopLoadConst(null, Loc(s));
    }

    void SliceExpr(Slice s)
    {
        if (IsConstantSlice(s))
        {
            AddopLoadConst(new SliceConstant(((Constant?)s.Lower)?.Value, ((Constant?)s.Upper)?.Value,
                ((Constant?)s.Step)?.Value), Loc(s));
            return;
        }
        int n = 2;
        SliceTwoParts(s);
        if (s.Step != null)
        {
            n++;
            VisitExpr(s.Step);
        }
        AddopI(Op.BUILD_SLICE, n, Loc(s));
    }

    void JoinedStrExpr(JoinedStr e)
    {
        var loc = Loc(e);
        int count = e.Values.Count;
        if (count > StackUseGuideline)
        {
            AddopLoadConst("", loc);
            AddopName(LOAD_METHOD, _u.Names, "join", loc);
            AddopI(Op.BUILD_LIST, 0, loc);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                AddopI(Op.LIST_APPEND, 1, loc);
            }
            AddopI(Op.CALL, 1, loc);
            return;
        }
        foreach (var v in e.Values) VisitExpr(v);
        if (count > 1)
            AddopI(Op.BUILD_STRING, count, loc);
        else if (count == 0)
            AddopLoadConst("", loc);
    }

    void TemplateStrExpr(TemplateStr e)
    {
        var loc = Loc(e);
        int count = e.Values.Count;
        bool lastWasInterpolation = true;
        int stringslen = 0;
        for (int i = 0; i < count; i++)
        {
            var value = e.Values[i];
            if (value is Interpolation)
            {
                if (lastWasInterpolation)
                {
                    AddopLoadConst("", loc);
                    stringslen++;
                }
                lastWasInterpolation = true;
            }
            else
            {
                VisitExpr(value);
                int j;
                for (j = i + 1; j < count; j++)
                {
                    if (e.Values[j] is Interpolation) break;
                    VisitExpr(e.Values[j]);
                    AddopI(Op.BINARY_OP, NbOp.INPLACE_ADD, loc);
                }
                i = j - 1;
                stringslen++;
                lastWasInterpolation = false;
            }
        }
        if (lastWasInterpolation)
        {
            AddopLoadConst("", loc);
            stringslen++;
        }
        AddopI(Op.BUILD_TUPLE, stringslen, loc);
        int interpolations = 0;
        foreach (var v in e.Values)
            if (v is Interpolation)
            {
                VisitExpr(v);
                interpolations++;
            }
        AddopI(Op.BUILD_TUPLE, interpolations, loc);
        Addop(Op.BUILD_TEMPLATE, loc);
    }

    static int ConversionOparg(int conversion) => conversion switch
    {
        's' => Oparg.FVC_STR,
        'r' => Oparg.FVC_REPR,
        _ => Oparg.FVC_ASCII,
    };

    void InterpolationExpr(Interpolation e)
    {
        var loc = Loc(e);
        VisitExpr(e.Value);
        AddopLoadConst(e.Str, loc);
        int oparg = 2;
        if (e.FormatSpec != null)
        {
            oparg++;
            VisitExpr(e.FormatSpec);
        }
        if (e.Conversion != -1)
            oparg |= ConversionOparg(e.Conversion) << 2;
        AddopI(Op.BUILD_INTERPOLATION, oparg, loc);
    }

    void FormattedValueExpr(FormattedValue e)
    {
        VisitExpr(e.Value);
        var loc = Loc(e);
        if (e.Conversion != -1)
            AddopI(Op.CONVERT_VALUE, ConversionOparg(e.Conversion), loc);
        if (e.FormatSpec != null)
        {
            VisitExpr(e.FormatSpec);
            Addop(Op.FORMAT_WITH_SPEC, loc);
        }
        else
            Addop(Op.FORMAT_SIMPLE, loc);
    }
}
