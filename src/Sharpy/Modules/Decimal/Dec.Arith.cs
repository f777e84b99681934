using System;
using System.Numerics;

namespace Sharpy.Modules.Decimal;

// The arithmetic operations: add, multiply, the divisions, fma, the unary rounding
// operations and the comparisons.
internal sealed partial class Dec
{
    public Dec Plus(in DecCtx ctx, ref uint status)
    {
        if (IsNaN) return CheckNaNs(this, null, ctx, ref status)!;
        var x = IsZero && ctx.Round != Rounding.Floor ? Abs() : this;
        return x.Fix(ctx, ref status);
    }

    public Dec Minus(in DecCtx ctx, ref uint status)
    {
        if (IsNaN) return CheckNaNs(this, null, ctx, ref status)!;
        var x = IsZero && ctx.Round != Rounding.Floor ? Abs() : Negate();
        return x.Fix(ctx, ref status);
    }

    public Dec AbsRounded(in DecCtx ctx, ref uint status)
    {
        if (IsNaN) return CheckNaNs(this, null, ctx, ref status)!;
        return Sign ? Minus(ctx, ref status) : Plus(ctx, ref status);
    }

    public static Dec Add(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite)
            {
                if (b.IsInfinite && a.Sign != b.Sign) return Invalid(ref status);
                return a;
            }
            return b;
        }
        long exp = Math.Min(a.Exp, b.Exp);
        bool negZero = ctx.Round == Rounding.Floor && a.Sign != b.Sign;
        if (a.Coef.IsZero && b.Coef.IsZero)
            return new Dec((a.Sign && b.Sign) || negZero, BigInteger.Zero, exp).Fix(ctx, ref status);
        if (a.Coef.IsZero)
            return b.PadTo(Math.Max(exp, b.Exp - ctx.Prec - 1)).Fix(ctx, ref status);
        if (b.Coef.IsZero)
            return a.PadTo(Math.Max(exp, a.Exp - ctx.Prec - 1)).Fix(ctx, ref status);
        // An operand far below the other's last digit counts only as a sticky digit
        // (_normalize), so the alignment never builds huge coefficients.
        Dec hi = a.Exp >= b.Exp ? a : b, lo = a.Exp >= b.Exp ? b : a;
        long stickyExp = hi.Exp + Math.Min(-1, hi.Digits - ctx.Prec - 2);
        if (lo.Digits + lo.Exp - 1 < stickyExp) lo = new Dec(lo.Sign, BigInteger.One, stickyExp);
        var hc = hi.Coef * Pow10(hi.Exp - lo.Exp);
        var sum = (hi.Sign ? -hc : hc) + (lo.Sign ? -lo.Coef : lo.Coef);
        if (sum.IsZero) return new Dec(negZero, BigInteger.Zero, lo.Exp).Fix(ctx, ref status);
        return new Dec(sum.Sign < 0, BigInteger.Abs(sum), lo.Exp).Fix(ctx, ref status);
    }

    /// <summary>The same value at a lower exponent (zeros appended).</summary>
    Dec PadTo(long exp) => exp >= Exp ? this : new Dec(Sign, Coef * Pow10(Exp - exp), exp);

    public static Dec Subtract(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN || b.IsNaN) return CheckNaNs(a, b, ctx, ref status)!;
        return Add(a, b.Negate(), ctx, ref status);
    }

    public static Dec Multiply(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        bool sign = a.Sign ^ b.Sign;
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite) return b.IsZero ? Invalid(ref status) : Inf(sign);
            return a.IsZero ? Invalid(ref status) : Inf(sign);
        }
        return new Dec(sign, a.Coef * b.Coef, a.Exp + b.Exp).Fix(ctx, ref status);
    }

    /// <summary>
    /// The largest coefficient (in digits) an operation may build: .NET's BigInteger holds at
    /// most int.MaxValue bits. Beyond it libmpdec's allocation would fail: MPD_Malloc_error.
    /// </summary>
    const long MaxWorkDigits = 600_000_000;

    /// <summary>
    /// mpd_qdiv: an inexact quotient fills the whole precision, which a huge precision cannot
    /// hold; then the division is retried with just enough digits for an exact quotient
    /// (a's digits plus 4 per digit of b), and only an exact result is kept.
    /// </summary>
    public static Dec Divide(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        uint first = 0;
        var q = DivideAtPrecision(a, b, ctx, ref first);
        if ((first & (DecStatus.MallocError | DecStatus.DivisionImpossible)) == 0)
        {
            status |= first;
            return q;
        }
        var work = ctx;
        work.Prec = a.Digits + b.Digits * 4;
        if (work.Prec >= ctx.Prec)
        {
            status |= first & DecStatus.Errors;
            return q;
        }
        uint retry = 0;
        q = DivideAtPrecision(a, b, work, ref retry);
        if (retry == 0) return q;
        status |= (retry | first) & DecStatus.Errors;
        return QNaN;
    }

    static Dec DivideAtPrecision(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        bool sign = a.Sign ^ b.Sign;
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite) return b.IsInfinite ? Invalid(ref status) : Inf(sign);
            status |= DecStatus.Clamped;
            return new Dec(sign, BigInteger.Zero, ctx.Etiny);
        }
        if (b.Coef.IsZero)
        {
            if (a.Coef.IsZero) return Invalid(ref status, DecStatus.DivisionUndefined);
            status |= DecStatus.DivisionByZero;
            return Inf(sign);
        }
        BigInteger coef;
        long exp;
        if (a.Coef.IsZero)
        {
            coef = BigInteger.Zero;
            exp = a.Exp - b.Exp;
        }
        else
        {
            long shift = b.Digits - a.Digits + ctx.Prec + 1;
            if (Math.Max(shift, -shift) > MaxWorkDigits) return Invalid(ref status, DecStatus.MallocError);
            exp = a.Exp - b.Exp - shift;
            BigInteger rem;
            if (shift >= 0) coef = BigInteger.DivRem(a.Coef * Pow10(shift), b.Coef, out rem);
            else coef = BigInteger.DivRem(a.Coef, b.Coef * Pow10(-shift), out rem);
            if (!rem.IsZero)
            {
                // a sticky digit: the quotient is not exact
                if (coef % 5 == 0) coef += 1;
            }
            else
            {
                long ideal = a.Exp - b.Exp;
                long strip = Math.Min(ideal - exp, TrailingZeros(coef));
                if (strip > 0) { coef /= Pow10(strip); exp += strip; }
            }
        }
        return new Dec(sign, coef, exp).Fix(ctx, ref status);
    }

    /// <summary>
    /// The integer quotient and the remainder of two finite numbers (_divide); null with
    /// DivisionImpossible when the quotient needs more than the precision's digits.
    /// </summary>
    static (Dec q, Dec r)? DivideInt(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        bool sign = a.Sign ^ b.Sign;
        long idealExp = b.IsInfinite ? a.Exp : Math.Min(a.Exp, b.Exp);
        long expdiff = a.Adjusted - b.Adjusted;
        if (a.Coef.IsZero || b.IsInfinite || expdiff <= -2)
            return (new Dec(sign, BigInteger.Zero, 0), a.Rescale(idealExp, ctx.Round, out _));
        if (expdiff <= ctx.Prec)
        {
            BigInteger x = a.Coef, y = b.Coef;
            if (a.Exp >= b.Exp) x *= Pow10(a.Exp - b.Exp);
            else y *= Pow10(b.Exp - a.Exp);
            var q = BigInteger.DivRem(x, y, out var r);
            if (NumDigits(q) <= ctx.Prec)
                return (new Dec(sign, q, 0), new Dec(a.Sign, r, idealExp));
        }
        status |= DecStatus.DivisionImpossible;
        return null;
    }

    public static Dec DivInt(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite) return b.IsInfinite ? Invalid(ref status) : Inf(a.Sign ^ b.Sign);
        }
        if (b.IsZero)
        {
            if (a.IsZero) return Invalid(ref status, DecStatus.DivisionUndefined);
            status |= DecStatus.DivisionByZero;
            return Inf(a.Sign ^ b.Sign);
        }
        var qr = DivideInt(a, b, ctx, ref status);
        return qr == null ? QNaN : qr.Value.q.Fix(ctx, ref status);
    }

    public static Dec Remainder(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite) return Invalid(ref status);
        }
        if (b.IsZero) return Invalid(ref status, a.IsZero ? DecStatus.DivisionUndefined : DecStatus.InvalidOperation);
        var qr = DivideInt(a, b, ctx, ref status);
        return qr == null ? QNaN : qr.Value.r.Fix(ctx, ref status);
    }

    public static (Dec q, Dec r) DivMod(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return (n, n);
            if (a.IsInfinite)
            {
                if (b.IsInfinite) { var nan = Invalid(ref status); return (nan, nan); }
                return (Inf(a.Sign ^ b.Sign), Invalid(ref status));
            }
        }
        if (b.IsZero)
        {
            if (a.IsZero) { var nan = Invalid(ref status, DecStatus.DivisionUndefined); return (nan, nan); }
            status |= DecStatus.DivisionByZero;
            return (Inf(a.Sign ^ b.Sign), Invalid(ref status));
        }
        var qr = DivideInt(a, b, ctx, ref status);
        if (qr == null) return (QNaN, QNaN);
        return (qr.Value.q.Fix(ctx, ref status), qr.Value.r.Fix(ctx, ref status));
    }

    public static Dec RemainderNear(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite) return Invalid(ref status);
            return a.Fix(ctx, ref status);
        }
        if (b.Coef.IsZero) return Invalid(ref status, a.IsZero ? DecStatus.DivisionUndefined : DecStatus.InvalidOperation);
        long idealExp = Math.Min(a.Exp, b.Exp);
        if (a.Coef.IsZero) return new Dec(a.Sign, BigInteger.Zero, idealExp).Fix(ctx, ref status);
        long expdiff = a.Adjusted - b.Adjusted;
        if (expdiff >= ctx.Prec + 1) return Invalid(ref status, DecStatus.DivisionImpossible);
        if (expdiff <= -2) return a.Rescale(idealExp, ctx.Round, out _).Fix(ctx, ref status);
        BigInteger x = a.Coef, y = b.Coef;
        if (a.Exp >= b.Exp) x *= Pow10(a.Exp - b.Exp);
        else y *= Pow10(b.Exp - a.Exp);
        var q = BigInteger.DivRem(x, y, out var r);
        if (2 * r + (q.IsEven ? 0 : 1) > y) { r -= y; q += 1; }
        if (NumDigits(q) > ctx.Prec) return Invalid(ref status, DecStatus.DivisionImpossible);
        bool sign = a.Sign;
        if (r.Sign < 0) { sign = !sign; r = -r; }
        return new Dec(sign, r, idealExp).Fix(ctx, ref status);
    }

    public static Dec Fma(Dec a, Dec b, Dec c, in DecCtx ctx, ref uint status)
    {
        Dec product;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (a.IsNaN || b.IsNaN) return CheckNaNs3(a, b, c, ctx, ref status)!;
            if (a.IsInfinite ? b.IsZero : a.IsZero) return Invalid(ref status);
            product = Inf(a.Sign ^ b.Sign);
        }
        else
        {
            product = new Dec(a.Sign ^ b.Sign, a.Coef * b.Coef, a.Exp + b.Exp);
        }
        return Add(product, c, ctx, ref status);
    }

    // ---- comparisons ----

    /// <summary>Numeric comparison of two non-NaN numbers: -1, 0, 1.</summary>
    public static int Cmp(Dec a, Dec b)
    {
        if (a.IsInfinite || b.IsInfinite)
        {
            int ia = a.IsInfinite ? (a.Sign ? -1 : 1) : 0, ib = b.IsInfinite ? (b.Sign ? -1 : 1) : 0;
            if (ia == ib) return 0;
            if (ia != 0 || ib != 0) return ia < ib ? -1 : ia > ib ? 1 : 0;
        }
        bool az = a.Coef.IsZero, bz = b.Coef.IsZero;
        if (az && bz) return 0;
        if (az) return b.Sign ? 1 : -1;
        if (bz) return a.Sign ? -1 : 1;
        if (a.Sign != b.Sign) return a.Sign ? -1 : 1;
        int s = a.Sign ? -1 : 1;
        long aa = a.Adjusted, ba = b.Adjusted;
        if (aa != ba) return aa > ba ? s : -s;
        BigInteger x = a.Coef, y = b.Coef;
        if (a.Exp > b.Exp) x *= Pow10(a.Exp - b.Exp);
        else y *= Pow10(b.Exp - a.Exp);
        return x.CompareTo(y) * s;
    }

    static Dec FromInt(int v) => v switch { 0 => Zero, 1 => One, _ => new Dec(true, BigInteger.One, 0) };

    public static Dec Compare(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs(a, b, ctx, ref status);
        if (n != null) return n;
        return FromInt(Cmp(a, b));
    }

    public static Dec CompareSignal(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN || b.IsNaN)
        {
            status |= DecStatus.InvalidOperation;
            var n = CheckNaNs(a, b, ctx, ref status)!;
            return n;
        }
        return FromInt(Cmp(a, b));
    }

    /// <summary>The total order of the specification (compare_total): -1, 0, 1.</summary>
    public static int CmpTotal(Dec a, Dec b)
    {
        if (a.Sign && !b.Sign) return -1;
        if (!a.Sign && b.Sign) return 1;
        int s = a.Sign ? -1 : 1;
        int an = a.Kind == DecKind.NaN ? 1 : a.Kind == DecKind.SNaN ? 2 : 0;
        int bn = b.Kind == DecKind.NaN ? 1 : b.Kind == DecKind.SNaN ? 2 : 0;
        if (an != 0 || bn != 0)
        {
            if (an == bn) return a.Coef.CompareTo(b.Coef) * s;
            // quiet NaNs above signaling NaNs above numbers (for a positive sign)
            int ra = an == 1 ? 3 : an == 2 ? 2 : 1, rb = bn == 1 ? 3 : bn == 2 ? 2 : 1;
            return ra.CompareTo(rb) * s;
        }
        int c = Cmp(a, b);
        if (c != 0) return c;
        if (a.IsInfinite) return 0;
        if (a.Exp != b.Exp) return (a.Exp < b.Exp ? -1 : 1) * s;
        return 0;
    }

    public static Dec CompareTotal(Dec a, Dec b) => FromInt(CmpTotal(a, b));
    public static Dec CompareTotalMag(Dec a, Dec b) => FromInt(CmpTotal(a.Abs(), b.Abs()));

    /// <summary>max, min, max_mag, min_mag: a quiet NaN loses to a number.</summary>
    public static Dec MinMax(Dec a, Dec b, bool max, bool mag, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN || b.IsNaN)
        {
            if (b.Kind == DecKind.NaN && !a.IsNaN) return a.Fix(ctx, ref status);
            if (a.Kind == DecKind.NaN && !b.IsNaN) return b.Fix(ctx, ref status);
            return CheckNaNs(a, b, ctx, ref status)!;
        }
        int c = mag ? Cmp(a.Abs(), b.Abs()) : Cmp(a, b);
        if (c == 0) c = CmpTotal(a, b);
        Dec r = max ? (c == -1 ? b : a) : (c == -1 ? a : b);
        return r.Fix(ctx, ref status);
    }

    // ---- quantize, integral values, reduce ----

    public static Dec Quantize(Dec a, Dec b, Rounding r, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            var n = CheckNaNs(a, b, ctx, ref status);
            if (n != null) return n;
            if (a.IsInfinite && b.IsInfinite) return a;
            return Invalid(ref status);
        }
        long exp = b.Exp;
        if (exp < ctx.Etiny || exp > ctx.Emax) return Invalid(ref status);
        if (a.Coef.IsZero) return new Dec(a.Sign, BigInteger.Zero, exp).Fix(ctx, ref status);
        long adj = a.Adjusted;
        if (adj > ctx.Emax || adj - exp + 1 > ctx.Prec) return Invalid(ref status);
        var ans = a.Rescale(exp, r, out bool inexact);
        if (ans.Adjusted > ctx.Emax || ans.Digits > ctx.Prec) return Invalid(ref status);
        if (!ans.Coef.IsZero && ans.Adjusted < ctx.Emin) status |= DecStatus.Subnormal;
        if (ans.Exp > a.Exp)
        {
            if (inexact) status |= DecStatus.Inexact;
            status |= DecStatus.Rounded;
        }
        return ans.Fix(ctx, ref status);
    }

    public Dec ToIntegral(Rounding r, bool exact, in DecCtx ctx, ref uint status)
    {
        if (IsSpecial) return IsNaN ? CheckNaNs(this, null, ctx, ref status)! : this;
        if (Exp >= 0) return this;
        if (Coef.IsZero) return new Dec(Sign, BigInteger.Zero, 0);
        var ans = Rescale(0, r, out bool inexact);
        if (exact)
        {
            if (inexact) status |= DecStatus.Inexact;
            status |= DecStatus.Rounded;
        }
        return ans;
    }

    public Dec Reduce(in DecCtx ctx, ref uint status)
    {
        if (IsNaN) return CheckNaNs(this, null, ctx, ref status)!;
        var d = Fix(ctx, ref status);
        if (d.IsInfinite) return d;
        if (d.Coef.IsZero) return new Dec(d.Sign, BigInteger.Zero, 0);
        long expMax = ctx.Clamp != 0 ? ctx.Etop : ctx.Emax;
        var c = d.Coef;
        long exp = d.Exp;
        while (exp < expMax)
        {
            var q = BigInteger.DivRem(c, 10, out var rem);
            if (!rem.IsZero) break;
            c = q; exp++;
        }
        return new Dec(d.Sign, c, exp);
    }

    /// <summary>The integer value of a finite number, truncated toward zero.</summary>
    public BigInteger ToBigInteger()
    {
        if (Exp >= 0) return (Sign ? -Coef : Coef) * Pow10(Exp);
        if (-Exp > Digits) return BigInteger.Zero;
        var v = Coef / Pow10(-Exp);
        return Sign ? -v : v;
    }
}
