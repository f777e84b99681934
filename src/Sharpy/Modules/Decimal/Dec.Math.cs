using System;
using System.Globalization;
using System.Numerics;

namespace Sharpy.Modules.Decimal;

// The correctly rounded functions: sqrt, exp, ln, log10 and power. The transcendental ones
// compute in fixed point with guard digits and widen the guard until the result rounds
// the same whichever side of the approximation the true value lies (as _pydecimal does).
internal sealed partial class Dec
{
    // ---- fixed-point helpers: values are integers scaled by 10**w ----

    /// <summary>a / b rounded to nearest (b > 0).</summary>
    static BigInteger DivNearest(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (r.Sign < 0) { q -= 1; r += b; }
        if (2 * r > b || (2 * r == b && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>c * 10**shift rounded to nearest (shift may be negative).</summary>
    static BigInteger ShiftNearest(BigInteger c, long shift)
    {
        if (shift >= 0) return c * Pow10(shift);
        // below half a unit: no need to build 10**-shift
        if (-shift > NumDigits(c) + 1) return BigInteger.Zero;
        return DivNearest(c, Pow10(-shift));
    }

    /// <summary>10**w * atanh(1/n) for an integer n > 1.</summary>
    static BigInteger AtanhInv(int n, int w)
    {
        var term = Pow10(w) / n;
        var sum = term;
        BigInteger n2 = n * n;
        for (long k = 3; ; k += 2)
        {
            term /= n2;
            if (term.IsZero) break;
            sum += term / k;
        }
        return sum;
    }

    /// <summary>10**w * ln(2), within a few units.</summary>
    static BigInteger Ln2(int w) => ShiftNearest(2 * AtanhInv(3, w + 5), -5);

    /// <summary>10**w * ln(10), within a few units: 3 ln 2 + ln(5/4).</summary>
    static BigInteger Ln10(int w)
    {
        var l2 = 2 * AtanhInv(3, w + 5);
        var l54 = 2 * AtanhInv(9, w + 5);
        return ShiftNearest(3 * l2 + l54, -5);
    }

    static int Guard(long k) => (int)NumDigits(k) + 6;

    /// <summary>10**w * ln(c * 10**e) for c > 0, within a few units.</summary>
    static BigInteger LnFixed(BigInteger c, long e, int w)
    {
        long n = NumDigits(c);
        long k = e + n;                     // c*10**e = m * 10**k with 0.1 <= m < 1
        int w2 = w + Guard(k) + 4;
        var one = Pow10(w2);
        var m = ShiftNearest(c, w2 - n);    // m * 10**w2
        int j = 0;
        var lo = one * 3 / 4;
        while (m < lo) { m *= 2; j--; }
        // atanh series for y = (m - 1) / (m + 1), |y| <= 1/7
        var y = DivNearest((m - one) * one, m + one);
        var y2 = y * y / one;
        var term = y;
        var sum = y;
        for (long i = 3; ; i += 2)
        {
            term = term * y2 / one;
            if (term.IsZero) break;
            sum += term / i;
        }
        var total = 2 * sum;
        if (j != 0) total += j * Ln2(w2);
        if (k != 0) total += k * Ln10(w2);
        return ShiftNearest(total, w - w2);
    }

    /// <summary>10**w * exp(r / 10**w) for |r| / 10**w at most about 1.2, within a few units of relative 10**-w.</summary>
    static BigInteger ExpSmall(BigInteger r, int w)
    {
        int s = Math.Max(8, (int)Math.Sqrt(w));
        int w2 = w + s / 3 + 6;
        var one = Pow10(w2);
        var t = ShiftNearest(r, w2 - w) >> s;   // r / 2**s, |t| tiny
        var sum = one;
        var term = one;
        for (int k = 1; ; k++)
        {
            term = term * t / (one * k);
            if (term.IsZero) break;
            sum += term;
        }
        for (int i = 0; i < s; i++) sum = sum * sum / one;
        return ShiftNearest(sum, w - w2);
    }

    /// <summary>
    /// exp(z) for z = zf / 10**w as (d, f) with d of <paramref name="p"/> digits and
    /// |d * 10**f - exp(z)| below one unit of d (w at least p + 5).
    /// </summary>
    static (BigInteger d, long f) ExpOfFixed(BigInteger zf, int w, int p)
    {
        // z = k ln 10 + r, exp(z) = 10**k exp(r)
        var ln10 = Ln10(w + 2);
        var k = (long)DivNearest(zf * 100, ln10);
        var ln10k = Ln10(w + Guard(k)) * k;
        var r = ShiftNearest(zf * Pow10(Guard(k)) - ln10k, -Guard(k));
        int w2 = w + 3;
        var e = ExpSmall(ShiftNearest(r, 3), w2);         // exp(r) * 10**w2
        long ed = NumDigits(e);
        var d = ShiftNearest(e, p - ed);
        long f = k - w2 + ed - p;
        if (NumDigits(d) > p) { d = DivNearest(d, 10); f++; }
        return (d, f);
    }

    /// <summary>
    /// Rounds an approximation (coefficient <paramref name="coef"/>, error below one unit)
    /// unambiguously to <paramref name="p"/> digits: true when the digits beyond p are
    /// not exactly 0 or 5 followed by zeros (_pydecimal's test).
    /// </summary>
    static bool Roundable(BigInteger coef, long p)
    {
        long extra = NumDigits(coef) - p - 1;
        if (extra < 0) return true;
        return !(BigInteger.Abs(coef) % (5 * Pow10(extra))).IsZero;
    }

    // ---- sqrt ----

    static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        long bits = (long)n.GetBitLength();
        var x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    public static Dec Sqrt(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsSpecial)
        {
            if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
            return a.Sign ? Invalid(ref status) : a;
        }
        if (a.Coef.IsZero) return new Dec(a.Sign, BigInteger.Zero, FloorDiv(a.Exp, 2)).Fix(ctx, ref status);
        if (a.Sign) return Invalid(ref status);
        long prec = ctx.Prec + 1;
        long e = a.Exp >> 1;
        BigInteger c;
        long l;
        if ((a.Exp & 1) != 0) { c = a.Coef * 10; l = (a.Digits >> 1) + 1; }
        else { c = a.Coef; l = (a.Digits + 1) >> 1; }
        long shift = prec - l;
        bool exact;
        if (shift >= 0) { c *= BigInteger.Pow(100, (int)shift); exact = true; }
        else
        {
            c = BigInteger.DivRem(c, BigInteger.Pow(100, (int)-shift), out var rem);
            exact = rem.IsZero;
        }
        e -= shift;
        var n = ISqrt(c);
        exact = exact && n * n == c;
        if (exact)
        {
            if (shift >= 0) n /= Pow10(shift);
            else n *= Pow10(-shift);
            e += shift;
        }
        else if (n % 5 == 0) n += 1;
        return new Dec(false, n, e).Fix(ctx.WithRounding(Rounding.HalfEven), ref status);
    }

    static long FloorDiv(long a, long b) { long q = a / b; if ((a % b != 0) && ((a < 0) != (b < 0))) q--; return q; }

    // ---- exp ----

    public static Dec NaturalExp(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
        if (a.IsInfinite) return a.Sign ? Zero : PosInf;
        if (a.Coef.IsZero) return One;
        long p = ctx.Prec;
        long adj = a.Adjusted;
        Dec ans;
        if (!a.Sign && adj > NumDigits(((BigInteger)ctx.Emax + 1) * 3))
            ans = new Dec(false, BigInteger.One, ctx.Emax + 1);
        else if (a.Sign && adj > NumDigits(((BigInteger)(-ctx.Etiny) + 1) * 3))
            ans = new Dec(false, BigInteger.One, ctx.Etiny - 1);
        else if (!a.Sign && adj < -p)
            ans = new Dec(false, Pow10(p) + 1, -p);
        else if (a.Sign && adj < -p - 1)
            ans = new Dec(false, Pow10(p + 1) - 1, -p - 1);
        else
        {
            var c = a.Sign ? -a.Coef : a.Coef;
            for (int extra = 3; ; extra += 3)
            {
                int pe = (int)p + extra;
                int w = pe + 5 + (int)Math.Max(0, adj);
                var (d, f) = ExpOfFixed(ShiftNearest(c, a.Exp + w), w, pe);
                if (Roundable(d, p)) { ans = new Dec(false, d, f); break; }
            }
        }
        return ans.Fix(ctx.WithRounding(Rounding.HalfEven), ref status);
    }

    // ---- ln and log10 ----

    /// <summary>How many places after the point keep p + 3 significant digits of ln(a).</summary>
    static int LnPlaces(Dec a, long p)
    {
        // near 1, ln(a) is about a - 1, whose exponent is exact to find
        long extra = 0;
        long adj = a.Adjusted;
        if (adj == 0 || adj == -1)
        {
            var one = Pow10(-a.Exp);
            var diff = BigInteger.Abs(a.Coef - one);
            if (!diff.IsZero) extra = Math.Max(0, -(NumDigits(diff) - 1 + a.Exp));
        }
        return (int)(p + 3 + extra + 1);
    }

    public static Dec Ln(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
        if (a.Coef.IsZero && a.IsFinite) return NegInf;
        if (a.IsInfinite && !a.Sign) return PosInf;
        if (a.Sign) return Invalid(ref status);
        if (Cmp(a, One) == 0) return Zero;
        long p = ctx.Prec;
        int places = LnPlaces(a, p);
        BigInteger coeff;
        while (true)
        {
            coeff = LnFixed(a.Coef, a.Exp, places);
            if (NumDigits(coeff) > p && Roundable(coeff, p)) break;
            places += 3;
        }
        var ans = new Dec(coeff.Sign < 0, BigInteger.Abs(coeff), -places);
        return ans.Fix(ctx.WithRounding(Rounding.HalfEven), ref status);
    }

    public static Dec Log10(Dec a, in DecCtx ctx, ref uint status)
    {
        if (a.IsNaN) return CheckNaNs(a, null, ctx, ref status)!;
        if (a.Coef.IsZero && a.IsFinite) return NegInf;
        if (a.IsInfinite && !a.Sign) return PosInf;
        if (a.Sign) return Invalid(ref status);
        Dec ans;
        if (a.Coef == Pow10(a.Digits - 1))
        {
            long v = a.Exp + a.Digits - 1;
            ans = new Dec(v < 0, Math.Abs(v), 0);
        }
        else
        {
            long p = ctx.Prec;
            int places = LnPlaces(a, p);
            BigInteger coeff;
            while (true)
            {
                int w = places + 5;
                coeff = DivNearest(LnFixed(a.Coef, a.Exp, w) * Pow10(places), Ln10(w));
                if (NumDigits(coeff) > p && Roundable(coeff, p)) break;
                places += 3;
            }
            ans = new Dec(coeff.Sign < 0, BigInteger.Abs(coeff), -places);
        }
        return ans.Fix(ctx.WithRounding(Rounding.HalfEven), ref status);
    }

    // ---- power ----

    /// <summary>n * 10**e when that is an integer, else null (_decimal_lshift_exact).</summary>
    static BigInteger? LShiftExact(BigInteger n, long e)
    {
        if (n.IsZero) return n;
        if (e >= 0) return n * Pow10(e);
        if (TrailingZeros(BigInteger.Abs(n)) < -e) return null;
        return n / Pow10(-e);
    }

    /// <summary>A lower bound on the adjusted exponent of log10(a) (_log10_exp_bound).</summary>
    static long Log10ExpBound(Dec a)
    {
        long adj = a.Adjusted;
        if (adj >= 1) return NumDigits(adj) - 1;
        if (adj <= -2) return NumDigits(-1 - adj) - 1;
        var c = a.Coef;
        long e = a.Exp;
        if (adj == 0)
        {
            var num = (c - Pow10(-e)).ToString(CultureInfo.InvariantCulture);
            var den = (231 * c).ToString(CultureInfo.InvariantCulture);
            return num.Length - den.Length - (string.CompareOrdinal(num, den) < 0 ? 1 : 0) + 2;
        }
        var num2 = (Pow10(-e) - c).ToString(CultureInfo.InvariantCulture);
        return num2.Length + e - (string.CompareOrdinal(num2, "231") < 0 ? 1 : 0) - 1;
    }

    /// <summary>100 * log10(c) rounded down, roughly (_log10_lb).</summary>
    static long Log10Lb(BigInteger c)
    {
        var s = c.ToString(CultureInfo.InvariantCulture);
        int[] correction = [0, 100, 70, 53, 40, 31, 23, 16, 10, 5];
        return 100 * s.Length - correction[s[0] - '0'];
    }

    /// <summary>x**y exactly with at most p digits, or null (_power_exact). x positive and not 1, y nonzero, both finite.</summary>
    static Dec? PowerExact(Dec x0, Dec y0, long p)
    {
        var xc = x0.Coef; long xe = x0.Exp;
        while ((xc % 10).IsZero) { xc /= 10; xe++; }
        var yc = y0.Coef; long ye = y0.Exp;
        while ((yc % 10).IsZero) { yc /= 10; ye++; }

        if (xc.IsOne)
        {
            BigInteger xeb = xe * yc;
            while (!xeb.IsZero && (xeb % 10).IsZero) { xeb /= 10; ye++; }
            if (ye < 0) return null;
            if (ye > 40) return null;
            var exponent = xeb * Pow10(ye);
            if (y0.Sign) exponent = -exponent;
            if (BigInteger.Abs(exponent) > long.MaxValue / 4) return null;
            long zeros = 0;
            if (y0.IsInteger && !y0.Sign)
            {
                var ideal = x0.Exp * y0.ToBigInteger();
                zeros = (long)BigInteger.Min(exponent - ideal, p - 1);
            }
            return new Dec(false, Pow10(zeros), (long)exponent - zeros);
        }

        if (y0.Sign)
        {
            int last = (int)(xc % 10);
            BigInteger e;
            if (last is 2 or 4 or 6 or 8)
            {
                if ((xc & -xc) != xc) return null;
                e = (long)xc.GetBitLength() - 1;
                long emax = p * 93 / 65;
                if (ye >= NumDigits(emax)) return null;
                var e2 = LShiftExact(e * yc, ye);
                var xe2 = LShiftExact(xe * yc, ye);
                if (e2 == null || xe2 == null) return null;
                if (e2 > emax) return null;
                e = e2.Value;
                xc = BigInteger.Pow(5, (int)e);
                xe = (long)xe2.Value;
            }
            else if (last == 5)
            {
                e = (long)xc.GetBitLength() * 28 / 65;
                var q = BigInteger.DivRem(BigInteger.Pow(5, (int)e), xc, out var rem);
                if (!rem.IsZero) return null;
                xc = q;
                while ((xc % 5).IsZero) { xc /= 5; e -= 1; }
                long emax = p * 10 / 3;
                if (ye >= NumDigits(emax)) return null;
                var e2 = LShiftExact(e * yc, ye);
                var xe2 = LShiftExact(xe * yc, ye);
                if (e2 == null || xe2 == null) return null;
                if (e2 > emax) return null;
                e = e2.Value;
                xc = BigInteger.One << (int)e;
                xe = (long)xe2.Value;
            }
            else return null;
            if (NumDigits(xc) > p) return null;
            return new Dec(false, xc, (long)(-e - xe));
        }

        BigInteger m, n;
        long xcBits = (long)xc.GetBitLength();
        if (ye >= 0)
        {
            if (ye > 40) return null;
            m = yc * Pow10(ye); n = BigInteger.One;
        }
        else
        {
            if (xe != 0 && NumDigits(BigInteger.Abs(yc * xe)) <= -ye) return null;
            if (NumDigits(yc * xcBits) <= -ye) return null;
            m = yc; n = Pow10(-ye);
            while (m.IsEven && n.IsEven) { m /= 2; n /= 2; }
            while ((m % 5).IsZero && (n % 5).IsZero) { m /= 5; n /= 5; }
        }
        if (n > 1)
        {
            if (xcBits <= n) return null;
            long nn = (long)n;
            var xeq = FloorDiv(xe, nn);
            if (xe - xeq * nn != 0) return null;
            xe = xeq;
            var a = BigInteger.One << (int)((xcBits + nn - 1) / nn);
            BigInteger q, r;
            while (true)
            {
                q = BigInteger.DivRem(xc, BigInteger.Pow(a, (int)(nn - 1)), out r);
                if (a <= q) break;
                a = (a * (nn - 1) + q) / nn;
            }
            if (!(a == q && r.IsZero)) return null;
            xc = a;
        }
        if (xc > 1 && m > p * 100 / Log10Lb(xc)) return null;
        xc = BigInteger.Pow(xc, (int)m);
        var xeb2 = xe * m;
        var digits = NumDigits(xc);
        if (digits > p) return null;
        long zeros2 = 0;
        if (y0.IsInteger && !y0.Sign)
        {
            var ideal = x0.Exp * y0.ToBigInteger();
            zeros2 = (long)BigInteger.Min(xeb2 - ideal, p - digits);
        }
        return new Dec(false, xc * Pow10(zeros2), (long)xeb2 - zeros2);
    }

    /// <summary>x**y with p digits and an error below one unit (_dpower); x positive and not 1, y nonzero.</summary>
    static (BigInteger d, long f) DPower(Dec x, Dec y, int p)
    {
        // y * ln(x) in fixed point; |y| scales the error of ln(x)
        long yb = Math.Max(0, y.Adjusted + 1);
        int w = p + 6 + (int)yb;
        var lx = LnFixed(x.Coef, x.Exp, w);
        var yc = y.Sign ? -y.Coef : y.Coef;
        var z = ShiftNearest(lx * yc, y.Exp);
        if (z.IsZero)
        {
            // prefer a result that is not exactly 1, so that it rounds correctly
            bool above = (x.Adjusted >= 0) == !y.Sign;
            return above ? (Pow10(p - 1) + 1, 1 - p) : (Pow10(p) - 1, -p);
        }
        return ExpOfFixed(z, w, p);
    }

    public static Dec Power(Dec a, Dec b, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs(a, b, ctx, ref status);
        if (n != null) return n;
        if (b.IsZero)
        {
            if (a.IsZero) return Invalid(ref status);
            return One;
        }
        bool resultSign = false;
        if (a.Sign)
        {
            if (b.IsInteger)
            {
                if (!b.IsEvenInteger) resultSign = true;
            }
            else if (!a.IsZero) return Invalid(ref status);
            a = a.Negate();
        }
        if (a.IsZero) return b.Sign ? Inf(resultSign) : new Dec(resultSign, BigInteger.Zero, 0);
        if (a.IsInfinite) return b.Sign ? new Dec(resultSign, BigInteger.Zero, 0) : Inf(resultSign);
        if (Cmp(a, One) == 0)
        {
            long exp;
            if (b.IsInteger)
            {
                long mult;
                if (b.Sign) mult = 0;
                else if (Cmp(b, new Dec(false, ctx.Prec, 0)) > 0) mult = ctx.Prec;
                else mult = (long)b.ToBigInteger();
                exp = a.Exp * mult;
                if (exp < 1 - ctx.Prec) { exp = 1 - ctx.Prec; status |= DecStatus.Rounded; }
            }
            else
            {
                status |= DecStatus.Inexact | DecStatus.Rounded;
                exp = 1 - ctx.Prec;
            }
            return new Dec(resultSign, Pow10(-exp), exp);
        }
        long selfAdj = a.Adjusted;
        if (b.IsInfinite)
        {
            if (!b.Sign == (selfAdj < 0)) return new Dec(resultSign, BigInteger.Zero, 0);
            return Inf(resultSign);
        }
        Dec? ans = null;
        bool exact = false;
        long bound = Log10ExpBound(a) + b.Adjusted;
        if ((selfAdj >= 0) == !b.Sign)
        {
            if (bound >= NumDigits(ctx.Emax)) ans = new Dec(resultSign, BigInteger.One, ctx.Emax + 1);
        }
        else
        {
            if (bound >= NumDigits(-ctx.Etiny)) ans = new Dec(resultSign, BigInteger.One, ctx.Etiny - 1);
        }
        if (ans == null)
        {
            ans = PowerExact(a, b, ctx.Prec + 1);
            if (ans != null)
            {
                if (resultSign) ans = ans.Negate();
                exact = true;
            }
        }
        if (ans == null)
        {
            long p = ctx.Prec;
            for (int extra = 3; ; extra += 3)
            {
                var (d, f) = DPower(a, b, (int)p + extra);
                if (Roundable(d, p)) { ans = new Dec(resultSign, d, f); break; }
            }
            // libmpdec multiplies integer powers out at a working precision whose results
            // far below the subnormal range become zero whatever the rounding
            if (b.IsInteger && ans.Adjusted < ctx.Etiny - 2)
            {
                status |= DecStatus.Underflow | DecStatus.Subnormal | DecStatus.Inexact | DecStatus.Rounded | DecStatus.Clamped;
                return new Dec(resultSign, BigInteger.Zero, ctx.Etiny);
            }
        }
        if (exact && !b.IsInteger)
        {
            if (ans.Digits <= ctx.Prec)
            {
                long expdiff = ctx.Prec + 1 - ans.Digits;
                ans = new Dec(ans.Sign, ans.Coef * Pow10(expdiff), ans.Exp - expdiff);
            }
            uint st = 0;
            ans = ans.Fix(ctx, ref st);
            st |= DecStatus.Inexact;
            if ((st & DecStatus.Subnormal) != 0) st |= DecStatus.Underflow;
            status |= st;
            return ans;
        }
        return ans.Fix(ctx, ref status);
    }

    public static Dec PowerMod(Dec a, Dec b, Dec m, in DecCtx ctx, ref uint status)
    {
        var n = CheckNaNs3(a, b, m, ctx, ref status);
        if (n != null) return n;
        if (!a.IsInteger || !b.IsInteger || !m.IsInteger) return Invalid(ref status);
        if (b.Sign && !b.IsZero) return Invalid(ref status);
        if (m.IsZero) return Invalid(ref status);
        if (m.Adjusted >= ctx.Prec) return Invalid(ref status);
        if (a.IsZero && b.IsZero) return Invalid(ref status);
        bool sign = !b.IsEvenInteger && a.Sign;
        var mod = BigInteger.Abs(m.ToBigInteger());
        // the integral operands as coefficient * 10**exp, reduced modulo mod as they are built
        var x = a.Exp >= 0 ? a : a.Rescale(0, Rounding.Down, out _);
        var y = b.Exp >= 0 ? b : b.Rescale(0, Rounding.Down, out _);
        var r = x.Coef % mod * BigInteger.ModPow(10, Math.Max(x.Exp, 0), mod) % mod;
        for (long i = 0; i < y.Exp; i++) r = BigInteger.ModPow(r, 10, mod);
        r = BigInteger.ModPow(r, y.Coef, mod);
        return new Dec(sign, r, 0);
    }
}
