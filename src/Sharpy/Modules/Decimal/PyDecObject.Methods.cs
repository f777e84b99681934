using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

// The methods of Decimal that take an optional context: each rounds with the context (the
// current one when none is given) and reports its conditions to it.
public partial class PyDecObject
{
    static PyObject? UnaryCtx(PyDecObject self, PyObject? context, DecUnaryOp op)
    {
        var ctx = PyDecContext.Resolve(context);
        if (ctx == null) return null;
        uint status = 0;
        var r = op(self.Value, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    static PyObject? BinaryCtx(PyDecObject self, PyObject other, PyObject? context, DecBinaryOp op)
    {
        var ctx = PyDecContext.Resolve(context);
        if (ctx == null) return null;
        var b = OperandRaise(other);
        if (b == null) return null;
        uint status = 0;
        var r = op(self.Value, b, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    static PyObject? Predicate(bool b) => b ? PyBool.True : PyBool.False;

    [PyMethod("exp")]
    static PyObject? Exp(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.NaturalExp);

    [PyMethod("ln")]
    static PyObject? Ln(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.Ln);

    [PyMethod("log10")]
    static PyObject? Log10(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.Log10);

    [PyMethod("sqrt")]
    static PyObject? Sqrt(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.Sqrt);

    [PyMethod("logb")]
    static PyObject? Logb(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.Logb);

    [PyMethod("logical_invert")]
    static PyObject? LogicalInvert(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.LogicalInvert);

    [PyMethod("next_minus")]
    static PyObject? NextMinus(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.NextMinus);

    [PyMethod("next_plus")]
    static PyObject? NextPlus(PyDecObject self, [Keyword] PyObject? context = null) => UnaryCtx(self, context, Dec.NextPlus);

    [PyMethod("normalize")]
    static PyObject? Normalize(PyDecObject self, [Keyword] PyObject? context = null)
        => UnaryCtx(self, context, static (Dec x, in DecCtx c, ref uint s) => x.Reduce(c, ref s));

    static PyObject? ToIntegralImpl(PyDecObject self, PyObject? rounding, PyObject? context, bool exact)
    {
        var ctx = PyDecContext.Resolve(context);
        if (ctx == null) return null;
        var r = ctx.Ctx.Round;
        if (rounding != null && rounding != Py.None)
        {
            int ri = DecimalState.Get().RoundingOf(rounding);
            if (ri < 0) return null;
            r = (Rounding)ri;
        }
        uint status = 0;
        var res = self.Value.ToIntegral(r, exact, ctx.Ctx, ref status);
        return ctx.Finish(res, status);
    }

    [PyMethod("to_integral")]
    static PyObject? ToIntegral(PyDecObject self, [Keyword] PyObject? rounding = null, [Keyword] PyObject? context = null)
        => ToIntegralImpl(self, rounding, context, false);

    [PyMethod("to_integral_value")]
    static PyObject? ToIntegralValue(PyDecObject self, [Keyword] PyObject? rounding = null, [Keyword] PyObject? context = null)
        => ToIntegralImpl(self, rounding, context, false);

    [PyMethod("to_integral_exact")]
    static PyObject? ToIntegralExact(PyDecObject self, [Keyword] PyObject? rounding = null, [Keyword] PyObject? context = null)
        => ToIntegralImpl(self, rounding, context, true);

    [PyMethod("quantize")]
    static PyObject? Quantize(PyDecObject self, [Keyword] PyObject exp, [Keyword] PyObject? rounding = null, [Keyword] PyObject? context = null)
    {
        var ctx = PyDecContext.Resolve(context);
        if (ctx == null) return null;
        var r = ctx.Ctx.Round;
        if (rounding != null && rounding != Py.None)
        {
            int ri = DecimalState.Get().RoundingOf(rounding);
            if (ri < 0) return null;
            r = (Rounding)ri;
        }
        var b = OperandRaise(exp);
        if (b == null) return null;
        uint status = 0;
        var res = Dec.Quantize(self.Value, b, r, ctx.Ctx, ref status);
        return ctx.Finish(res, status);
    }

    [PyMethod("compare")]
    static PyObject? Compare(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.Compare);

    [PyMethod("compare_signal")]
    static PyObject? CompareSignal(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.CompareSignal);

    [PyMethod("max")]
    static PyObject? Max(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, true, false, c, ref s));

    [PyMethod("max_mag")]
    static PyObject? MaxMag(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, true, true, c, ref s));

    [PyMethod("min")]
    static PyObject? Min(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, false, false, c, ref s));

    [PyMethod("min_mag")]
    static PyObject? MinMag(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, false, true, c, ref s));

    [PyMethod("next_toward")]
    static PyObject? NextToward(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.NextToward);

    [PyMethod("remainder_near")]
    static PyObject? RemainderNear(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.RemainderNear);

    [PyMethod("logical_and")]
    static PyObject? LogicalAnd(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Logical(a, b, '&', c, ref s));

