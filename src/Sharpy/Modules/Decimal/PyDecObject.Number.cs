using System.Numerics;
using Sharpy.Objects;
using Sharpy.Runtime;

namespace Sharpy.Modules.Decimal;

internal delegate Dec DecUnaryOp(Dec a, in DecCtx ctx, ref uint status);
internal delegate Dec DecBinaryOp(Dec a, Dec b, in DecCtx ctx, ref uint status);

// The number protocol and the comparisons: operands are Decimals or ints, the current
// context rounds the result and receives the conditions.
public partial class PyDecObject
{
    static PyObject? Binary(PyObject a, PyObject b, DecBinaryOp op)
    {
        var x = Operand(a);
        var y = x == null ? null : Operand(b);
        if (x == null || y == null) return Py.NotImplemented;
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        uint status = 0;
        var r = op(x, y, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    static PyObject? Unary(PyObject a, DecUnaryOp op)
    {
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        uint status = 0;
        var r = op(((PyDecObject)a).Value, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    [PySlot("nb_add")]
    static PyObject? Add(PyObject a, PyObject b) => Binary(a, b, Dec.Add);

    [PySlot("nb_subtract")]
    static PyObject? Subtract(PyObject a, PyObject b) => Binary(a, b, Dec.Subtract);

    [PySlot("nb_multiply")]
    static PyObject? Multiply(PyObject a, PyObject b) => Binary(a, b, Dec.Multiply);

    [PySlot("nb_true_divide")]
    static PyObject? TrueDivide(PyObject a, PyObject b) => Binary(a, b, Dec.Divide);

    [PySlot("nb_floor_divide")]
    static PyObject? FloorDivide(PyObject a, PyObject b) => Binary(a, b, Dec.DivInt);

    [PySlot("nb_remainder")]
    static PyObject? Remainder(PyObject a, PyObject b) => Binary(a, b, Dec.Remainder);

    [PySlot("nb_divmod")]
    static PyObject? DivMod(PyObject a, PyObject b)
    {
        var x = Operand(a);
        var y = x == null ? null : Operand(b);
        if (x == null || y == null) return Py.NotImplemented;
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        return DivModResult(x, y, ctx);
    }

    internal static PyObject? DivModResult(Dec x, Dec y, PyDecContext ctx)
    {
        uint status = 0;
        var (q, r) = Dec.DivMod(x, y, ctx.Ctx, ref status);
        if (status != 0 && ctx.AddStatus(status)) return null;
        return PyTuple.FromStolen([Make(q), Make(r)]);
    }

    [PySlot("nb_power")]
    static PyObject? Power(PyObject a, PyObject b, PyObject mod)
    {
        var x = Operand(a);
        var y = x == null ? null : Operand(b);
        if (x == null || y == null) return Py.NotImplemented;
        Dec? m = null;
        if (mod != Py.None)
        {
            m = Operand(mod);
            if (m == null) return Py.NotImplemented;
        }
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        uint status = 0;
        var r = m == null ? Dec.Power(x, y, ctx.Ctx, ref status) : Dec.PowerMod(x, y, m, ctx.Ctx, ref status);
        return ctx.Finish(r, status);
    }

    [PySlot("nb_negative")]
    static PyObject? Negative(PyObject a) => Unary(a, static (Dec x, in DecCtx c, ref uint s) => x.Minus(c, ref s));

    [PySlot("nb_positive")]
    static PyObject? Positive(PyObject a) => Unary(a, static (Dec x, in DecCtx c, ref uint s) => x.Plus(c, ref s));

    [PySlot("nb_absolute")]
    static PyObject? Absolute(PyObject a) => Unary(a, static (Dec x, in DecCtx c, ref uint s) => x.AbsRounded(c, ref s));

    [PySlot("nb_bool")]
    static int Bool(PyObject a) => ((PyDecObject)a).Value.IsZero ? 0 : 1;

    // ---- comparisons ----

    /// <summary>
    /// convert_op_cmp: the other operand of a comparison as a Dec. An int is exact; a float
    /// is exact and signals FloatOperation (only a flag for == and !=); a Rational compares
    /// self times its denominator with its numerator; a complex with no imaginary part
    /// counts as its real part for == and !=. Null with <paramref name="notImpl"/> when
    /// the comparison is not ours.
    /// </summary>
    static bool CompareOperands(PyDecContext ctx, ref Dec self, PyObject w, CompareOp op, out Dec? other, out bool notImpl)
    {
        notImpl = false;
        other = Operand(w);
        if (other != null) return true;
        bool eq = op == CompareOp.Eq || op == CompareOp.Ne;
        double? fv = null;
        if (w is PyFloat f) fv = f.Value;
        else if (w is PyComplex c && eq)
        {
            if (c.Imag != 0.0) { notImpl = true; return true; }
            fv = c.Real;
        }
        if (fv is double dv)
        {
            if (eq) ctx.Status |= DecStatus.FloatOperation;
            else if (ctx.AddStatus(DecStatus.FloatOperation)) return false;
            other = FromDouble(dv);
            return true;
        }
        var rational = DecimalState.Get().Rational;
        if (rational != null)
        {
            int isr = TypeChecks.IsInstance(w, rational);
            if (isr < 0) return false;
            if (isr == 1)
            {
                var num = Abstract.GetAttr(w, "numerator");
                if (num == null) return false;
                var den = Abstract.GetAttr(w, "denominator");
                if (den == null) { Py.DECREF(num); return false; }
                var n = Operand(num);
                var dn = Operand(den);
                Py.DECREF(num); Py.DECREF(den);
                if (n == null || dn == null) { notImpl = true; return true; }
                if (!self.IsSpecial) self = new Dec(self.Sign, self.Coef * dn.Coef, self.Exp);
                other = n;
                return true;
            }
        }
        notImpl = true;
        return true;
    }

    [PySlot("tp_richcompare")]
    static PyObject? RichCompare(PyObject v, PyObject w, CompareOp op)
    {
        var ctx = PyDecContext.Current();
        if (ctx == null) return null;
        var a = ((PyDecObject)v).Value;
        if (!CompareOperands(ctx, ref a, w, op, out var b, out bool notImpl)) return null;
        if (notImpl) return Py.NotImplemented;
        if (a.IsNaN || b!.IsNaN)
        {
            if (a.Kind == DecKind.SNaN || b!.Kind == DecKind.SNaN || (op != CompareOp.Eq && op != CompareOp.Ne))
            {
                if (ctx.AddStatus(DecStatus.InvalidOperation)) return null;
            }
            return op == CompareOp.Ne ? PyBool.True : PyBool.False;
        }
        int c = Dec.Cmp(a, b);
        bool r = op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        };
        return r ? PyBool.True : PyBool.False;
    }
}
