using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

// The arithmetic methods of Context: the operands are Decimals or ints, rounded by this
// context, which receives the conditions.
public partial class PyDecContext
{
    PyObject? Unary(PyObject a, DecUnaryOp op)
    {
        var x = PyDecObject.OperandRaise(a);
        if (x == null) return null;
        uint status = 0;
        var r = op(x, Ctx, ref status);
        return Finish(r, status);
    }

    PyObject? Binary(PyObject a, PyObject b, DecBinaryOp op)
    {
        var x = PyDecObject.OperandRaise(a);
        if (x == null) return null;
        var y = PyDecObject.OperandRaise(b);
        if (y == null) return null;
        uint status = 0;
        var r = op(x, y, Ctx, ref status);
        return Finish(r, status);
    }

    static PyObject? Predicate(bool b) => b ? PyBool.True : PyBool.False;

    [PyMethod("abs")]
    static PyObject? Abs(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.AbsRounded(c, ref s));

    [PyMethod("exp")]
    static PyObject? Exp(PyDecContext self, PyObject x) => self.Unary(x, Dec.NaturalExp);

    [PyMethod("ln")]
    static PyObject? Ln(PyDecContext self, PyObject x) => self.Unary(x, Dec.Ln);

    [PyMethod("log10")]
    static PyObject? Log10(PyDecContext self, PyObject x) => self.Unary(x, Dec.Log10);

    [PyMethod("logb")]
    static PyObject? Logb(PyDecContext self, PyObject x) => self.Unary(x, Dec.Logb);

    [PyMethod("logical_invert")]
    static PyObject? LogicalInvert(PyDecContext self, PyObject x) => self.Unary(x, Dec.LogicalInvert);

    [PyMethod("minus")]
    static PyObject? Minus(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.Minus(c, ref s));

    [PyMethod("next_minus")]
    static PyObject? NextMinus(PyDecContext self, PyObject x) => self.Unary(x, Dec.NextMinus);

    [PyMethod("next_plus")]
    static PyObject? NextPlus(PyDecContext self, PyObject x) => self.Unary(x, Dec.NextPlus);

    [PyMethod("normalize")]
    static PyObject? Normalize(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.Reduce(c, ref s));

    [PyMethod("plus")]
    static PyObject? Plus(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.Plus(c, ref s));

    [PyMethod("sqrt")]
    static PyObject? Sqrt(PyDecContext self, PyObject x) => self.Unary(x, Dec.Sqrt);

    [PyMethod("to_integral")]
    static PyObject? ToIntegral(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.ToIntegral(c.Round, false, c, ref s));

    [PyMethod("to_integral_value")]
    static PyObject? ToIntegralValue(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.ToIntegral(c.Round, false, c, ref s));

    [PyMethod("to_integral_exact")]
    static PyObject? ToIntegralExact(PyDecContext self, PyObject x) => self.Unary(x, static (Dec x, in DecCtx c, ref uint s) => x.ToIntegral(c.Round, true, c, ref s));

    [PyMethod("add")]
    static PyObject? Add(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Add);

    [PyMethod("subtract")]
    static PyObject? Subtract(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Subtract);

    [PyMethod("multiply")]
    static PyObject? Multiply(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Multiply);

    [PyMethod("divide")]
    static PyObject? Divide(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Divide);

    [PyMethod("divide_int")]
    static PyObject? DivideInt(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.DivInt);

    [PyMethod("remainder")]
    static PyObject? Remainder(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Remainder);

    [PyMethod("remainder_near")]
    static PyObject? RemainderNear(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.RemainderNear);

    [PyMethod("compare")]
    static PyObject? Compare(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Compare);

    [PyMethod("compare_signal")]
    static PyObject? CompareSignal(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.CompareSignal);

