using System;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sharpy.Modules.Decimal;

// The remaining operations of the specification: logb, scaleb, the logical (digit-wise)
// operations, shift and rotate, next_minus/next_plus/next_toward and the predicates.
internal sealed partial class Dec
{
    public static Dec Logb(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
        if (a.IsInfinite) return PosInf;
        if (a.Coef.IsZero) { status |= DecStatus.DivisionByZero; return NegInf; }
        long adj = a.Adjusted;
        return new Dec(adj < 0, Math.Abs(adj), 0).Fix(ctx, ref status);
    }

    public static Dec ScaleB(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs(a, b, ctx, ref status);
        if (n != null) return n;
        if (!b.IsFinite || b.Exp != 0) return Invalid(ref status);
        var lim = 2 * ((BigInteger)ctx.Emax + ctx.Prec);
        var v = b.Sign ? -b.Coef : b.Coef;
        if (v < -lim || v > lim) return Invalid(ref status);
        if (a.IsInfinite) return a;
        return new Dec(a.Sign, a.Coef, a.Exp + (long)v).Fix(ctx, ref status);
    }

    bool IsLogical
    {
        get
        {
            if (!IsFinite || Sign || Exp != 0) return false;
            foreach (var ch in Coef.ToString(CultureInfo.InvariantCulture)) if (ch != '0' && ch != '1') return false;
            return true;
        }
    }

    /// <summary>The coefficient's digits cut or zero-padded to exactly <paramref name="prec"/> digits.</summary>
    static string FillDigits(BigInteger c, long prec)
    {
        var s = c.ToString(CultureInfo.InvariantCulture);
        if (s.Length > prec) return s[^(int)prec..];
        return new string('0', (int)(prec - s.Length)) + s;
    }

    static Dec FromDigits(bool sign, string digits, long exp)
    {
        var t = digits.TrimStart('0');
        return new Dec(sign, t.Length == 0 ? BigInteger.Zero : BigInteger.Parse(t, CultureInfo.InvariantCulture), exp);
    }

    public static Dec Logical(Dec a, Dec b, char op, in DecCtx ctx, ref uint status)
    {
        if (!a.IsLogical || !b.IsLogical) return Invalid(ref status);
        var x = FillDigits(a.Coef, ctx.Prec);
        var y = FillDigits(b.Coef, ctx.Prec);
        var sb = new StringBuilder(x.Length);
        for (int i = 0; i < x.Length; i++)
        {
            bool p = x[i] == '1', q = y[i] == '1';
            bool r = op switch { '&' => p & q, '|' => p | q, _ => p ^ q };
            sb.Append(r ? '1' : '0');
        }
        return FromDigits(false, sb.ToString(), 0);
    }

    public static Dec LogicalInvert(Dec a, in DecCtx ctx, ref uint status)
    {
        var ones = BigInteger.Parse(new string('1', (int)Math.Min(ctx.Prec, int.MaxValue / 2)), CultureInfo.InvariantCulture);
        return Logical(a, new Dec(false, ones, 0), '^', ctx, ref status);
    }

    /// <summary>The shift or rotate count: an integer within ±prec; null with InvalidOperation otherwise.</summary>
    static long? ShiftCount(Dec b, in DecCtx ctx, ref uint status)
    {
        if (!b.IsFinite || b.Exp != 0 || b.Coef > ctx.Prec) { status |= DecStatus.InvalidOperation; return null; }
        return b.Sign ? -(long)b.Coef : (long)b.Coef;
    }

    public static Dec Rotate(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs(a, b, ctx, ref status);
        if (n != null) return n;
        var k = ShiftCount(b, ctx, ref status);
        if (k == null) return QNaN;
        if (a.IsInfinite) return a;
        var d = FillDigits(a.Coef, ctx.Prec);
        int t = (int)(k.Value < 0 ? d.Length + k.Value : k.Value);
        var rotated = d[t..] + d[..t];
        return FromDigits(a.Sign, rotated, a.Exp);
    }

    public static Dec Shift(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs(a, b, ctx, ref status);
        if (n != null) return n;
        var k = ShiftCount(b, ctx, ref status);
        if (k == null) return QNaN;
        if (a.IsInfinite) return a;
        var d = FillDigits(a.Coef, ctx.Prec);
        string shifted;
        if (k.Value < 0) shifted = d[..(int)(d.Length + k.Value)];
        else
        {
            shifted = d + new string('0', (int)k.Value);
            shifted = shifted[^(int)ctx.Prec..];
        }
        return FromDigits(a.Sign, shifted, a.Exp);
    }

    public static Dec NextMinus(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
        if (a.IsInfinite) return a.Sign ? a : new Dec(false, Pow10(ctx.Prec) - 1, ctx.Etop);
        var c = ctx.WithRounding(Rounding.Floor);
        uint ignored = 0;
        var r = a.Fix(c, ref ignored);
        if (Cmp(r, a) != 0) return r;
        return Add(a, new Dec(true, BigInteger.One, ctx.Etiny - 1), c, ref ignored);
    }

    public static Dec NextPlus(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
        if (a.IsInfinite) return !a.Sign ? a : new Dec(true, Pow10(ctx.Prec) - 1, ctx.Etop);
        var c = ctx.WithRounding(Rounding.Ceiling);
        uint ignored = 0;
        var r = a.Fix(c, ref ignored);
        if (Cmp(r, a) != 0) return r;
        return Add(a, new Dec(false, BigInteger.One, ctx.Etiny - 1), c, ref ignored);
    }

    public static Dec NextToward(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs(a, b, ctx, ref status);
        if (n != null) return n;
        int c = Cmp(a, b);
        if (c == 0) return a.WithSign(b.Sign);
        var ans = c < 0 ? NextPlus(a, ctx, ref status) : NextMinus(a, ctx, ref status);
        if (ans.IsInfinite) status |= DecStatus.Overflow | DecStatus.Inexact | DecStatus.Rounded;
        else if (ans.Adjusted < ctx.Emin)
        {
            status |= DecStatus.Underflow | DecStatus.Subnormal | DecStatus.Inexact | DecStatus.Rounded;
            if (ans.Coef.IsZero) status |= DecStatus.Clamped;
        }
        return ans;
    }

    public static bool SameQuantum(Dec a, Dec b)
    {
        if (a.IsSpecial || b.IsSpecial) return (a.IsNaN && b.IsNaN) || (a.IsInfinite && b.IsInfinite);
        return a.Exp == b.Exp;
    }

    public bool IsNormal(in DecCtx ctx) => IsFinite && !Coef.IsZero && Adjusted >= ctx.Emin;
    public bool IsSubnormal(in DecCtx ctx) => IsFinite && !Coef.IsZero && Adjusted < ctx.Emin;

    public string NumberClass(in DecCtx ctx)
    {
        if (Kind == DecKind.SNaN) return "sNaN";
        if (Kind == DecKind.NaN) return "NaN";
        string s = Sign ? "-" : "+";
        if (IsInfinite) return s + "Infinity";
        if (Coef.IsZero) return s + "Zero";
        if (IsSubnormal(ctx)) return s + "Subnormal";
        return s + "Normal";
    }
}