    [PyMethod("logical_or")]
    static PyObject? LogicalOr(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Logical(a, b, '|', c, ref s));

    [PyMethod("logical_xor")]
    static PyObject? LogicalXor(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => BinaryCtx(self, other, context, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Logical(a, b, '^', c, ref s));

    [PyMethod("rotate")]
    static PyObject? Rotate(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.Rotate);

    [PyMethod("shift")]
    static PyObject? Shift(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.Shift);

    [PyMethod("scaleb")]
    static PyObject? ScaleB(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null) => BinaryCtx(self, other, context, Dec.ScaleB);

    [PyMethod("fma")]
    static PyObject? Fma(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject third, [Keyword] PyObject? context = null)
    {
        var ctx = PyDecContext.Resolve(context);
        if (ctx == null) return null;
        var b = OperandRaise(other);
        if (b == null) return null;
        var c = OperandRaise(third);
        if (c == null) return null;
        uint status = 0;
        var r = Dec.Fma(self.Value, b, c, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    // ---- context-free methods ----

    static PyObject? NoCtx(PyDecObject self, PyObject other, PyObject? context, System.Func<Dec, Dec, PyObject?> f)
    {
        if (context != null && context != Py.None && context is not PyDecContext)
            return Errors.SetString(PyExc.TypeError, "optional argument must be a context");
        var b = OperandRaise(other);
        return b == null ? null : f(self.Value, b);
    }

    [PyMethod("compare_total")]
    static PyObject? CompareTotal(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => NoCtx(self, other, context, static (a, b) => Make(Dec.CompareTotal(a, b)));

    [PyMethod("compare_total_mag")]
    static PyObject? CompareTotalMag(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => NoCtx(self, other, context, static (a, b) => Make(Dec.CompareTotalMag(a, b)));

    [PyMethod("copy_sign")]
    static PyObject? CopySign(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => NoCtx(self, other, context, static (a, b) => Make(a.WithSign(b.Sign)));

    [PyMethod("same_quantum")]
    static PyObject? SameQuantum(PyDecObject self, [Keyword] PyObject other, [Keyword] PyObject? context = null)
        => NoCtx(self, other, context, static (a, b) => Predicate(Dec.SameQuantum(a, b)));

    [PyMethod("adjusted")]
    static PyObject? Adjusted(PyDecObject self) => PyLong.FromLong(self.Value.Adjusted);

    [PyMethod("canonical")]
    static PyObject? Canonical(PyDecObject self) => Py.NewRef(self);

    [PyMethod("conjugate")]
    static PyObject? Conjugate(PyDecObject self) => Py.NewRef(self);

    [PyMethod("radix")]
    static PyObject? Radix(PyDecObject self) => Make(new Dec(false, 10, 0));

    [PyMethod("copy_abs")]
    static PyObject? CopyAbs(PyDecObject self) => Make(self.Value.Abs());

    [PyMethod("copy_negate")]
    static PyObject? CopyNegate(PyDecObject self) => Make(self.Value.Negate());

    [PyMethod("is_canonical")]
    static PyObject? IsCanonical(PyDecObject self) => PyBool.True;

    [PyMethod("is_finite")]
    static PyObject? IsFinite(PyDecObject self) => Predicate(self.Value.IsFinite);

    [PyMethod("is_infinite")]
    static PyObject? IsInfinite(PyDecObject self) => Predicate(self.Value.IsInfinite);

    [PyMethod("is_nan")]
    static PyObject? IsNaN(PyDecObject self) => Predicate(self.Value.IsNaN);

    [PyMethod("is_qnan")]
    static PyObject? IsQNaN(PyDecObject self) => Predicate(self.Value.Kind == DecKind.NaN);

    [PyMethod("is_snan")]
    static PyObject? IsSNaN(PyDecObject self) => Predicate(self.Value.Kind == DecKind.SNaN);

    [PyMethod("is_signed")]
    static PyObject? IsSigned(PyDecObject self) => Predicate(self.Value.Sign);

    [PyMethod("is_zero")]
    static PyObject? IsZero(PyDecObject self) => Predicate(self.Value.IsZero);

    [PyMethod("is_normal")]
    static PyObject? IsNormal(PyDecObject self, [Keyword] PyObject? context = null)
    {
        var ctx = PyDecContext.Resolve(context);
        return ctx == null ? null : Predicate(self.Value.IsNormal(ctx.Ctx));
    }

    [PyMethod("is_subnormal")]
    static PyObject? IsSubnormal(PyDecObject self, [Keyword] PyObject? context = null)
    {
        var ctx = PyDecContext.Resolve(context);
        return ctx == null ? null : Predicate(self.Value.IsSubnormal(ctx.Ctx));
    }

    [PyMethod("number_class")]
    static PyObject? NumberClass(PyDecObject self, [Keyword] PyObject? context = null)
    {
        var ctx = PyDecContext.Resolve(context);
        return ctx == null ? null : PyUnicode.FromString(self.Value.NumberClass(ctx.Ctx));
    }
}