    [PyMethod("max")]
    static PyObject? Max(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, true, false, c, ref s));

    [PyMethod("max_mag")]
    static PyObject? MaxMag(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, true, true, c, ref s));

    [PyMethod("min")]
    static PyObject? Min(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, false, false, c, ref s));

    [PyMethod("min_mag")]
    static PyObject? MinMag(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.MinMax(a, b, false, true, c, ref s));

    [PyMethod("next_toward")]
    static PyObject? NextToward(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.NextToward);

    [PyMethod("quantize")]
    static PyObject? Quantize(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Quantize(a, b, c.Round, c, ref s));

    [PyMethod("logical_and")]
    static PyObject? LogicalAnd(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Logical(a, b, '&', c, ref s));

    [PyMethod("logical_or")]
    static PyObject? LogicalOr(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Logical(a, b, '|', c, ref s));

    [PyMethod("logical_xor")]
    static PyObject? LogicalXor(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, static (Dec a, Dec b, in DecCtx c, ref uint s) => Dec.Logical(a, b, '^', c, ref s));

    [PyMethod("rotate")]
    static PyObject? Rotate(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Rotate);

    [PyMethod("shift")]
    static PyObject? Shift(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.Shift);

    [PyMethod("scaleb")]
    static PyObject? Scaleb(PyDecContext self, PyObject x, PyObject y) => self.Binary(x, y, Dec.ScaleB);

    [PyMethod("divmod")]
    static PyObject? DivModMethod(PyDecContext self, PyObject x, PyObject y)
    {
        var a = PyDecObject.OperandRaise(x);
        if (a == null) return null;
        var b = PyDecObject.OperandRaise(y);
        if (b == null) return null;
        return PyDecObject.DivModResult(a, b, self);
    }

    [PyMethod("fma")]
    static PyObject? FmaMethod(PyDecContext self, PyObject x, PyObject y, PyObject z)
    {
        var a = PyDecObject.OperandRaise(x);
        if (a == null) return null;
        var b = PyDecObject.OperandRaise(y);
        if (b == null) return null;
        var c = PyDecObject.OperandRaise(z);
        if (c == null) return null;
        uint status = 0;
        var r = Dec.Fma(a, b, c, self.Ctx, ref status);
        return self.Finish(r, status);
    }

    [PyMethod("power")]
    static PyObject? PowerMethod(PyDecContext self, [Keyword] PyObject a, [Keyword] PyObject b, [Keyword] PyObject? modulo = null)
    {
        var x = PyDecObject.OperandRaise(a);
        if (x == null) return null;
        var y = PyDecObject.OperandRaise(b);
        if (y == null) return null;
        Dec? m = null;
        if (modulo != null && modulo != Py.None)
        {
            m = PyDecObject.OperandRaise(modulo);
            if (m == null) return null;
        }
        uint status = 0;
        var r = m == null ? Dec.Power(x, y, self.Ctx, ref status) : Dec.PowerMod(x, y, m, self.Ctx, ref status);
        return self.Finish(r, status);
    }

    static PyObject? Pure(PyObject x, System.Func<Dec, PyObject?> f)
    {
        var a = PyDecObject.OperandRaise(x);
        return a == null ? null : f(a);
    }

    static PyObject? Pure2(PyObject x, PyObject y, System.Func<Dec, Dec, PyObject?> f)
    {
        var a = PyDecObject.OperandRaise(x);
        if (a == null) return null;
        var b = PyDecObject.OperandRaise(y);
        return b == null ? null : f(a, b);
    }

    [PyMethod("compare_total")]
    static PyObject? CompareTotal(PyDecContext self, PyObject x, PyObject y) => Pure2(x, y, static (a, b) => PyDecObject.Make(Dec.CompareTotal(a, b)));

    [PyMethod("compare_total_mag")]
    static PyObject? CompareTotalMag(PyDecContext self, PyObject x, PyObject y) => Pure2(x, y, static (a, b) => PyDecObject.Make(Dec.CompareTotalMag(a, b)));

    [PyMethod("copy_sign")]
    static PyObject? CopySign(PyDecContext self, PyObject x, PyObject y) => Pure2(x, y, static (a, b) => PyDecObject.Make(a.WithSign(b.Sign)));

    [PyMethod("same_quantum")]
    static PyObject? SameQuantum(PyDecContext self, PyObject x, PyObject y) => Pure2(x, y, static (a, b) => Predicate(Dec.SameQuantum(a, b)));

    [PyMethod("copy_abs")]
    static PyObject? CopyAbs(PyDecContext self, PyObject x) => Pure(x, static a => PyDecObject.Make(a.Abs()));

    [PyMethod("copy_negate")]
    static PyObject? CopyNegate(PyDecContext self, PyObject x) => Pure(x, static a => PyDecObject.Make(a.Negate()));

    [PyMethod("copy_decimal")]
    static PyObject? CopyDecimal(PyDecContext self, PyObject x) => Pure(x, static a => PyDecObject.Make(a));

    [PyMethod("canonical")]
    static PyObject? CanonicalMethod(PyDecContext self, PyObject x)
    {
        if (x is not PyDecObject) return Errors.SetString(PyExc.TypeError, "argument must be a Decimal");
        return Py.NewRef(x);
    }

    [PyMethod("is_canonical")]
    static PyObject? IsCanonical(PyDecContext self, PyObject x)
    {
        if (x is not PyDecObject) return Errors.SetString(PyExc.TypeError, "argument must be a Decimal");
        return PyBool.True;
    }

    [PyMethod("is_finite")]
    static PyObject? IsFinite(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.IsFinite));

    [PyMethod("is_infinite")]
    static PyObject? IsInfinite(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.IsInfinite));

    [PyMethod("is_nan")]
    static PyObject? IsNaN(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.IsNaN));

    [PyMethod("is_qnan")]
    static PyObject? IsQNaN(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.Kind == DecKind.NaN));

    [PyMethod("is_snan")]
    static PyObject? IsSNaN(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.Kind == DecKind.SNaN));

    [PyMethod("is_signed")]
    static PyObject? IsSigned(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.Sign));

    [PyMethod("is_zero")]
    static PyObject? IsZero(PyDecContext self, PyObject x) => Pure(x, static a => Predicate(a.IsZero));

    [PyMethod("is_normal")]
    static PyObject? IsNormal(PyDecContext self, PyObject x)
    {
        var a = PyDecObject.OperandRaise(x);
        return a == null ? null : Predicate(a.IsNormal(self.Ctx));
    }

    [PyMethod("is_subnormal")]
    static PyObject? IsSubnormal(PyDecContext self, PyObject x)
    {
        var a = PyDecObject.OperandRaise(x);
        return a == null ? null : Predicate(a.IsSubnormal(self.Ctx));
    }

    [PyMethod("number_class")]
    static PyObject? NumberClass(PyDecContext self, PyObject x)
    {
        var a = PyDecObject.OperandRaise(x);
        return a == null ? null : PyUnicode.FromString(a.NumberClass(self.Ctx));
    }

    [PyMethod("radix")]
    static PyObject? Radix(PyDecContext self) => PyDecObject.Make(new Dec(false, 10, 0));

    [PyMethod("to_sci_string")]
    static PyObject? ToSciString(PyDecContext self, PyObject x)
    {
        var a = PyDecObject.OperandRaise(x);
        return a == null ? null : PyUnicode.FromString(a.ToText(false, self.Capitals != 0));
    }

    [PyMethod("to_eng_string")]
    static PyObject? ToEngString(PyDecContext self, PyObject x)
    {
        var a = PyDecObject.OperandRaise(x);
        return a == null ? null : PyUnicode.FromString(a.ToText(true, self.Capitals != 0));
    }

    [PyMethod("_apply")]
    static PyObject? Apply(PyDecContext self, PyObject x) => self.Unary(x, static (Dec a, in DecCtx c, ref uint s) => a.IsNaN ? CheckNaNsPublic(a, c, ref s) : a.Fix(c, ref s));

    static Dec CheckNaNsPublic(Dec a, in DecCtx c, ref uint s) => Dec.CheckNaNs(a, null, c, ref s)!;

    [PyMethod("create_decimal")]
    static PyObject? CreateDecimal(PyDecContext self, PyObject? num = null)
    {
        if (num == null) return PyDecObject.Make(Dec.Zero);
        uint status = 0;
        Dec d;
        switch (num)
        {
            case PyUnicode u:
            {
                var ascii = Dec.NumericAsAscii(u.Value, false, false);
                var parsed = ascii == null ? null : Dec.Parse(ascii);
                if (parsed == null) { status |= DecStatus.ConversionSyntax; d = Dec.QNaN; }
                else if (parsed.IsNaN && parsed.Digits > self.Ctx.Prec - self.Ctx.Clamp && !parsed.Coef.IsZero)
                {
                    status |= DecStatus.ConversionSyntax; d = Dec.QNaN;
                }
                else d = parsed.IsNaN ? parsed : parsed.Fix(self.Ctx, ref status);
                break;
            }
            case PyFloat f:
                if (self.AddStatus(DecStatus.FloatOperation)) return null;
                d = PyDecObject.FromDouble(f.Value).Fix(self.Ctx, ref status);
                break;
            case PyDecObject dv:
                d = dv.Value.IsNaN ? FixNaNPayload(dv.Value, self, ref status) : dv.Value.Fix(self.Ctx, ref status);
                break;
            case PyLong l:
                d = PyDecObject.FromBigInteger(l.ToBigInteger()).Fix(self.Ctx, ref status);
                break;
            case PyTuple or PyList:
            {
                var tv = PyDecObject.TupleToDec(num);
                if (tv == null) return null;
                d = tv.IsNaN ? FixNaNPayload(tv, self, ref status) : tv.Fix(self.Ctx, ref status);
                break;
            }
            default:
                return Errors.SetString(PyExc.TypeError, $"conversion from {num.ob_type.Name} to Decimal is not supported");
        }
        return self.Finish(d, status);
    }

    /// <summary>A NaN whose payload does not fit the context is a ConversionSyntax error (create_decimal).</summary>
    static Dec FixNaNPayload(Dec d, PyDecContext self, ref uint status)
    {
        if (!d.Coef.IsZero && d.Digits > self.Ctx.Prec - self.Ctx.Clamp)
        {
            status |= DecStatus.ConversionSyntax;
            return Dec.QNaN;
        }
        return d;
    }

    [PyMethod("create_decimal_from_float")]
    static PyObject? CreateDecimalFromFloat(PyDecContext self, PyObject f)
    {
        Dec d;
        if (f is PyLong l) d = PyDecObject.FromBigInteger(l.ToBigInteger());
        else if (f is PyFloat pf) d = PyDecObject.FromDouble(pf.Value);
        else return Errors.SetString(PyExc.TypeError, "argument must be int or float");
        uint status = 0;
        var r = d.IsNaN ? d : d.Fix(self.Ctx, ref status);
        return self.Finish(r, status);
    }
}
